// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardService.h"
#include "ExportDialog.h"
#include "QrDialog.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"
#include "migration/Migration.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "qr/QrScanner.h"

#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace twostep;

namespace {

otp::Account account(int i)
{
    otp::Account result;
    result.issuer = QStringLiteral("Service %1").arg(i);
    result.name = QStringLiteral("user%1@example.com").arg(i);
    QByteArray key = QStringLiteral("secret-key-number-%1").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
    result.secret = SecretBytes::takeFrom(key);
    return result;
}

QList<vault::VaultEntry> entries(int count)
{
    QList<vault::VaultEntry> list;
    for (int i = 0; i < count; ++i) {
        vault::VaultEntry entry;
        entry.id = QStringLiteral("id-%1").arg(i);
        entry.account = account(i);
        entry.created = QDateTime::fromSecsSinceEpoch(1700000000 + i, QTimeZone::utc());
        entry.updated = entry.created;
        list.append(std::move(entry));
    }
    return list;
}

QString decodeOnly(const QImage& image)
{
    const QList<qr::ScannedCode> codes = qr::scanImage(image);
    REQUIRE(codes.size() == 1);
    return codes.constFirst().text;
}

} // namespace

TEST_CASE("The account QR dialog's image decodes back to the account's otpauth URI", "[dialogs][export]")
{
    otp::Account aws = account(1);
    aws.issuer = QStringLiteral("Amazon Web Services");
    aws.name = QStringLiteral("root@123456789012");
    std::unique_ptr<ui::QrDialog> dialog(ui::QrDialog::forAccount(aws));
    dialog->show();

    const QImage image = dialog->currentImage();
    CHECK(image.width() >= 300);
    CHECK(decodeOnly(image) == otp::formatOtpauthUri(aws));
    // What is on screen is the same picture.
    const QPixmap shown = dialog->findChild<QLabel*>(QStringLiteral("qrImageLabel"))->pixmap();
    CHECK(decodeOnly(shown.toImage()) == otp::formatOtpauthUri(aws));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("secretWarningLabel"))->text().contains(QStringLiteral("secret")));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("nextPageButton"))->isVisible());
}

TEST_CASE("The QR dialog saves PNG and SVG files that hold the same URI", "[dialogs][export]")
{
    QTemporaryDir dir;
    std::unique_ptr<ui::QrDialog> dialog(ui::QrDialog::forAccount(account(2)));
    const QString png = dir.filePath(QStringLiteral("code.png"));
    const QString svg = dir.filePath(QStringLiteral("code.svg"));
    REQUIRE(dialog->saveCurrent(png).ok());
    REQUIRE(dialog->saveCurrent(svg).ok());

    const auto scanned = qr::scanImageFile(png);
    REQUIRE(scanned.ok());
    REQUIRE(scanned->size() == 1);
    CHECK(scanned->constFirst().text == otp::formatOtpauthUri(account(2)));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("<svg"));
    CHECK((QFile::permissions(png) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
}

TEST_CASE("The QR dialog closes itself when its time is up", "[dialogs][export]")
{
    std::unique_ptr<ui::QrDialog> dialog(ui::QrDialog::forAccount(account(3)));
    CHECK(dialog->secondsLeft() == ui::QrDialog::kAutoCloseSeconds);
    dialog->show();
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    dialog->setAutoCloseSeconds(1);
    REQUIRE(QTest::qWaitFor([&] { return rejected.count() == 1; }, 3000));
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("Transfer QRs for 23 accounts come as three pages that import back in order", "[dialogs][export]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exportDialog(entries(23), clipboard);
    exportDialog.show();
    QTest::mouseClick(exportDialog.findChild<QPushButton*>(QStringLiteral("transferQrButton")), Qt::LeftButton);
    auto* dialog = exportDialog.findChild<ui::QrDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    REQUIRE(dialog->pageCount() == 3);

    QList<otp::Account> imported;
    for (int page = 0; page < dialog->pageCount(); ++page) {
        if (page > 0) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("nextPageButton")), Qt::LeftButton);
        }
        REQUIRE(dialog->currentPage() == page);
        const auto batch = migration::parseMigrationUri(decodeOnly(dialog->currentImage()));
        REQUIRE(batch.ok());
        CHECK(batch->batchIndex == page);
        CHECK(batch->batchSize == 3);
        imported.append(batch->accounts);
    }
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("nextPageButton"))->isEnabled());
    REQUIRE(imported.size() == 23);
    for (int i = 0; i < 23; ++i) {
        CHECK(imported.at(i) == account(i));
    }
}

