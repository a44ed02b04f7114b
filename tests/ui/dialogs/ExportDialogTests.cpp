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

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

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

// Clicks `button` and answers every modal window that opens until the click returns: the file
// dialog gets `file`, a message box is noted and closed, any other dialog (a password prompt) is
// noted and cancelled. Returns what was seen, in order.
QStringList clickAndChoose(QPushButton* button, const QString& file)
{
    REQUIRE(button != nullptr);
    QStringList seen;
    QTimer answer;
    answer.setInterval(50);
    QObject::connect(&answer, &QTimer::timeout, [&seen, &file] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr) {
            return;
        }
        if (seen.size() > 5) { // a loop (the file dialog asking again): give up on every window
            qobject_cast<QDialog*>(modal)->reject();
        } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            seen << QStringLiteral("file dialog");
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")); // Qt's own dialog
            REQUIRE(name != nullptr);
            name->setText(file);
            QTest::keyClick(name, Qt::Key_Return);
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            seen << QStringLiteral("message: ") + box->text();
            box->done(QMessageBox::Cancel);
        } else if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            seen << QStringLiteral("dialog: ") + dialog->windowTitle();
            dialog->reject();
        }
    });
    answer.start();
    QTest::mouseClick(button, Qt::LeftButton);
    return seen;
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

TEST_CASE("The QR dialog never replaces an existing file", "[dialogs][export]")
{
    QTemporaryDir dir;
    std::unique_ptr<ui::QrDialog> dialog(ui::QrDialog::forAccount(account(3)));
    const QString png = dir.filePath(QStringLiteral("photo.png"));
    QFile file(png);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("holiday photo");
    file.close();
    const Status saved = dialog->saveCurrent(png);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().detail.contains(QStringLiteral("already exists")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("holiday photo"));
}

TEST_CASE("Save as… and the backup button refuse an existing file themselves, before any password", "[dialogs][export]")
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("kept.png"));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("the user's picture");
    file.close();
    const QString backup = dir.filePath(QStringLiteral("kept.twostep"));
    REQUIRE(QFile::copy(existing, backup));

    std::unique_ptr<ui::QrDialog> qrDialog(ui::QrDialog::forAccount(account(4)));
    qrDialog->show();
    const QStringList qrSeen =
        clickAndChoose(qrDialog->findChild<QPushButton*>(QStringLiteral("saveButton")), existing);
    INFO(qrSeen.join(QStringLiteral(" / ")).toStdString());
    REQUIRE(qrSeen.size() == 2);
    CHECK(qrSeen.at(0) == QStringLiteral("file dialog"));
    CHECK(qrSeen.at(1).contains(QStringLiteral("already exists")));

    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exportDialog(entries(2), clipboard);
    exportDialog.show();
    const QStringList backupSeen =
        clickAndChoose(exportDialog.findChild<QPushButton*>(QStringLiteral("backupButton")), backup);
    REQUIRE(backupSeen.size() == 2); // no password prompt in between
    CHECK(backupSeen.at(0) == QStringLiteral("file dialog"));
    CHECK(backupSeen.at(1).contains(QStringLiteral("already exists")));

    for (const QString& path : {existing, backup}) {
        QFile kept(path);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == QByteArray("the user's picture"));
    }
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
    const auto again = save();
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::InvalidInput);
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

TEST_CASE("The dialog's Aegis JSON leaves out a counter above 2^53 by name; saves never follow a symlink",
          "[dialogs][export]")
{
    QTemporaryDir dir;
    QList<vault::VaultEntry> list = entries(3);
    list[1].account.parameters =
        otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, 18446744073709551614ULL).value();
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exportDialog(list, clipboard);
    const QString path = dir.filePath(QStringLiteral("aegis.json"));
    const auto saved = exportDialog.saveAegisJson(path);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 1);
    CHECK(saved->first().startsWith(list[1].account.label() + QStringLiteral(": left out, its counter ")));
    const auto imported = formats::importData(*formats::readImportFile(path), nullptr);
    REQUIRE(imported.ok());
    CHECK(imported->skipped.isEmpty());
    CHECK(imported->accounts == QList<otp::Account>{account(0), account(2)});

    const QString target = dir.filePath(QStringLiteral("target.txt"));
    const QString link = dir.filePath(QStringLiteral("link.txt"));
    REQUIRE(QFile::link(target, link));
    const auto refused = exportDialog.savePlainList(link);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.contains(QStringLiteral("already exists")));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QFileInfo(link).isSymLink());
}

TEST_CASE("The transfer QR dialog names an account too long for a QR code and shows the others", "[dialogs][export]")
{
    QList<vault::VaultEntry> list = entries(3);
    list[0].account.issuer = QString(3000, QLatin1Char('L'));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exportDialog(list, clipboard);
    ui::QrDialog* dialog = exportDialog.showTransferQrs();
    REQUIRE(dialog != nullptr);
    auto* notes = dialog->findChild<QLabel*>(QStringLiteral("notesLabel"));
    REQUIRE(notes != nullptr);
    CHECK(notes->text().contains(list[0].account.label() + QStringLiteral(": left out, too long for a QR code")));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isHidden());
    const QPixmap shown = dialog->findChild<QLabel*>(QStringLiteral("qrImageLabel"))->pixmap();
    REQUIRE_FALSE(shown.isNull());
    const auto scanned = qr::scanImage(shown.toImage());
    REQUIRE(scanned.size() == 1);
    const auto batch = migration::parseMigrationUri(scanned.first().text);
    REQUIRE(batch.ok());
    CHECK(batch->accounts == QList<otp::Account>{account(1), account(2)});
    dialog->close();
}
