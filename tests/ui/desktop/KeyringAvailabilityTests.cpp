// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "keyring/KeyringStore.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/desktop/KeyringStore.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace twostep;
using test::child;

namespace {

// A private session bus started before anything in this process connects to one. `withServices`
// false: a bus that knows no service at all, so no keyring can answer or be started.
struct PrivateBus
{
    QTemporaryDir dir;
    QProcess daemon;
    explicit PrivateBus(bool withServices)
    {
        QStringList arguments{QStringLiteral("--nofork"), QStringLiteral("--print-address")};
        if (withServices) {
            arguments.prepend(QStringLiteral("--session"));
        } else {
            QFile config(dir.filePath(QStringLiteral("bus.conf")));
            REQUIRE(config.open(QIODevice::WriteOnly));
            config.write(
                QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                               "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                               "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" "
                               "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                               "<allow own=\"*\"/></policy></busconfig>\n")
                    .arg(dir.path())
                    .toUtf8());
            config.close();
            arguments.prepend(QStringLiteral("--config-file=") + config.fileName());
        }
        daemon.start(QStringLiteral("dbus-daemon"), arguments);
        REQUIRE(daemon.waitForStarted());
        REQUIRE(daemon.waitForReadyRead(5000));
        const QByteArray address = daemon.readLine().trimmed();
        REQUIRE_FALSE(address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        // The bus itself answers: "no keyring" must not come from a bus that does not work.
        REQUIRE(QDBusConnection::sessionBus().isConnected());
    }
    ~PrivateBus()
    {
        daemon.kill();
        daemon.waitForFinished();
    }
};

// The settings dialog as the window opens it for an unlocked vault, told whether a keyring answers.
struct SettingsOfUnlockedVault
{
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::SettingsDialog dialog{settings};
    SettingsOfUnlockedVault()
    {
        dialog.setRememberOnThisComputer(false, true);
        dialog.setKeyringAvailable(ui::KeyringStore::isAvailable());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }
};

} // namespace

TEST_CASE("Without a keyring on the bus, Remember on this computer is off and the settings say why",
          "[ui][keyring][settings]")
{
    PrivateBus bus(false);
    CHECK_FALSE(ui::KeyringStore::isAvailable());

    SettingsOfUnlockedVault shown;
    ui::SettingsDialog& dialog = shown.dialog;
    CHECK_FALSE(child<QCheckBox>(dialog, "rememberKeyringCheckBox")->isEnabled());
    auto* why = child<QLabel>(dialog, "noKeyringLabel");
    CHECK(why->isVisible());
    CHECK(why->text().contains(QStringLiteral("No desktop keyring answers")));
}

TEST_CASE("With the Secret Service on the bus, Remember on this computer is offered", "[ui][keyring][settings]")
{
    if (!QFile::exists(QStringLiteral("/usr/share/dbus-1/services/org.freedesktop.secrets.service"))) {
        TWOSTEP_SKIP("no Secret Service (gnome-keyring) installed for the session bus to start");
    }
    PrivateBus bus(true);
    CHECK(ui::KeyringStore::isAvailable());

    SettingsOfUnlockedVault shown;
    ui::SettingsDialog& dialog = shown.dialog;
    CHECK(child<QCheckBox>(dialog, "rememberKeyringCheckBox")->isEnabled());
    CHECK_FALSE(child<QLabel>(dialog, "noKeyringLabel")->isVisible());
}

TEST_CASE("A keyring with no login collection is refused in a plain sentence, not D-Bus text", "[ui][keyring]")
{
    // What gnome-keyring-daemon --components=secrets without a login keyring answers QtKeychain.
    const Error refused =
        makeError(ErrorCode::IoError,
                  QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"),
                  ErrorCause::KeyringUnavailable);
    const QString text = ui::KeyringStore::errorText(refused);
    CHECK(text.contains(QStringLiteral("no keyring to keep the key in")));
    CHECK_FALSE(text.contains(QStringLiteral("/org/freedesktop")));
    // Other refusals keep the keyring's own words.
    const Error timedOut =
        makeError(ErrorCode::IoError, QStringLiteral("did not answer within 120 s"), ErrorCause::KeyringUnavailable);
    CHECK(ui::KeyringStore::errorText(timedOut).contains(QStringLiteral("did not answer within 120 s")));
}

TEST_CASE("A Secret Service with no login keyring refuses Remember on this computer in a plain sentence",
          "[ui][keyring]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        TWOSTEP_SKIP("gnome-keyring-daemon is not installed");
    }
    // A fresh home with no keyring files, and no display for the keyring's prompt to ask on.
    QTemporaryDir home;
    for (const char* name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"}) {
        qputenv(name, home.path().toUtf8());
    }
    QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    PrivateBus bus(true);
    QProcess keyringDaemon;
    keyringDaemon.start(
        QStringLiteral("gnome-keyring-daemon"),
        {QStringLiteral("--start"), QStringLiteral("--foreground"), QStringLiteral("--components=secrets")});
    REQUIRE(keyringDaemon.waitForStarted());
    QDBusConnectionInterface* names = QDBusConnection::sessionBus().interface();
    REQUIRE(QTest::qWaitFor(
        [&] { return names->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value(); }, 10000));

    const keyring::KeyringStore store(QStringLiteral("io.github.twostep.Tests"));
    const Status written = store.write(QStringLiteral("slot"), SecretBytes::fromUtf8(QStringLiteral("key")));
    REQUIRE_FALSE(written);
    CHECK(written.error().cause == ErrorCause::KeyringUnavailable);
    const QString text = ui::KeyringStore::errorText(written.error());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("no keyring to keep the key in")));
    CHECK_FALSE(text.contains(QStringLiteral("/org/freedesktop")));
    keyringDaemon.kill();
    keyringDaemon.waitForFinished();
}
