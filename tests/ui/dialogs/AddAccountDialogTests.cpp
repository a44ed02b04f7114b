// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountDialog.h"
#include "ErrorText.h"
#include "TestSupport.h"
#include "migration/Migration.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace twostep;

namespace {

// A 64-character base32 secret as the AWS console shows it.
const QString kAwsSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
const QString kAwsUri = QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=") +
                        kAwsSecret + QStringLiteral("&issuer=Amazon%20Web%20Services");

otp::Account account(const QString& issuer, const QString& name, const QString& base32)
{
    otp::Account result;
    result.issuer = issuer;
    result.name = name;
    result.secret = otp::decodeBase32(base32).value();
    return result;
}

// A screenshot of an AWS-style "Set up device" page: headings, instructions and the QR code.
QImage awsPage(const QString& uri)
{
    QImage page(1280, 800, QImage::Format_RGB32);
    page.fill(QColor(0xf2, 0xf3, 0xf3));
    QPainter painter(&page);
    painter.fillRect(0, 0, 1280, 48, QColor(0x23, 0x2f, 0x3e));
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(18);
    painter.setFont(font);
    painter.drawText(24, 32, QStringLiteral("aws   Services   Search"));
    painter.setPen(Qt::black);
    font.setPixelSize(26);
    painter.setFont(font);
    painter.drawText(80, 110, QStringLiteral("Set up device"));
    font.setPixelSize(15);
    painter.setFont(font);
    painter.drawText(80, 160, QStringLiteral("1. Install a compatible application such as Twostep on your device"));
    painter.drawText(80, 200, QStringLiteral("2. Open your authenticator app, choose Show QR code, and scan it"));
    const QImage qr = qr::encodeQr(uri, 4).value();
    painter.drawImage(120, 230, qr);
    painter.drawText(80, 230 + qr.height() + 40, QStringLiteral("3. Type two consecutive MFA codes below"));
    painter.drawText(80, 230 + qr.height() + 80, QStringLiteral("MFA code 1  [            ]"));
    painter.drawText(80, 230 + qr.height() + 120, QStringLiteral("MFA code 2  [            ]"));
    return page;
}

QListWidget* candidateList(const QWidget& dialog)
{
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("candidateList"));
    REQUIRE(list != nullptr);
    return list;
}

} // namespace

TEST_CASE("Add account finds the AWS account in a screenshot PNG of the console page", "[dialogs][add]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aws-page.png"));
    REQUIRE(awsPage(kAwsUri).save(path));

    ui::AddAccountDialog dialog({});
    dialog.show();
    QSignalSpy finished(&dialog, &ui::AddAccountDialog::scanFinished);
    dialog.addImageFile(path);
    REQUIRE(finished.count() == 1);
    CHECK(finished.at(0).at(0).toInt() == 1);

    const QList<otp::Account> chosen = dialog.accounts();
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0).issuer == QStringLiteral("Amazon Web Services"));
    CHECK(chosen.at(0).name == QStringLiteral("root@123456789012"));
    CHECK(chosen.at(0).secret == otp::decodeBase32(kAwsSecret).value());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("addButton"))->isEnabled());
}

TEST_CASE("Add account reports a file that is not an image, naming it", "[dialogs][add]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.png"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a picture");
    file.close();

    ui::AddAccountDialog dialog({});
    dialog.addImageFile(path);
    CHECK(dialog.accounts().isEmpty());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("scanStatusLabel"))->text().contains(QStringLiteral("notes.png")));
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("addButton"))->isEnabled());
}

TEST_CASE("Add account flags duplicates of existing accounts and does not add them twice", "[dialogs][add]")
{
    const otp::Account known =
        account(QStringLiteral("GitHub"), QStringLiteral("alice"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
    const otp::Account fresh =
        account(QStringLiteral("GitLab"), QStringLiteral("alice"), QStringLiteral("MFRGGZDFMZTWQ2LK"));
    const otp::Account renamed =
        account(QStringLiteral("Other"), QStringLiteral("bob"), QStringLiteral("GEZDGNBVGY3TQOJQ"));

    ui::AddAccountDialog dialog({known});
    dialog.show();
    // Three QRs on one image: one already in the vault, one new, and the new one again.
    QImage sheet(900, 300, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    painter.drawImage(10, 10, qr::encodeQr(otp::formatOtpauthUri(renamed), 4).value());
    painter.drawImage(310, 10, qr::encodeQr(otp::formatOtpauthUri(fresh), 4).value());
    painter.end();
    dialog.addImage(sheet);
    dialog.addText(otp::formatOtpauthUri(fresh));

    QListWidget* list = candidateList(dialog);
    REQUIRE(list->count() == 3);
    int duplicates = 0;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (!(item->flags() & Qt::ItemIsEnabled)) {
            ++duplicates;
            CHECK(item->checkState() == Qt::Unchecked);
        }
    }
    CHECK(duplicates == 2);
    CHECK(list->item(0)->text().contains(QStringLiteral("GitHub:alice")));
    const QList<otp::Account> chosen = dialog.accounts();
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0) == fresh);
}

