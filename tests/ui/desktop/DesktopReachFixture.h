// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "otp/Account.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/DesktopNotifier.h"
#include "ui/desktop/OtpauthLinks.h"
#include "ui/desktop/RemoteCopy.h"
#include "ui/desktop/SingleInstance.h"

#include <QDBusConnection>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

// What `twostep --copy`, otpauth links and the global shortcuts meet: a private session bus
// (dbus-daemon started here), a notification server standing in for the desktop's on that bus,
// and an in-process Twostep window listening on its single-instance socket, wired as app/gui/main.cpp
// wires it. The real `twostep` binary of this build is the second process.
namespace twostep::test {

// Points this process's session bus at a dbus-daemon of its own (once per process, before any
// connection); its address is also what child processes get.
QString privateSessionBus();

// org.freedesktop.Notifications on its own connection to the bus, as a notification daemon is.
class NotificationListener final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    NotificationListener();
    ~NotificationListener() override;

    struct Shown
    {
        QString appName;
        uint replacesId;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout);

private:
    QDBusConnection m_bus;
};

// RFC 6238's SHA-1 secret ("12345678901234567890") under an AWS label, and a second account.
otp::Account rfcAccount();
otp::Account otherAccount();
// Whether `copied` is oathtool's code of rfcAccount() for a copy made from `before` (Unix seconds)
// until now.
bool isCopiedCode(const QString& copied, qint64 before);

class RunningWindow
{
public:
    explicit RunningWindow(const QList<otp::Account>& accounts = {rfcAccount(), otherAccount()});
    ~RunningWindow();

    void unlock();
    // The real `twostep` with this window's vault and runtime folder; started, not waited for.
    std::unique_ptr<QProcess> startTwostep(const QStringList& arguments, const QStringList& environment = {}) const;
    // Runs the event loop until `process` ends; its exit code and output.
    static ProcessResult waitForExit(QProcess& process, int timeoutMs = 30000);

    QTemporaryDir dir;
    QString vaultPath;
    QString runtimeDir;
    std::unique_ptr<ui::Settings> settings;
    std::unique_ptr<ui::ClipboardService> clipboard;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<ui::SingleInstance> instance;
    QStringList fallbackShown; // summaries the tray's fallback showed
    std::unique_ptr<ui::DesktopNotifier> notifier;
    std::unique_ptr<ui::RemoteCopy> remoteCopy;
    std::unique_ptr<ui::OtpauthLinks> links;
};

QString clipboardText();

} // namespace twostep::test
