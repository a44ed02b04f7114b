// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>

#include <functional>

namespace twostep::ui {

class UnsavedChangesBar;
class VaultSession;

// Changes the vault keeps in memory after a failed save: shows them in the bar, retries the save,
// asks before a lock or quit would drop them, and holds back an automatic lock until they are saved.
class UnsavedChanges final : public QObject
{
    Q_OBJECT
public:
    UnsavedChanges(VaultSession& session, UnsavedChangesBar* bar, QWidget* window);

    // What the core still keeps (at least 1 while anything is kept), 0 when all is saved.
    int count() const;
    // Writes the kept changes; true when nothing is left unsaved.
    bool save();
    // Brings the bar up to date after a vault call; `failure` is that call's save error, if any.
    void update(const Error* failure = nullptr);
    // Lock and quit go ahead when the user agreed to drop the changes or they are saved now.
    bool mayDrop() { return m_dropConfirmed || save(); }
    // Asks whether to drop the changes; `proceed` runs (with mayDrop() true) when the user agrees.
    void askToDrop(const QString& proceedText, const std::function<void()>& proceed);
    // Quitting closes the window too: it must not ask a second time.
    void confirmDrop() { m_dropConfirmed = true; }
    // An automatic lock that must wait for the save; true the first time for this lock.
    bool deferLock();
    // The vault is gone: no bar, no question answered, no lock waiting.
    void reset();

Q_SIGNALS:
    void entriesChanged();
    void statusMessage(const QString& text);
    // The changes behind a deferred lock are saved: lock now.
    void lockDue();

private:
    VaultSession& m_session;
    UnsavedChangesBar* m_bar;
    QWidget* m_window;
    Error m_lastSaveError;
    bool m_dropConfirmed = false;
    bool m_lockWhenSaved = false;
};

} // namespace twostep::ui
