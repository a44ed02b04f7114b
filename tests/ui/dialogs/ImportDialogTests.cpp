// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardService.h"
#include "ErrorText.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "ImportDialogTestSupport.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace twostep;
using namespace twostep::test;

TEST_CASE("An encrypted Aegis export: format shown, wrong password refused in place, then 7 accounts",
          "[dialogs][import]")
{
    ui::ImportDialog dialog({});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.openFile(sample("aegis_encrypted.json"));
    waitUntilRead(dialog);

    const QString format = child<QLabel>(dialog, "importFormatLabel")->text();
    CHECK(format.contains(QStringLiteral("Aegis")));
    CHECK(format.contains(QStringLiteral("encrypted")));
    CHECK(child<QLabel>(dialog, "importFileLabel")->text() == QStringLiteral("aegis_encrypted.json"));
    auto* password = child<QLineEdit>(dialog, "importPasswordLineEdit");
    REQUIRE(password->isVisible());
    CHECK(preview(dialog)->count() == 0);
    CHECK_FALSE(importButton(dialog)->isEnabled());

    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(dialog, "unlockFileButton"), Qt::LeftButton);
    waitUntilRead(dialog);
    const QString message = child<QLabel>(dialog, "importPasswordErrorLabel")->text();
    CHECK(message.startsWith(ui::errorTitle(ErrorCode::WrongPassword)));
    CHECK(password->isVisible());
    CHECK(dialog.focusWidget() == password);
    CHECK(password->text().isEmpty()); // a wrong password is not kept: the field is ready for the next try
    CHECK(preview(dialog)->count() == 0);
    CHECK_FALSE(importButton(dialog)->isEnabled());

    // Enter unlocks; it must not also confirm the import the user has not seen yet.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClicks(password, QStringLiteral("test"));
    QTest::keyClick(password, Qt::Key_Return);
    waitUntilRead(dialog);
    CHECK_FALSE(password->isVisible());
    CHECK(password->text().isEmpty());
    CHECK(accepted.isEmpty());
    CHECK(dialog.isVisible());
    REQUIRE(preview(dialog)->count() == 7);
    CHECK(child<QLabel>(dialog, "importSummaryLabel")->text().contains(QStringLiteral("7")));
    CHECK(importButton(dialog)->isEnabled());
    CHECK(dialog.checkedAccounts() == sampleAccounts("aegis_encrypted.json", "test"));
    CHECK(dialog.accounts().isEmpty()); // not confirmed yet
}

TEST_CASE("Accounts already in the vault are flagged and unchecked; Import returns exactly the checked ones",
          "[dialogs][import]")
{
    const QList<otp::Account> inFile = sampleAccounts("plain.txt");
    REQUIRE(inFile.size() == 7);
    otp::Account renamed = inFile.at(1);
    renamed.issuer = QStringLiteral("My SPDX");
    const QList<otp::Account> existing = {renamed, inFile.at(4)};

    ui::ImportDialog dialog(existing);
    dialog.show();
    dialog.openFile(sample("plain.txt"));
    waitUntilRead(dialog);
    CHECK_FALSE(child<QLineEdit>(dialog, "importPasswordLineEdit")->isVisible());
    CHECK_FALSE(child<QLabel>(dialog, "importFormatLabel")->text().contains(QStringLiteral("encrypted")));
    QListWidget* list = preview(dialog);
    REQUIRE(list->count() == 7);
    for (int row = 0; row < 7; ++row) {
        const bool duplicate = row == 1 || row == 4;
        INFO(list->item(row)->text().toStdString());
        CHECK((list->item(row)->checkState() == Qt::Checked) == !duplicate);
        CHECK(list->item(row)->text().contains(QStringLiteral("already in the vault")) == duplicate);
    }
    CHECK(list->item(1)->text().contains(QStringLiteral("My SPDX:James")));
    CHECK(child<QLabel>(dialog, "importSummaryLabel")->text().contains(QStringLiteral("2 of them")));

    // The user unchecks one new account and deliberately checks one duplicate.
    list->item(0)->setCheckState(Qt::Unchecked);
    list->item(4)->setCheckState(Qt::Checked);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const QList<otp::Account> expected = {inFile.at(2), inFile.at(3), inFile.at(4), inFile.at(5), inFile.at(6)};
    CHECK(dialog.accounts() == expected);
}

TEST_CASE("Cancel returns no accounts; unchecking all disables Import", "[dialogs][import]")
{
    ui::ImportDialog dialog({});
    dialog.show();
    dialog.openFile(sample("stratum_plain.json"));
    waitUntilRead(dialog);
    CHECK(child<QLabel>(dialog, "importFormatLabel")->text() == QStringLiteral("Stratum"));
    QListWidget* list = preview(dialog);
    REQUIRE(list->count() == 7);
    for (int row = 0; row < list->count(); ++row) {
        list->item(row)->setCheckState(Qt::Unchecked);
    }
    CHECK_FALSE(importButton(dialog)->isEnabled());
    list->item(3)->setCheckState(Qt::Checked);
    CHECK(importButton(dialog)->isEnabled());

    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(rejected.count() == 1);
    CHECK(dialog.accounts().isEmpty());
}

