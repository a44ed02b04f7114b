// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "WidgetTestSupport.h"
#include "ZipWriter.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountActions.h"
#include "ui/AccountListPage.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/ReplaceQuestion.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <utility>

using namespace twostep;
using test::awsAccount;
using test::child;

namespace {

// A vault of AWS accounts (label, base32 secret), then the main window on it, unlocked by the form.
struct UnlockedAwsWindow
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QStringList ids; // the accounts', in the order given
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::ClipboardService clipboard{QGuiApplication::clipboard()};
    std::unique_ptr<ui::MainWindow> window;

    explicit UnlockedAwsWindow(const QList<std::pair<QString, const char*>>& accounts)
    {
        {
            Result<vault::Vault> created =
                vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests());
            REQUIRE(created);
            for (const auto& [label, secret] : accounts) {
                auto added = created->addAccount(awsAccount(label, secret));
                REQUIRE(added);
                ids.append(added.value().id);
            }
        }
        window = std::make_unique<ui::MainWindow>(path, settings, clipboard);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        test::unlockThroughForm(*window);
    }
};

} // namespace

TEST_CASE("The edit dialog refuses an MFA device ARN another account has, naming that account", "[ui][aws]")
{
    // alice's ARN comes from her label (a 12-digit account id); bob's label names an alias.
    UnlockedAwsWindow fixture({{QStringLiteral("alice@123456789012"), "GEZDGNBVGY3TQOJQ"},
                               {QStringLiteral("bob@my-alias"), "JBSWY3DPEHPK3PXP"}});
    const QString& path = fixture.path;
    const QString& bob = fixture.ids.at(1);
    ui::MainWindow& window = *fixture.window;

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

// Issue 15, defect 2 (a redone enrollment leaves twin rows) and the list side of defect 5 (the
// filter never holds a pasted secret key or otpauth link), on a real vault in a main window.
namespace {

// Two secrets AWS could hand out for one "Assign MFA device" restarted.
const QString kFirstSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
const QString kRedoneSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
const QString kThirdSecret = QStringLiteral("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPJQWEY3E");

otp::Account awsRoot(const QString& base32)
{
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("root@123456789012");
    account.secret = otp::decodeBase32(base32).value();
    return account;
}

// A main window unlocked, through its unlock page, on a vault made with the cheapest KDF.
struct UnlockedWindow
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::ClipboardService clipboard{QGuiApplication::clipboard()};
    std::unique_ptr<ui::MainWindow> window;

    explicit UnlockedWindow(const QList<otp::Account>& accounts)
    {
        vault::Vault created = vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests()).value();
        if (!accounts.isEmpty()) {
            REQUIRE(created.addAccounts(accounts));
        }
        window = std::make_unique<ui::MainWindow>(path, settings, clipboard);
        window->show();
        QTest::keyClicks(child<QLineEdit>(*window, "passwordLineEdit"), QStringLiteral("correct horse battery staple"));
        QTest::mouseClick(child<QPushButton>(*window, "unlockButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([this] { return window->isUnlocked(); }, 20000));
    }
};

QMessageBox* waitForQuestion(const QWidget& window)
{
    QMessageBox* box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (box = window.findChild<QMessageBox*>(QStringLiteral("replaceQuestion"))) != nullptr; }, 2000));
    return box;
}

QStringList secretsOf(const vault::Vault& vault)
{
    QStringList secrets;
    for (const vault::VaultEntry& entry : vault.entries()) {
        secrets.append(otp::encodeBase32(entry.account.secret.bytes()));
    }
    return secrets;
}