TEST_CASE("Add account takes all accounts of a pasted transfer link, and the user can uncheck one", "[dialogs][add]")
{
    QList<otp::Account> batch;
    for (int i = 0; i < 3; ++i) {
        otp::Account entry = account(QStringLiteral("Service %1").arg(i), QStringLiteral("user%1").arg(i),
                                     QStringLiteral("JBSWY3DPEHPK3PX") + QChar(u'A' + i));
        batch.append(std::move(entry));
    }
    const migration::MigrationExport exported = migration::buildMigrationUris(batch);
    REQUIRE(exported.uris.size() == 1);

    auto* mime = new QMimeData;
    mime->setText(exported.uris.constFirst());
    QGuiApplication::clipboard()->setMimeData(mime);

    ui::AddAccountDialog dialog({});
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("pasteButton")), Qt::LeftButton);
    QListWidget* list = candidateList(dialog);
    REQUIRE(list->count() == 3);
    CHECK(dialog.accounts() == batch);

    list->item(1)->setCheckState(Qt::Unchecked);
    const QList<otp::Account> chosen = dialog.accounts();
    REQUIRE(chosen.size() == 2);
    CHECK(chosen.at(0) == batch.at(0));
    CHECK(chosen.at(1) == batch.at(2));
}

TEST_CASE("Add account pastes an image from the clipboard", "[dialogs][add]")
{
    QGuiApplication::clipboard()->setImage(awsPage(kAwsUri));
    ui::AddAccountDialog dialog({});
    dialog.pasteFromClipboard();
    const QList<otp::Account> chosen = dialog.accounts();
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0).name == QStringLiteral("root@123456789012"));
}

TEST_CASE("Manual entry validates base32 live and names the bad character", "[dialogs][add]")
{
    ui::AddAccountDialog dialog({});
    dialog.show();
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("sourceTabs"));
    tabs->setCurrentIndex(1);
    auto* issuer = dialog.findChild<QLineEdit*>(QStringLiteral("issuerLineEdit"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("secretErrorLabel"));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addButton"));
    REQUIRE(issuer != nullptr);
    REQUIRE(name != nullptr);
    REQUIRE(secret != nullptr);
    REQUIRE(error != nullptr);

    QTest::keyClicks(issuer, QStringLiteral("Amazon Web Services"));
    QTest::keyClicks(name, QStringLiteral("root@123456789012"));
    // '1' and '8' are not in the RFC 4648 alphabet; '1' comes first, at position 5.
    QTest::keyClicks(secret, QStringLiteral("JBSW1DPE8"));
    CHECK(error->text().contains(QStringLiteral("'1'")));
    CHECK(error->text().contains(QStringLiteral("position 5")));
    CHECK_FALSE(add->isEnabled());
    CHECK(dialog.accounts().isEmpty());

    secret->clear();
    QTest::keyClicks(secret, kAwsSecret.toLower());
    CHECK(error->text().isEmpty());
    CHECK(add->isEnabled());
    const QList<otp::Account> chosen = dialog.accounts();
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0).issuer == QStringLiteral("Amazon Web Services"));
    CHECK(chosen.at(0).secret == otp::decodeBase32(kAwsSecret).value());
    CHECK(chosen.at(0).parameters == otp::OtpParameters::totpDefaults());
}

TEST_CASE("Add account scans image files dropped on it", "[dialogs][add]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.png"));
    REQUIRE(awsPage(kAwsUri).save(path));

    ui::AddAccountDialog dialog({});
    dialog.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = dialog.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    const QList<otp::Account> chosen = dialog.accounts();
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0).name == QStringLiteral("root@123456789012"));
}

TEST_CASE("Add account names the transfer batches not scanned yet, until the last one is added", "[dialogs][add]")
{
    QList<otp::Account> accounts;
    for (int i = 0; i < 21; ++i) {
        accounts.append(account(QStringLiteral("Service %1").arg(i), QStringLiteral("user%1").arg(i),
                                QStringLiteral("JBSWY3DPEHPK3PX") + QChar(u'A' + i)));
    }
    const migration::MigrationExport exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 3);
    const std::int32_t batchId = migration::parseMigrationUri(exported.uris.at(0))->batchId;

    ui::AddAccountDialog dialog({});
    dialog.show();
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("scanStatusLabel"));
    REQUIRE(status != nullptr);
    // One QR image holding the first and the last batch.
    QImage page(1400, 600, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.drawImage(40, 40, qr::encodeQr(exported.uris.at(0), 4).value());
        painter.drawImage(720, 40, qr::encodeQr(exported.uris.at(2), 4).value());
    }
    dialog.addImage(page);
    REQUIRE(candidateList(dialog)->count() == 11);
    const QString secondMissing = ui::missingBatchesText({migration::MissingBatches{batchId, 3, {2}, 1}});
    CHECK(status->text().contains(secondMissing));
    CHECK(secondMissing.contains(QStringLiteral("2 of 3")));

    dialog.addText(exported.uris.at(1));
    CHECK(candidateList(dialog)->count() == 21);
    const QList<otp::Account> added = dialog.accounts(); // in the scanner's order of the codes
    REQUIRE(added.size() == 21);
    for (const otp::Account& expected : accounts) {
        CHECK(added.contains(expected));
    }
    CHECK_FALSE(status->text().contains(QStringLiteral("missing")));
}