TEST_CASE("A dropped encrypted 2FAS file asks for its password and imports", "[dialogs][import]")
{
    ui::ImportDialog dialog({});
    dialog.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sample("2fas_authenticator_encrypted_v4.2fas"))});
    const QPoint centre = dialog.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    waitUntilRead(dialog);

    CHECK(child<QLabel>(dialog, "importFormatLabel")->text().contains(QStringLiteral("2FAS")));
    auto* password = child<QLineEdit>(dialog, "importPasswordLineEdit");
    REQUIRE(password->isVisible());
    QTest::keyClicks(password, QStringLiteral("test"));
    QTest::keyClick(password, Qt::Key_Enter);
    waitUntilRead(dialog);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.checkedAccounts() == sampleAccounts("2fas_authenticator_encrypted_v4.2fas", "test"));
    CHECK(preview(dialog)->count() == 5);
}

TEST_CASE("A file in no known format and an unreadable file are reported; nothing to import", "[dialogs][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("shopping list: milk, eggs\n");
    file.close();

    ui::ImportDialog dialog({});
    dialog.show();
    QSignalSpy loaded(&dialog, &ui::ImportDialog::fileLoaded);
    dialog.openFile(path);
    waitUntilRead(dialog);
    REQUIRE(loaded.count() == 1);
    CHECK_FALSE(loaded.at(0).at(0).toBool());
    auto* error = child<QLabel>(dialog, "importErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(ui::errorTitle(ErrorCode::UnsupportedVersion)));
    CHECK(error->text().contains(QStringLiteral("aegis")));
    CHECK(preview(dialog)->count() == 0);
    CHECK_FALSE(importButton(dialog)->isEnabled());

    dialog.openFile(dir.filePath(QStringLiteral("missing.json")));
    waitUntilRead(dialog);
    CHECK(error->text().startsWith(ui::errorTitle(ErrorCode::IoError)));
    CHECK(error->text().contains(QStringLiteral("missing.json")));

    // A good file afterwards clears the error.
    dialog.openFile(sample("aegis_plain.json"));
    waitUntilRead(dialog);
    CHECK_FALSE(error->isVisible());
    CHECK(preview(dialog)->count() == 7);
}

TEST_CASE("Entries the file holds but Twostep cannot import are listed as warnings", "[dialogs][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aegis.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
        {"type":"motp","name":"Old","issuer":"Bank","info":{"secret":"ABCDEFGH","pin":"1234"}},
        {"type":"totp","name":"New","issuer":"Shop","info":{"secret":"JBSWY3DPEHPK3PXP","algo":"SHA1","digits":6,"period":30}}
    ]}})");
    file.close();

    ui::ImportDialog dialog({});
    dialog.show();
    dialog.openFile(path);
    waitUntilRead(dialog);
    REQUIRE(preview(dialog)->count() == 1);
    auto* warnings = child<QLabel>(dialog, "importWarningsLabel");
    CHECK(warnings->isVisible());
    CHECK(warnings->text().contains(QStringLiteral("Bank")));
    CHECK(warnings->text().contains(QStringLiteral("motp")));
}

TEST_CASE("Skipped entries and notes on imported accounts are shown apart, and the summary counts the skipped",
          "[dialogs][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("uris.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // With a byte order mark, as Windows editors save text.
    file.write("\xEF\xBB\xBFotpauth://totp/OldName:alice?secret=JBSWY3DPEHPK3PXP&issuer=NewName\r\n"
               "otpauth://hotp/Bank:bob?secret=DWVLFGJOK2PQA2JS&counter=x\r\n"
               "otpauth://totp/Test%3A%20Foo%3Acarol?secret=GEZDGNBVGY3TQOJQ&issuer=Test%3A%20Foo\r\n");
    file.close();

    ui::ImportDialog dialog({});
    dialog.show();
    QSignalSpy loaded(&dialog, &ui::ImportDialog::fileLoaded);
    dialog.openFile(path);
    REQUIRE((loaded.count() == 1 || loaded.wait()));
    CHECK(loaded.at(0).at(0).toBool());
    REQUIRE(preview(dialog)->count() == 2);
    CHECK(preview(dialog)->item(0)->text() == QStringLiteral("NewName:alice"));
    CHECK(preview(dialog)->item(1)->text() == QStringLiteral("Test: Foo:carol"));
    CHECK(dialog.checkedAccounts().size() == 2);

    auto* skipped = child<QLabel>(dialog, "importWarningsLabel");
    auto* notes = child<QLabel>(dialog, "importNotesLabel");
    CHECK(skipped->isVisible());
    CHECK(skipped->text().contains(QStringLiteral("line 2")));
    CHECK(skipped->text().contains(QStringLiteral("counter")));
    CHECK_FALSE(skipped->text().contains(QStringLiteral("OldName")));
    CHECK(notes->isVisible());
    CHECK(notes->text().contains(QStringLiteral("line 1")));
    CHECK(notes->text().contains(QStringLiteral("OldName")));
    CHECK_FALSE(notes->text().contains(QStringLiteral("counter")));
    const QString summary = child<QLabel>(dialog, "importSummaryLabel")->text();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("2 account")));
    CHECK(summary.contains(QStringLiteral("1 entr")));
    CHECK(summary.contains(QStringLiteral("skipped")));
}