void closeDialogs(const QWidget& window)
{
    const QList<QDialog*> dialogs = window.findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        dialog->close();
    }
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A redone enrollment asks: keep both shows both dates, replace is one save that the backups keep",
          "[ui][actions][aws]")
{
    UnlockedWindow fixture({awsRoot(kFirstSecret)});
    ui::MainWindow& window = *fixture.window;
    const QDateTime firstAdded = window.vault()->entries().constFirst().created;

    SECTION("Keep both: two rows, each with its date; the enrollment dialog names the older one")
    {
        window.addAccounts({awsRoot(kRedoneSecret)}, true);
        QMessageBox* question = waitForQuestion(window);
        CHECK(question->text().contains(QStringLiteral("Amazon Web Services:root@123456789012")));
        CHECK(question->text().contains(ui::addedOnText(firstAdded)));
        QTest::mouseClick(child<QPushButton>(*question, "keepBothButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return window.vault()->entries().size() == 2; }, 2000));
        CHECK(secretsOf(*window.vault()) == QStringList({kFirstSecret, kRedoneSecret}));
        auto* enrollment = test::waitForChild<ui::EnrollmentDialog>(window);
        CHECK(child<QLabel>(*enrollment, "olderTwinLabel")->isVisible());
        closeDialogs(window);

        for (const vault::VaultEntry& entry : window.vault()->entries()) {
            window.editAccount(entry.id);
            auto* edit = test::waitForChild<ui::EditAccountDialog>(window);
            CHECK(child<QLabel>(*edit, "addedLabel")->text() == ui::addedOnText(entry.created));
            closeDialogs(window);
        }
    }
    SECTION("Replace: one save, the old row's place, the old secret in the latest backup")
    {
        const std::uint64_t generation = window.vault()->generation();
        window.addAccounts({awsRoot(kRedoneSecret)}, false);
        QMessageBox* question = waitForQuestion(window);
        CHECK(question->defaultButton() == child<QPushButton>(*question, "replaceOldButton"));
        QTest::mouseClick(child<QPushButton>(*question, "replaceOldButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return window.vault()->generation() != generation; }, 2000));
        CHECK(window.vault()->generation() == generation + 1);
        CHECK(secretsOf(*window.vault()) == QStringList({kRedoneSecret}));
        vault::Vault reopened = vault::Vault::open(fixture.path, test::password()).value();
        CHECK(secretsOf(reopened) == QStringList({kRedoneSecret}));
        // The version before the replace is under backups/, still encrypted, with the old secret.
        QDir backups(QFileInfo(fixture.path).dir().filePath(QStringLiteral("backups")));
        const QStringList kept = backups.entryList(QDir::Files, QDir::Name);
        REQUIRE_FALSE(kept.isEmpty());
        bool oldSecretKept = false;
        for (const QString& name : kept) {
            const QString copy = fixture.dir.filePath(QStringLiteral("copy.twostep"));
            QFile::remove(copy);
            REQUIRE(QFile::copy(backups.filePath(name), copy));
            if (auto opened = vault::Vault::open(copy, test::password())) {
                oldSecretKept = oldSecretKept || secretsOf(opened.value()) == QStringList({kFirstSecret});
            }
        }
        CHECK(oldSecretKept);
    }
    SECTION("An import that adds asks too; Escape keeps both")
    {
        const QString list = fixture.dir.filePath(QStringLiteral("accounts.txt"));
        QFile file(list);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=%1\n")
                       .arg(kThirdSecret)
                       .toUtf8());
        file.close();
        window.importAccounts();
        auto* import = test::waitForChild<ui::ImportDialog>(window);
        import->openFile(list);
        auto* importButton = child<QPushButton>(*import, "importButton");
        REQUIRE(QTest::qWaitFor([&] { return importButton->isEnabled(); }, 5000));
        QTest::mouseClick(importButton, Qt::LeftButton);
        QMessageBox* question = waitForQuestion(window);
        QTest::keyClick(question, Qt::Key_Escape);
        REQUIRE(QTest::qWaitFor([&] { return window.vault()->entries().size() == 2; }, 2000));
        CHECK(secretsOf(*window.vault()) == QStringList({kFirstSecret, kThirdSecret}));
    }
}

TEST_CASE("The filter never holds a pasted or dropped secret key or otpauth link: the add dialog takes it",
          "[ui][actions][aws]")
{
    UnlockedWindow fixture({awsRoot(kFirstSecret)});
    ui::MainWindow& window = *fixture.window;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QLineEdit* filter = window.listPage()->filterEdit();
    filter->setFocus();

    SECTION("Ctrl+V of the AWS secret key")
    {
        QGuiApplication::clipboard()->setText(kRedoneSecret);
        QTest::keyClick(filter, Qt::Key_V, Qt::ControlModifier);
        CHECK(filter->text().isEmpty());
        auto* dialog = test::waitForChild<ui::AddAccountDialog>(window);
        CHECK(child<QTabWidget>(*dialog, "sourceTabs")->currentIndex() == 1);
        CHECK(child<QLineEdit>(*dialog, "secretLineEdit")->text() == kRedoneSecret);
    }
    SECTION("Ctrl+V on the list, not in the filter")
    {
        window.listPage()->view()->setFocus();
        QGuiApplication::clipboard()->setText(kRedoneSecret);
        QTest::keyClick(window.listPage()->view(), Qt::Key_V, Qt::ControlModifier);
        auto* dialog = test::waitForChild<ui::AddAccountDialog>(window);
        CHECK(child<QLineEdit>(*dialog, "secretLineEdit")->text() == kRedoneSecret);
        CHECK(child<QLabel>(*dialog, "scanStatusLabel")->text().isEmpty()); // no "not an OTP code"
    }
    SECTION("A link dropped on the filter, and the menu's paste of a key (no undo brings it back)")
    {
        QMimeData mime;
        mime.setText(QStringLiteral("otpauth://totp/Example:alice?secret=%1").arg(kThirdSecret));
        const QPoint at(filter->width() / 2, filter->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(filter, &enter);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(filter, &drop);
        CHECK(filter->text().isEmpty());
        auto* dialog = test::waitForChild<ui::AddAccountDialog>(window);
        CHECK(child<QListWidget>(*dialog, "candidateList")->count() == 1);
        closeDialogs(window);

        QGuiApplication::clipboard()->setText(kRedoneSecret);
        filter->paste(); // what the context menu's Paste does
        CHECK(filter->text().isEmpty());
        filter->undo();
        CHECK(filter->text().isEmpty());
        CHECK(test::waitForChild<ui::AddAccountDialog>(window) != nullptr);
    }
    SECTION("Ordinary text is filtered as typed")
    {
        QTest::keyClicks(filter, QStringLiteral("amazon"));
        CHECK(filter->text() == QStringLiteral("amazon"));
        CHECK(window.findChild<ui::AddAccountDialog*>() == nullptr);
    }
}

TEST_CASE("An Aegis icon pack gives its icon to accounts without one and counts the icons it could not use",
          "[ui][iconpack]")
{
    UnlockedAwsWindow fixture({{QStringLiteral("alice@123456789012"), "GEZDGNBVGY3TQOJQ"}});
    const QString& alice = fixture.ids.at(0);
    const QByteArray svg(
        R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>)");
    const QJsonArray icons{QJsonObject{{QStringLiteral("filename"), QStringLiteral("SVG/aws.svg")},
                                       {QStringLiteral("category"), QStringLiteral("Cloud")},
                                       {QStringLiteral("issuer"), QJsonArray{QStringLiteral("Amazon Web Services")}}},
                           QJsonObject{{QStringLiteral("filename"), QStringLiteral("SVG/missing.svg")},
                                       {QStringLiteral("category"), QStringLiteral("Cloud")},
                                       {QStringLiteral("issuer"), QJsonArray{QStringLiteral("Missing")}}},
                           QJsonObject{{QStringLiteral("filename"), QStringLiteral("SVG/text.svg")},
                                       {QStringLiteral("category"), QStringLiteral("Cloud")},
                                       {QStringLiteral("issuer"), QJsonArray{QStringLiteral("Text")}}}};
    const QByteArray packJson =
        QJsonDocument(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("0b8d3a6c-0000-4000-8000-000000000002")},
                                  {QStringLiteral("name"), QStringLiteral("Test pack")},
                                  {QStringLiteral("version"), 1},
                                  {QStringLiteral("icons"), icons}})
            .toJson();
    QFile pack(fixture.dir.filePath(QStringLiteral("pack.zip")));
    REQUIRE(pack.open(QIODevice::WriteOnly));
    pack.write(test::makeZip({{QStringLiteral("pack.json"), packJson},
                              {QStringLiteral("SVG/aws.svg"), svg},
                              {QStringLiteral("SVG/text.svg"), QByteArrayLiteral("not an image")}}));
    pack.close();

    ui::MainWindow& window = *fixture.window;
    window.actions()->importIconPackFile(pack.fileName());
    // No translator here: the plural forms read "(s)".
    const QString status = window.statusBar()->currentMessage();
    CHECK(status.startsWith(QStringLiteral("Icons from “Test pack” set for 1 account")));
    CHECK(status.contains(QStringLiteral("2 icon")));
    CHECK(status.contains(QStringLiteral("could not be used")));
    Result<vault::Vault> reopened = vault::Vault::open(fixture.path, test::password());
    REQUIRE(reopened);
    CHECK(reopened->entry(alice)->account.details.icon.data == svg);
}
