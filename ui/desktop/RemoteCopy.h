// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"
#include "ui/desktop/SingleInstance.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace twostep::ui {

class ClipboardService;
class DesktopNotifier;
class MainWindow;

// `twostep --copy ACCOUNT`, the global shortcut and anything else that wants a code without the
// window: copies the account's current code (ACCOUNT as `twostep-cli code` resolves it,
// vault::Vault::find) with the clipboard's usual rules and names the account, never the code, in a
// desktop notification. A locked vault brings the window up for the password first. The answer
// to the asking process is one line: copied, not-found, ambiguous, locked or failed, and a detail.
class RemoteCopy final : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kMessage{"copy"};
    // How long a copy waits for the password before it answers "locked".
    static constexpr int kUnlockWaitMs = 120'000;

    // Answers the `copy` messages `instance` receives.
    RemoteCopy(SingleInstance& instance, MainWindow& window, ClipboardService& clipboard, DesktopNotifier& notifier,
               QObject* parent = nullptr);
    ~RemoteCopy() override;

    // `answer` may be empty (the global shortcut asks no one back); the shortcut's empty
    // `account` copies the first favourite.
    void copy(const QString& account, const SingleInstance::Answer& answer = {});

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copyUnlocked(const QString& account, const SingleInstance::Answer& answer);
    void announceCopied(const otp::Account& account, const SingleInstance::Answer& answer);
    void announceFailed(const otp::Account& account, const SingleInstance::Answer& answer);
    void finishPending(const QString& answer);

    MainWindow& m_window;
    ClipboardService& m_clipboard;
    DesktopNotifier& m_notifier;
    QString m_pendingAccount;
    SingleInstance::Answer m_pendingAnswer;
    QTimer m_unlockWait;
};

// The exit status of `twostep --copy`, section EXIT STATUS of twostep(1).
enum CopyExit : int {
    kCopyDone = 0,
    kCopyNoWindow = 3,     // no Twostep window runs for this vault
    kCopyNoAccount = 4,    // no account matches ACCOUNT, or several do
    kCopyStayedLocked = 5, // the password was not given (window closed, or two minutes passed)
    kCopyNotCopied = 6,    // the window could not make the code (an hotp counter it could not save)
};

// The asking side: hands ACCOUNT to the running window, prints why it failed on stderr, and
// returns the exit status.
int askRunningToCopy(const SingleInstance& instance, const QString& account);

} // namespace twostep::ui