TEST_CASE("The encrypted backup holds the checked accounts and opens with its own password", "[dialogs][export]")
{
    QTemporaryDir dir;
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exportDialog(entries(4), clipboard);
    exportDialog.setChecked(2, false);
    const QString path = dir.filePath(QStringLiteral("backup.twostep"));
    const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("backup password"));
    REQUIRE(exportDialog.writeBackup(path, password, vault::fastKdfParametersForTests()).ok());
    // Never overwrites.
    CHECK(exportDialog.writeBackup(path, password, vault::fastKdfParametersForTests()).error().code ==
          ErrorCode::IoError);

    CHECK(vault::Vault::open(path, SecretBytes::fromUtf8(QStringLiteral("wrong"))).error().code ==
          ErrorCode::WrongPassword);
    auto opened = vault::Vault::open(path, password);
    INFO((opened ? QString() : opened.error().detail).toStdString());
    REQUIRE(opened.ok());
    REQUIRE(opened->entries().size() == 3);
    CHECK(opened->entries().at(0).account == account(0));
    CHECK(opened->entries().at(1).account == account(1));
    CHECK(opened->entries().at(2).account == account(3));
}

TEST_CASE("The plain list has one otpauth URI per checked account that parses back", "[dialogs][export]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exportDialog(entries(3), clipboard);
    exportDialog.setChecked(0, false);
    const QStringList lines = exportDialog.plainList().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(otp::parseOtpauthUri(lines.at(0))->account == account(1));
    CHECK(otp::parseOtpauthUri(lines.at(1))->account == account(2));

    exportDialog.setChecked(1, false);
    exportDialog.setChecked(2, false);
    CHECK_FALSE(exportDialog.findChild<QPushButton*>(QStringLiteral("plainListButton"))->isEnabled());
}

TEST_CASE("The saved plain list and Aegis JSON import back to the checked accounts, 0600, never overwritten",
          "[dialogs][export]")
{
    const auto [fileName, format] = GENERATE(table<const char*, const char*>({
        {"accounts.txt", "uri-list"},
        {"aegis.json", "aegis"},
    }));
    INFO(fileName);
    QTemporaryDir dir;
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exportDialog(entries(5), clipboard);
    exportDialog.setChecked(1, false);
    exportDialog.setChecked(3, false);
    const QString path = dir.filePath(QString::fromLatin1(fileName));
    const auto save = [&] {
        return QLatin1String(format) == QLatin1String("aegis") ? exportDialog.saveAegisJson(path)
                                                               : exportDialog.savePlainList(path);
    };
    REQUIRE(save().ok());
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const auto data = formats::readImportFile(path);
    REQUIRE(data.ok());
    const auto detected = formats::detectFormat(*data);
    REQUIRE(detected.ok());
    CHECK((*detected)->name() == QLatin1String(format));
    const auto imported = formats::importData(*data, nullptr);
    REQUIRE(imported.ok());
    CHECK(imported->skipped.isEmpty());
    const QList<otp::Account> expected = {account(0), account(2), account(4)};
    CHECK(imported->accounts == expected);

    // A second save onto the same name fails and leaves the first file as it was.
    exportDialog.setChecked(1, true);
    const Status again = save();
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::IoError);
    CHECK(formats::importData(*formats::readImportFile(path), nullptr)->accounts == expected);
}

TEST_CASE("The Aegis JSON button follows the checked accounts", "[dialogs][export]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exportDialog(entries(2), clipboard);
    auto* aegis = exportDialog.findChild<QPushButton*>(QStringLiteral("aegisJsonButton"));
    REQUIRE(aegis != nullptr);
    CHECK(aegis->isEnabled());
    exportDialog.setChecked(0, false);
    exportDialog.setChecked(1, false);
    CHECK_FALSE(aegis->isEnabled());
}
