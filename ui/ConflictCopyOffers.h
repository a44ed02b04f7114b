// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/CopyMerge.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class QFileSystemWatcher;

namespace twostep::ui {

class ConflictCopyBar;
class PasswordDialog;

// Offers each other copy of the open vault for merging (docs/SYNC.md): the conflict copies
// vault::findConflictCopies lists, looked for at unlock and whenever the vault's folder changes,
// and the newer versions rollbacks replaced, until merged. The copy is opened on a thread of its own
// with the keys the vault holds, so the bar previews the merge; one saved under another password asks for it on Merge.
// Nothing is merged without the user's Merge, and core deletes a conflict copy only after a merge succeeded.
class ConflictCopyOffers final : public QObject
{
    Q_OBJECT
public:
    ConflictCopyOffers(ConflictCopyBar* bar, QWidget* window);
    ~ConflictCopyOffers() override;

    // The unlocked vault, or nullptr once it locked (the bar hides, the folder is no longer watched).
    void setVault(vault::Vault* vault);
    // The backup holding the newer version a rollback replaced (vault::Rollback::newerCopy).
    void offerReplacedVersion(const QString& path);
    // Looks for copies now (the folder watch waits for the folder to settle first).
    void refresh();

Q_SIGNALS:
    // A merge changed the vault's accounts.
    void entriesChanged();
    void statusMessage(const QString& text);

private:
    // A copy read and its merge previewed off the window's thread.
    struct CopyPreview
    {
        Result<vault::OtherCopy> copy;
        vault::merge::Report report;
    };

    QStringList candidates() const;
    QStringList replacedVersions() const;
    void showPreview(const QString& path, CopyPreview preview);
    void watchFolder();
    void merge(const QString& path);
    void forget(const QString& path); // a rollback's newer version, no longer offered (vault::dismissNewerCopy)
    void askPassword(const QString& path);
    void mergeOpenedCopy();

    ConflictCopyBar* m_bar;
    QWidget* m_window;
    vault::Vault* m_vault = nullptr;
    QFileSystemWatcher* m_watcher;
    QTimer m_settle;
    QSet<QString> m_ignored; // for this run of the program
    QString m_replaced;
    quint64 m_looks = 0;                      // refresh() calls: only the latest one's read is shown
    bool m_reading = false;                   // the bar's copy is being read on a thread
    std::optional<vault::OtherCopy> m_opened; // the copy the bar shows, when it opened
    QPointer<PasswordDialog> m_dialog;
};

} // namespace twostep::ui
