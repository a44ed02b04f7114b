// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountListPage.h"
#include "ui/dialogs/EnrollmentDialog.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QSortFilterProxyModel>

using namespace twostep;
using test::child;

TEST_CASE("MFA codes 1 and 2 open by themselves only for a new AWS account, others have the menu entry",
          "[ui][mainwindow][enrollment]")
{
    test::WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    test::createThroughForm(window);

    window.addAccounts(
        {otp::parseOtpauthUri(
             QStringLiteral("otpauth://totp/GitHub:alice?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=GitHub"))
             .value()
             .account});
    QApplication::processEvents();
    CHECK(window.findChild<ui::EnrollmentDialog*>() == nullptr);
    window.listPage()->view()->setCurrentIndex(window.listPage()->proxy()->index(0, 0));
    auto* enrollment = child<QAction>(window, "enrollmentAction");
    REQUIRE(enrollment->isEnabled());
    enrollment->trigger();
    auto* fromMenu = window.findChild<ui::EnrollmentDialog*>();
    REQUIRE(fromMenu != nullptr);
    fromMenu->close();
    QApplication::processEvents();
    REQUIRE(QTest::qWaitFor([&window] { return window.findChild<ui::EnrollmentDialog*>() == nullptr; }, 2000));

    window.addAccounts(
        {otp::parseOtpauthUri(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:bob@123456789012?"
                                             "secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services"))
             .value()
             .account});
    auto* aws = window.findChild<ui::EnrollmentDialog*>();
    REQUIRE(aws != nullptr);
    CHECK(aws->isVisible());
    aws->close();
}
