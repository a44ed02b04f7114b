// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autostart.h"
#include "ClipboardService.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace twostep;

namespace {

// Points $XDG_CONFIG_HOME at a temporary folder for one test.
class ConfigHome
{
public:
    ConfigHome() : m_old(qgetenv("XDG_CONFIG_HOME"))
    {
        REQUIRE(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
    }
    ~ConfigHome() { m_old.isEmpty() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", m_old); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_old;
};

} // namespace

TEST_CASE("The autostart entry is off by default, written and removed in XDG_CONFIG_HOME", "[desktop][autostart]")
{
    const ConfigHome home;
    const QString expected = home.path() + QStringLiteral("/autostart/io.github.twostep.Twostep.desktop");
    CHECK(ui::Autostart::entryPath() == expected);
    CHECK_FALSE(ui::Autostart::isEnabled());

    REQUIRE(ui::Autostart::setEnabled(true));
    CHECK(ui::Autostart::isEnabled());
    QSettings entry(expected, QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    CHECK(entry.value(QStringLiteral("Exec")).toString() == QStringLiteral("twostep --minimized"));
    CHECK(entry.value(QStringLiteral("Type")).toString() == QStringLiteral("Application"));
    CHECK(entry.value(QStringLiteral("Icon")).toString() == QStringLiteral("io.github.twostep.Twostep"));

    // Valid under the freedesktop.org validator.
    const test::ProcessResult validated = test::runProcess(QStringLiteral("desktop-file-validate"), {expected});
    INFO(validated.out.toStdString());
    CHECK(validated.exitCode == 0);

    REQUIRE(ui::Autostart::setEnabled(true)); // again: still one valid file
    REQUIRE(ui::Autostart::setEnabled(false));
    CHECK_FALSE(QFile::exists(expected));
    CHECK_FALSE(ui::Autostart::isEnabled());
    CHECK(ui::Autostart::setEnabled(false)); // nothing to remove is fine
}

TEST_CASE("An autostart folder that cannot be created is an error naming it", "[desktop][autostart]")
{
    const ConfigHome home;
    QFile blocker(home.path() + QStringLiteral("/autostart"));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    const Status written = ui::Autostart::setEnabled(true);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::IoError);
    CHECK(written.error().detail.contains(home.path() + QStringLiteral("/autostart")));
    CHECK_FALSE(ui::Autostart::isEnabled());
}

TEST_CASE("The settings dialog's 'start when I log in' box writes and removes the entry", "[desktop][autostart]")
{
    const ConfigHome home;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    {
        ui::SettingsDialog dialog(settings);
        auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("startWithSessionCheckBox"));
        REQUIRE(box != nullptr);
        CHECK_FALSE(box->isChecked());
        box->setChecked(true);
        dialog.reject();
        CHECK_FALSE(ui::Autostart::isEnabled()); // cancel writes nothing
    }
    {
        ui::SettingsDialog dialog(settings);
        dialog.findChild<QCheckBox*>(QStringLiteral("startWithSessionCheckBox"))->setChecked(true);
        dialog.accept();
        CHECK(ui::Autostart::isEnabled());
    }
    {
        ui::SettingsDialog dialog(settings);
        auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("startWithSessionCheckBox"));
        CHECK(box->isChecked());
        box->setChecked(false);
        dialog.accept();
        CHECK_FALSE(ui::Autostart::isEnabled());
    }
}

TEST_CASE("Starting with --minimized shows no normal window (minimized when there is no tray)", "[desktop][autostart]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
    window.startInTray();
    // The offscreen platform has no system tray, so the window is minimized rather than lost.
    CHECK(window.isMinimized());
    window.raiseFromOutside();
    CHECK(window.isVisible());
    CHECK_FALSE(window.isMinimized());
}
