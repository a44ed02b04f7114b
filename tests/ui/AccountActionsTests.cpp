// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "WidgetTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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
