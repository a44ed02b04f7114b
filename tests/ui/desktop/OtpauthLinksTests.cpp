// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopReachFixture.h"
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/dialogs/AddAccountDialog.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace twostep;

namespace {

const QString kDesktopFile = QStringLiteral("io.github.twostep.Twostep.desktop");
const QString kLink = QStringLiteral("otpauth://totp/GitHub:carol@example.com?secret=JBSWY3DPEHPK3PXQ&issuer=GitHub");

// A desktop of its own: XDG folders with Twostep's .desktop file installed and registered, the
// `twostep` of this build first on PATH, and a BROWSER that leaves a mark if a link reaches it.
QStringList privateDesktop(const test::RunningWindow& running)
{
    const QString data = running.dir.filePath(QStringLiteral("xdg-data"));
    const QString applications = data + QStringLiteral("/applications");
    REQUIRE(QDir().mkpath(applications));
    REQUIRE(QFile::copy(QStringLiteral(TWOSTEP_DESKTOP_FILE), applications + QLatin1Char('/') + kDesktopFile));
    const QString browser = running.dir.filePath(QStringLiteral("browser.sh"));
    {
        QFile script(browser);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho \"$1\" > \"$(dirname \"$0\")/browser-was-opened\"\n");
    }
    REQUIRE(QFile::setPermissions(browser, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QStringList environment{
        QStringLiteral("XDG_DATA_HOME=") + data,
        QStringLiteral("XDG_DATA_DIRS=") + running.dir.filePath(QStringLiteral("no-system-data")),
        QStringLiteral("XDG_CONFIG_HOME=") + running.dir.filePath(QStringLiteral("xdg-config")),
        QStringLiteral("XDG_CURRENT_DESKTOP=X-Generic"),
        QStringLiteral("DISPLAY=:0"),
        QStringLiteral("BROWSER=") + browser,
        QStringLiteral("PATH=") + QStringLiteral(TWOSTEP_GUI_DIR) + QLatin1Char(':') + qEnvironmentVariable("PATH"),
        QStringLiteral("QT_QPA_PLATFORM=offscreen"),
        QStringLiteral("XDG_RUNTIME_DIR=") + running.runtimeDir,
        QStringLiteral("TWOSTEP_VAULT=") + running.vaultPath,
    };
    REQUIRE(test::runProcess(QStringLiteral("update-desktop-database"), {applications}).exitCode == 0);
    REQUIRE(test::runProcess(QStringLiteral("xdg-mime"),
                             {QStringLiteral("default"), kDesktopFile, QStringLiteral("x-scheme-handler/otpauth")}, {},
                             environment)
                .exitCode == 0);
    return environment;
}

} // namespace

TEST_CASE("xdg-open of an otpauth link reaches the running window's add dialog and adds nothing by itself",
          "[desktop][otpauth]")
{
    test::RunningWindow running({test::otherAccount()});
    running.unlock();
    const QStringList environment = privateDesktop(running);
    for (const QString& scheme : {QStringLiteral("otpauth"), QStringLiteral("otpauth-migration")}) {
        const test::ProcessResult handler = test::runProcess(
            QStringLiteral("xdg-mime"),
            {QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/") + scheme}, {},
            environment);
        INFO(scheme.toStdString());
        CHECK(handler.out.trimmed() == kDesktopFile.toUtf8());
    }

    QProcess xdgOpen;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment) {
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    }
    xdgOpen.setProcessEnvironment(env);
    xdgOpen.start(QStringLiteral("xdg-open"), {kLink});
    REQUIRE(xdgOpen.waitForStarted());
    CHECK(test::RunningWindow::waitForExit(xdgOpen).exitCode == 0);

    auto* dialog = running.window->findChild<ui::AddAccountDialog*>();
    REQUIRE(QTest::qWaitFor([&] { return (dialog = running.window->findChild<ui::AddAccountDialog*>()) != nullptr; },
                            10000));
    REQUIRE(QTest::qWaitFor([&] { return dialog->accounts().size() == 1; }, 10000));
    CHECK(dialog->accounts().constFirst() == otp::parseOtpauthUri(kLink).value().account);
    CHECK(dialog->isVisible());
    // Shown for confirmation only: the vault has what it had.
    CHECK(running.window->vault()->entries().size() == 1);
    CHECK_FALSE(QFile::exists(running.dir.filePath(QStringLiteral("browser-was-opened"))));

    dialog->accept();
    CHECK(running.window->vault()->entries().size() == 2);
}

TEST_CASE("A link that arrives while locked opens the add dialog after the unlock; other links are ignored",
          "[desktop][otpauth]")
{
    test::RunningWindow running({test::otherAccount()});
    running.window->hide();
    running.links->open(kLink);
    CHECK(running.window->isVisible());
    CHECK(running.window->findChild<ui::AddAccountDialog*>() == nullptr);
    running.unlock();
    auto* dialog = running.window->findChild<ui::AddAccountDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return dialog->accounts().size() == 1; }, 10000));
    CHECK(running.window->vault()->entries().size() == 1);
    delete dialog;

    running.links->open(QStringLiteral("https://example.com/otpauth://totp/x?secret=JBSWY3DPEHPK3PXQ"));
    CHECK(running.window->findChild<ui::AddAccountDialog*>() == nullptr);
}

TEST_CASE("The .desktop file passes desktop-file-validate", "[desktop][otpauth]")
{
    const test::ProcessResult validated =
        test::runProcess(QStringLiteral("desktop-file-validate"), {QStringLiteral(TWOSTEP_DESKTOP_FILE)});
    INFO(validated.out.toStdString());
    CHECK(validated.exitCode == 0);
    QFile file(QStringLiteral(TWOSTEP_DESKTOP_FILE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("x-scheme-handler/otpauth;x-scheme-handler/otpauth-migration;"));
    CHECK(text.contains("\nExec=twostep %u\n"));
}

TEST_CASE("An oversized link or a foreign argument is refused with exit 1 and starts no second window",
          "[desktop][otpauth]")
{
    test::RunningWindow running({test::otherAccount()});
    running.unlock();
    const QString huge = QStringLiteral("otpauth://totp/Big:") + QString(65000, QLatin1Char('A')) +
                         QStringLiteral("?secret=JBSWY3DPEHPK3PXP&issuer=Big");
    for (const QString& argument : {huge, QStringLiteral("https://evil.example/otpauth")}) {
        const auto second = running.startTwostep({argument});
        const test::ProcessResult result = test::RunningWindow::waitForExit(*second);
        CHECK(result.exitCode == 1);
        CHECK_FALSE(QString::fromUtf8(result.err).contains(QStringLiteral("JBSWY3DPEHPK3PXP")));
    }
    // The window still owns the socket: a link of normal size reaches it.
    const auto normal = running.startTwostep({kLink});
    CHECK(test::RunningWindow::waitForExit(*normal).exitCode == 0);
    REQUIRE(QTest::qWaitFor([&] { return running.window->findChild<ui::AddAccountDialog*>() != nullptr; }, 10000));
    CHECK(running.window->vault()->entries().size() == 1);
}
