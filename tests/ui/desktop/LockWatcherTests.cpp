// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockWatcher.h"
#include "TestSupport.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>

using namespace twostep;

namespace {

// A private session bus, so the test neither needs nor disturbs the desktop's.
struct PrivateBus
{
    QProcess daemon;
    PrivateBus()
    {
        daemon.start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        REQUIRE(daemon.waitForStarted());
        REQUIRE(daemon.waitForReadyRead(5000));
        const QByteArray address = daemon.readLine().trimmed();
        REQUIRE_FALSE(address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    }
    ~PrivateBus()
    {
        daemon.kill();
        daemon.waitForFinished();
    }
};

void sendActiveChanged(const QString& path, const QString& interface, bool active)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
    signal << active;
    REQUIRE(QDBusConnection::sessionBus().send(signal));
}

} // namespace

TEST_CASE("The screen saver's ActiveChanged on the session bus locks an unlocked vault", "[ui][lock]")
{
    PrivateBus bus;
    ui::LockWatcher watcher;
    REQUIRE(watcher.isListeningToScreenSaver());
    QSignalSpy lockRequested(&watcher, &ui::LockWatcher::lockRequested);

    // Locked already: nothing to do.
    sendActiveChanged(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                      true);
    CHECK_FALSE(lockRequested.wait(500));

    watcher.setArmed(true);
    // The screen saver going away is no reason to lock.
    sendActiveChanged(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                      false);
    CHECK_FALSE(lockRequested.wait(500));
    sendActiveChanged(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                      true);
    REQUIRE(lockRequested.wait(3000));
    CHECK(lockRequested.count() == 1);

    // GNOME's own interface works the same way; the setting can turn it off.
    sendActiveChanged(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), true);
    REQUIRE(lockRequested.wait(3000));
    watcher.setFollowScreenLock(false);
    sendActiveChanged(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), true);
    CHECK_FALSE(lockRequested.wait(500));
    CHECK(lockRequested.count() == 2);
}
