// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "WidgetTestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountListPage.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace twostep;
using test::awsAccount;
using test::child;

TEST_CASE("The edit dialog refuses an MFA device ARN another account has, naming that account", "[ui][aws]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QString bob;
    {
        Result<vault::Vault> created = vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests());
        REQUIRE(created);
        // alice's ARN comes from her label (a 12-digit account id); bob's label names an alias.
        REQUIRE(created->addAccount(awsAccount(QStringLiteral("alice@123456789012"), "GEZDGNBVGY3TQOJQ")));
        REQUIRE(created->addAccount(awsAccount(QStringLiteral("bob@my-alias"), "JBSWY3DPEHPK3PXP")));
        bob = created->find(QStringLiteral("bob")).value().id;
    }
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(path, settings, clipboard);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* password = child<QLineEdit>(window, "passwordLineEdit");
    QTest::keyClicks(password, QStringLiteral("correct horse battery staple"));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));

    window.editAccount(bob);
    auto* edit = child<ui::EditAccountDialog>(window, "editAccountDialog");
    auto* arn = child<QLineEdit>(*edit, "awsMfaArnLineEdit");
    arn->clear();
    QTest::keyClicks(arn, QStringLiteral("arn:aws:iam::123456789012:mfa/alice"));
    // The refusal is a modal message box: read it and close it from the event loop it runs.
    QString warning;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&warning] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    closer.start(50);
    QTest::mouseClick(child<QPushButton>(*edit, "saveButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&warning] { return !warning.isEmpty(); }, 10000));
    CHECK(warning.contains(QStringLiteral("Amazon Web Services:alice@123456789012")));

    Result<vault::Vault> reopened = vault::Vault::open(path, test::password());
    REQUIRE(reopened);
    CHECK(reopened->entry(bob)->account.awsMfaArn.isEmpty());
    CHECK(reopened->find(QStringLiteral("arn:aws:iam::123456789012:mfa/alice")));
}

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
