// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under Xvfb (xvfb-run, QT_QPA_PLATFORM=xcb): a real X screen to show a QR on and grab.
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"
#include "ui/AccountListModel.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/AddAccountDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twostep;

TEST_CASE("Scan screen finds a QR code shown on the X screen and adds its account", "[ui][xvfb]")
{
    REQUIRE(QGuiApplication::platformName() == QStringLiteral("xcb"));
    const QString uri = QStringLiteral("otpauth://totp/Amazon%20Web%20Services:bob@210987654321?secret="
                                       "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                       "&issuer=Amazon%20Web%20Services");
    // Someone else's window on the screen, showing the QR (as the AWS console would).
    QLabel page;
    page.setPixmap(QPixmap::fromImage(qr::encodeQr(uri, 5).value()));
    page.setStyleSheet(QStringLiteral("background: white; padding: 40px;"));
    page.move(700, 100);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
    window.setKdfParameters(vault::fastKdfParametersForTests());
    window.move(0, 0);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString password = QStringLiteral("scan the screen");
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("newPasswordLineEdit")), password);
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("confirmPasswordLineEdit")), password);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("createVaultButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));

    window.addAccount();
    auto* add = window.findChild<ui::AddAccountDialog*>();
    REQUIRE(add != nullptr);
    QSignalSpy scanned(add, &ui::AddAccountDialog::scanFinished);
    QTest::mouseClick(add->findChild<QPushButton*>(QStringLiteral("scanScreenButton")), Qt::LeftButton);
    REQUIRE((!scanned.isEmpty() || scanned.wait(15000)));
    CHECK(scanned.first().first().toInt() == 1);
    REQUIRE(add->accounts().size() == 1);
    add->accept();
    REQUIRE(window.vault()->entries().size() == 1);
    CHECK(window.vault()->entries().first().account == otp::parseOtpauthUri(uri).value().account);
    CHECK(window.model()->index(0).data(ui::AccountListModel::NameRole).toString() ==
          QStringLiteral("bob@210987654321"));
}
