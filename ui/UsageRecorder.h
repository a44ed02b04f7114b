// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

namespace twostep::ui {

class VaultSession;

// Counts copied codes per account and writes them to the vault in one save a few seconds after
// the last copy (vault::recordUses), so a burst of copies is one save, not one each.
class UsageRecorder final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 10000;

    explicit UsageRecorder(VaultSession& session, QObject* parent = nullptr);

    void record(const QString& id);
    // Writes the pending counts now (nothing to write: does nothing).
    void flush();

Q_SIGNALS:
    void recorded(); // the vault's entries now hold the new counts

private:
    VaultSession& m_session;
    QHash<QString, qint64> m_pending;
    QTimer m_timer;
};

} // namespace twostep::ui
