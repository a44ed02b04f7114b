// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountListModel.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTimer>

#include <string>

using namespace twostep;
using test::WindowFixture;

namespace {

QAction* quitActionIn(const QMenu* menu)
{
    for (QAction* action : menu->actions()) {
        if (action->objectName() == QLatin1String("quitAction")) {
            return action;
        }
    }
    return nullptr;
}

QMenu* trayMenu()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("trayMenu")) {
            return qobject_cast<QMenu*>(widget);
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Quit from Ctrl+Q, the Vault menu or the tray quits and locks although closing goes to the tray",
          "[ui][mainwindow][quit]")
{
    const std::string how = GENERATE(as<std::string>{}, "Ctrl+Q", "Vault menu", "tray menu");
    CAPTURE(how);
    WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    fixture.settings.setCloseToTray(true);
    test::createThroughForm(window);
    window.addAccounts(
        {otp::parseOtpauthUri(
             QStringLiteral("otpauth://totp/GitHub:alice?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=GitHub"))
             .value()
             .account},
        false);
    REQUIRE(window.model()->rowCount() == 1);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    fixture.clipboard.copySecret(QStringLiteral("123456"));

    QAction* quit = nullptr;
    if (how == "Vault menu") {
        QMenu* vaultMenu = window.menuBar()->actions().value(0)->menu();
        REQUIRE(vaultMenu != nullptr);
        quit = quitActionIn(vaultMenu);
        REQUIRE(quit != nullptr);
    } else if (how == "tray menu") {
        REQUIRE(trayMenu() != nullptr);
        quit = quitActionIn(trayMenu());
        REQUIRE(quit != nullptr);
    }
    QSignalSpy aboutToQuit(qApp, &QCoreApplication::aboutToQuit);
    QTimer::singleShot(0, &window, [&window, quit] {
        if (quit != nullptr) {
            quit->trigger();
        } else {
            QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        }
    });
    // Without a quit, the loop ends here with another code.
    QTimer stuck;
    stuck.setSingleShot(true);
    QObject::connect(&stuck, &QTimer::timeout, [] { QCoreApplication::exit(99); });
    stuck.start(5000);
    const int code = QApplication::exec();
    stuck.stop();

    CHECK(code == 0);
    CHECK(aboutToQuit.count() == 1);
    CHECK_FALSE(window.isUnlocked());
    CHECK(window.vault() == nullptr);
    CHECK(window.model()->rowCount() == 0);
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
}