TEST_CASE("A password-protected Proton export opens with its password; an encrypted Bitwarden one is named",
          "[dialogs][import]")
{
    const QString inputs = QDir(test::samplesDir()).filePath(QStringLiteral("../inputs/"));
    ui::ImportDialog dialog({});
    dialog.show();
    QSignalSpy loaded(&dialog, &ui::ImportDialog::fileLoaded);
    dialog.openFile(inputs + QStringLiteral("proton_encrypted.json"));
    CHECK(child<QLabel>(dialog, "importFormatLabel")->text().contains(QStringLiteral("Proton Authenticator")));
    auto* password = child<QLineEdit>(dialog, "importPasswordLineEdit");
    REQUIRE(password->isVisible());
    QTest::keyClicks(password, QStringLiteral("test"));
    loaded.clear();
    QTest::mouseClick(child<QPushButton>(dialog, "unlockFileButton"), Qt::LeftButton);
    REQUIRE((loaded.count() == 1 || loaded.wait(10000)));
    REQUIRE(preview(dialog)->count() == 2);
    CHECK(preview(dialog)->item(0)->text() == QStringLiteral("Acme:alice"));
    CHECK(preview(dialog)->item(1)->text() == QStringLiteral("bob@example.org"));

    dialog.openFile(inputs + QStringLiteral("bitwarden_encrypted_password.json"));
    waitUntilRead(dialog);
    auto* error = child<QLabel>(dialog, "importErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("password-protected Bitwarden export")));
    CHECK_FALSE(error->text().contains(QStringLiteral("none of the formats")));
    CHECK(preview(dialog)->count() == 0);
}

TEST_CASE("A Twostep backup and an Aegis JSON written by the export dialog import back through this dialog",
          "[dialogs][import]")
{
    QTemporaryDir dir;
    QList<vault::VaultEntry> entries;
    for (const otp::Account& account : sampleAccounts("aegis_plain.json")) {
        vault::VaultEntry entry;
        entry.id = QStringLiteral("id-%1").arg(entries.size());
        entry.account = account;
        entry.created = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
        entry.updated = entry.created;
        entries.append(entry);
    }
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exporter(entries, clipboard);
    exporter.setChecked(0, false);
    QList<otp::Account> expected;
    for (qsizetype i = 1; i < entries.size(); ++i) {
        expected.append(entries.at(i).account);
    }
    const QString backup = dir.filePath(QStringLiteral("backup.twostep"));
    const QString aegis = dir.filePath(QStringLiteral("aegis.json"));
    REQUIRE(
        exporter
            .writeBackup(backup, SecretBytes::fromUtf8(QStringLiteral("pässword")), vault::fastKdfParametersForTests())
            .ok());
    REQUIRE(exporter.saveAegisJson(aegis).ok());

    ui::ImportDialog dialog({entries.at(2).account});
    dialog.show();
    dialog.openFile(backup);
    waitUntilRead(dialog);
    CHECK(child<QLabel>(dialog, "importFormatLabel")->text().contains(QStringLiteral("Twostep")));
    auto* password = child<QLineEdit>(dialog, "importPasswordLineEdit");
    REQUIRE(password->isVisible());
    password->setText(QStringLiteral("pässword")); // QTest::keyClicks types ASCII only
    QTest::keyClick(password, Qt::Key_Return);
    waitUntilRead(dialog);
    INFO(child<QLabel>(dialog, "importErrorLabel")->text().toStdString());
    INFO(child<QLabel>(dialog, "importPasswordErrorLabel")->text().toStdString());
    REQUIRE(preview(dialog)->count() == expected.size());
    CHECK(preview(dialog)->item(1)->checkState() == Qt::Unchecked); // entries.at(2) is in the vault
    QList<otp::Account> all = dialog.checkedAccounts();
    all.insert(1, entries.at(2).account);
    CHECK(all == expected);

    dialog.openFile(aegis);
    waitUntilRead(dialog);
    CHECK(child<QLabel>(dialog, "importFormatLabel")->text() == QStringLiteral("Aegis"));
    CHECK_FALSE(password->isVisible());
    REQUIRE(preview(dialog)->count() == expected.size());
    CHECK(dialog.plan().count(formats::PlannedAccount::Status::Duplicate) == 1);
}
