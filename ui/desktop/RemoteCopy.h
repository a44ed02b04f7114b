// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"
#include "ui/desktop/CopyRequest.h"
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

} // namespace twostep::ui
