// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpGenerator.h"
#include "otp/TimeStep.h"
#include "vault/Vault.h"

#include <QAbstractListModel>
#include <QImage>
#include <QTimer>

#include <chrono>
#include <optional>
#include <vector>

namespace twostep::ui {

class IconCache;

// The accounts of the unlocked vault as list rows, with their current and next codes. Codes are
// recomputed only when a time step ends: one single-shot timer aims at the earliest next period
// boundary of all rows, so nothing polls. The clock is injectable for tests.
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IssuerRole,
        NameRole,
        CodeRole,             // the current code, ungrouped ("" for hotp until revealed)
        NextCodeRole,         // the code of the next time step ("" for hotp)
        PeriodRole,           // seconds
        TimeBasedRole,        // false for hotp
        FilterRole,           // "issuer name", what the filter matches
        SecondsRemainingRole, // of the current time step, from the model's clock
        FavoriteRole,         // bool: pinned at the top
        GroupsRole,           // QStringList of group names
        UseCountRole,         // qlonglong: codes copied
        LastUsedRole,         // qlonglong: ms since the epoch of the last copy, 0 for never
        IconRole,             // QImage of the account's icon (its own, else its issuer's), null when none
        NoteRole,
    };
    explicit AccountListModel(QObject* parent = nullptr);
    ~AccountListModel() override;

    void setClock(otp::Clock clock);
    // The codes' clock (ClockBar may have added an NTP server's offset): dialogs showing codes use it too.
    const otp::Clock& clock() const { return m_clock; }
    std::chrono::sys_seconds now() const;

    // Replaces all rows (after unlocking or when the vault file changed).
    void setEntries(const QList<vault::VaultEntry>& entries);
    // Drops every row and generator (on lock).
    void clear();
    // All group names of the rows, sorted.
    QStringList groupNames() const;
    IconCache* icons() const { return m_icons; }
    // Shows a hotp code the vault just handed out for `id`.
    void setRevealedCode(const QString& id, const QString& code);

    QString idAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Rows drag (to reorder by hand) as their id under kIdMimeType; no code or secret goes along.
    static constexpr const char* kIdMimeType = "application/x-twostep-account-id";
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    // Recomputes the codes of rows whose time step changed and re-arms the timer.
    void refreshCodes();
    // Milliseconds until the earliest next period boundary (-1: no time-based rows).
    qint64 msecsToNextBoundary() const;

Q_SIGNALS:
    void codesRefreshed();

private:
    struct Row
    {
        QString id;
        QString issuer;
        QString name;
        std::int64_t period = 30;
        bool timeBased = true;
        std::optional<otp::OtpGenerator> generator;
        std::uint64_t step = 0;
        QString code;
        QString nextCode;
        bool favorite = false;
        QStringList groups;
        QString note;
        qint64 useCount = 0;
        qint64 lastUsedMs = 0;
        QImage icon;
    };

    void computeRow(Row& row, std::chrono::sys_seconds now);
    void scheduleRefresh();

    std::vector<Row> m_rows;
    IconCache* m_icons;
    QTimer m_boundaryTimer;
    otp::Clock m_clock;
};

} // namespace twostep::ui
