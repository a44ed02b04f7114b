// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/desktop/KeyringStore.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QFile>
#include <QLabel>
#include <QProcess>
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
