// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/RemoteCopy.h"

#include "ui/ErrorText.h"
#include "ui/MainWindow.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/DesktopNotifier.h"

#include <QEvent>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace twostep::ui {

namespace {

void send(const SingleInstance::Answer& answer, const QString& word, const QString& detail = {})
{
    if (answer) {
        answer(detail.isEmpty() ? word : word + QLatin1Char(' ') + detail);
    }
}

// The global shortcut with no account chosen in Settings copies the first favourite.
QString firstFavouriteId(const QList<vault::VaultEntry>& entries)
{
    const auto found = std::find_if(entries.cbegin(), entries.cend(),
                                    [](const vault::VaultEntry& entry) { return entry.account.details.favorite; });
    return found == entries.cend() ? QString() : found->id;
}

QString shownName(const otp::Account& account)
{
    return account.issuer.isEmpty() ? account.name : account.issuer + QStringLiteral(" — ") + account.name;
}
} // namespace

RemoteCopy::RemoteCopy(SingleInstance& instance, MainWindow& window, ClipboardService& clipboard,
                       DesktopNotifier& notifier, QObject* parent)
    : QObject(parent), m_window(window), m_clipboard(clipboard), m_notifier(notifier)
{
    connect(&instance, &SingleInstance::messageReceived, this, [this, &instance](const QStringList& message) {
        if (message.value(0) == kCopyMessage && message.size() == 2) {
            copy(message.at(1), instance.deferAnswer());
        }
    });
    connect(&window, &MainWindow::unlocked, this, [this] {
        if (m_pendingAnswer || !m_pendingAccount.isEmpty()) {
            m_unlockWait.stop();
            copyUnlocked(std::exchange(m_pendingAccount, QString()), std::exchange(m_pendingAnswer, {}));
        }
    });
    m_unlockWait.setSingleShot(true);
    m_unlockWait.setInterval(kCopyUnlockWaitMs);
    connect(&m_unlockWait, &QTimer::timeout, this, [this] { finishPending(kCopyAnswerLocked); });
    window.installEventFilter(this);
}

RemoteCopy::~RemoteCopy()
{
    finishPending(kCopyAnswerLocked);
}

void RemoteCopy::copy(const QString& account, const SingleInstance::Answer& answer)
{
    if (m_window.isUnlocked()) {
        copyUnlocked(account, answer);
        return;
    }
    // One request waits for the password; a newer one replaces it.
    finishPending(kCopyAnswerLocked);
    m_pendingAccount = account;
    m_pendingAnswer = answer;
    m_unlockWait.start();
    m_window.raiseFromOutside();
}

void RemoteCopy::copyUnlocked(const QString& account, const SingleInstance::Answer& answer)
{
    const QString wanted = account.isEmpty() && !answer ? firstFavouriteId(m_window.vault()->entries()) : account;
    const Result<vault::VaultEntry> entry =
        wanted.isEmpty() ? Result<vault::VaultEntry>(makeError(ErrorCode::NotFound, QStringLiteral("no account given")))
                         : m_window.vault()->find(wanted);
    if (!entry) {
        // Nobody asked from a terminal (the global shortcut): the notification says why.
        if (!answer) {
            m_notifier.notify(tr("No code copied"),
                              wanted.isEmpty()
                                  ? tr("Mark an account as a favourite, or choose the shortcut's account in Settings.")
                                  : errorText(entry.error()));
        }
        send(answer,
             entry.error().code == ErrorCode::Ambiguous ? QString(kCopyAnswerAmbiguous) : QString(kCopyAnswerNotFound),
             entry.error().detail);
        return;
    }
    const vault::VaultEntry& copied = entry.value();
    m_window.copyCode(copied.id);
    // A Wayland compositor may refuse the copy after the fact: answer once the clipboard settled.
    if (ClipboardService::verdictComesLater()) {
        auto* settle = new QObject(this);
        connect(&m_clipboard, &ClipboardService::copied, settle, [this, settle, copied, answer] {
            settle->deleteLater();
            announceCopied(copied.account, answer);
        });
        connect(&m_clipboard, &ClipboardService::copyFailed, settle, [this, settle, copied, answer] {
            settle->deleteLater();
            announceFailed(copied.account, answer);
        });
        return;
    }
    if (m_clipboard.holdsOurText()) {
        announceCopied(copied.account, answer);
    } else {
        announceFailed(copied.account, answer);
    }
}

void RemoteCopy::announceCopied(const otp::Account& account, const SingleInstance::Answer& answer)
{
    m_notifier.notify(tr("Code copied"), tr("The code of %1 is on the clipboard.").arg(shownName(account)));
    send(answer, kCopyAnswerCopied, account.label());
}

void RemoteCopy::announceFailed(const otp::Account& account, const SingleInstance::Answer& answer)
{
    if (!answer) {
        m_notifier.notify(tr("No code copied"), tr("Open Twostep's window and copy again."));
    }
    send(answer, kCopyAnswerFailed, QStringLiteral("no code was copied for %1").arg(account.label()));
}

void RemoteCopy::finishPending(const QString& answer)
{
    m_unlockWait.stop();
    m_pendingAccount.clear();
    send(std::exchange(m_pendingAnswer, {}), answer);
}

bool RemoteCopy::eventFilter(QObject* watched, QEvent* event)
{
    // Closing or hiding the window instead of typing the password refuses the copy.
    if (watched == &m_window && event->type() == QEvent::Hide && m_pendingAnswer) {
        finishPending(kCopyAnswerLocked);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace twostep::ui
