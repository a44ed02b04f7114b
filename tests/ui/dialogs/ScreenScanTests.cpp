// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under Xvfb (xcb platform), not offscreen: it puts a QR code on the second of two X screens
// and adds the account with "Scan screen".
#include "AddAccountDialog.h"
#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace twostep;

TEST_CASE("Scan screen finds a QR code shown on the second monitor", "[dialogs][screen]")
{
    REQUIRE(QGuiApplication::platformName() == QStringLiteral("xcb"));
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("screen@123456789012");
    account.secret = otp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).value();
    const QString uri = otp::formatOtpauthUri(account);

    // Two monitors (Xvfb's screens 0 and 1); the QR sits on the second, the dialog on the first.
    REQUIRE(QGuiApplication::screens().size() == 2);
    QScreen* target = QGuiApplication::screens().constLast();
    REQUIRE(target != QGuiApplication::primaryScreen());
    QLabel page;
    page.setScreen(target);
    page.setWindowFlag(Qt::FramelessWindowHint);
    page.setStyleSheet(QStringLiteral("QLabel { background: white; }"));
    page.setAlignment(Qt::AlignCenter);
    page.setPixmap(QPixmap::fromImage(qr::encodeQr(uri, 5).value()));
    page.setGeometry(QRect(target->geometry().topLeft() + QPoint(40, 40), QSize(420, 420)));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.screen() == target);

    ui::AddAccountDialog dialog({});
    dialog.move(QGuiApplication::primaryScreen()->geometry().topLeft());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ui::AddAccountDialog::scanFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("scanScreenButton")), Qt::LeftButton);
    REQUIRE(finished.wait(10000));
    INFO(dialog.findChild<QLabel*>(QStringLiteral("scanStatusLabel"))->text().toStdString());
    CHECK(dialog.isVisible());
    const QList<otp::Account> found = dialog.accounts();
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst() == account);
}
