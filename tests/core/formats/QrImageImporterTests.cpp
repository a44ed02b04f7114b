// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"
#include "migration/Migration.h"
#include "otp/Base32.h"
#include "qr/QrEncoder.h"

#include <QBuffer>
#include <QPainter>

using namespace twostep;

namespace {

// A light "screenshot" holding the given QR codes side by side.
QByteArray screenshotWith(const QStringList& texts, const char* format)
{
    QImage canvas(1600, 900, QImage::Format_RGB32);
    canvas.fill(QColor(0xf4, 0xf5, 0xf7));
    QPainter painter(&canvas);
    int x = 60;
    for (const QString& text : texts) {
        Result<QImage> qr = qr::encodeQr(text, 5);
        REQUIRE(qr.ok());
        painter.drawImage(x, 200, *qr);
        x += qr->width() + 80;
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(canvas.save(&buffer, format));
    return bytes;
}

} // namespace

TEST_CASE("a screenshot of OTP QR codes imports as a QR image, transfer QRs included", "[formats][qr]")
{
    const char* format = GENERATE("PNG", "JPEG", "BMP");
    const QString uri = QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret="
                                       "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                                       "&issuer=Amazon%20Web%20Services");
    // From samples/google_migration.txt: pi@raspberrypi, secret 7KSQL2JTUDIS5EF65KLMRQIIGY.
    const QString transfer = QStringLiteral(
        "otpauth-migration://offline?data=CjUKEPqlBekzoNEukL7qlsjBCDYSDnBpQHJhc3BiZXJyeXBpGgtyYXNwYmVycnlwaSABKAEwAhAB"
        "GAEgACjr4JKK%2B%2F%2F%2F%2F%2F8B");
    const QByteArray image =
        screenshotWith({uri, QStringLiteral("https://example.com/not-a-secret"), transfer}, format);

    Result<const formats::Importer*> detected = formats::detectFormat(image);
    REQUIRE(detected.ok());
    CHECK((*detected)->name() == QStringLiteral("qr-image"));

    Result<formats::ImportResult> imported = formats::importData(image, nullptr);
    REQUIRE(imported.ok());
    REQUIRE(imported->accounts.size() == 2);
    const auto& aws = imported->accounts[0];
    CHECK(aws.issuer == QStringLiteral("Amazon Web Services"));
    CHECK(aws.name == QStringLiteral("alice@123456789012"));
    CHECK(otp::encodeBase32(aws.secret.bytes()).size() == 64);
    const auto& pi = imported->accounts[1];
    CHECK(pi.name == QStringLiteral("pi@raspberrypi"));
    CHECK(pi.issuer == QStringLiteral("raspberrypi"));
    CHECK(otp::encodeBase32(pi.secret.bytes()) == QStringLiteral("7KSQL2JTUDIS5EF65KLMRQIIGY"));
    REQUIRE(imported->skipped.size() == 1);
    CHECK(imported->skipped.first().contains(QStringLiteral("not an OTP code")));
}

TEST_CASE("an image without an OTP QR code imports nothing and says so", "[formats][qr]")
{
    const QByteArray image = screenshotWith({QStringLiteral("WIFI:S:home;T:WPA;P:secret;;")}, "PNG");
    Result<formats::ImportResult> imported = formats::importData(image, nullptr);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::NotFound);

    QByteArray truncated = screenshotWith({QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP")}, "PNG");
    truncated.truncate(40);
    Result<formats::ImportResult> damaged = formats::importData(truncated, nullptr);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == ErrorCode::CorruptFile);
}

TEST_CASE("a damaged OTP QR code among good ones is skipped; the good ones are imported", "[formats][qr]")
{
    const QByteArray image =
        screenshotWith({QStringLiteral("otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme"),
                        QStringLiteral("otpauth://totp/Broken:bad?secret=&issuer=Broken"),
                        QStringLiteral("otpauth://totp/Shop:bob?secret=DWVLFGJOK2PQA2JS&issuer=Shop")},
                       "PNG");
    Result<formats::ImportResult> imported = formats::importData(image, nullptr);
    REQUIRE(imported.ok());
    QStringList labels;
    for (const otp::Account& account : imported->accounts) {
        labels.append(account.label());
    }
    labels.sort();
    CHECK(labels == QStringList{QStringLiteral("Acme:alice"), QStringLiteral("Shop:bob")});
    REQUIRE(imported->skipped.size() == 1);
    CHECK(imported->skipped.first().startsWith(QStringLiteral("QR code ")));
    CHECK(imported->skipped.first().contains(QStringLiteral("damaged")));
    CHECK(imported->skipped.first().contains(QStringLiteral("secret")));
}

TEST_CASE("a screenshot of transfer QRs 1 and 3 of 3 imports their accounts and names batch 2", "[formats][qr]")
{
    const QList<otp::Account> accounts = test::numberedAccounts(21, QStringLiteral("Issuer"), 10);
    const migration::MigrationExport exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 3);
    const QByteArray image = screenshotWith({exported.uris.at(0), exported.uris.at(2)}, "PNG");

    Result<formats::ImportResult> imported = formats::importData(image, nullptr);
    REQUIRE(imported.ok());
    REQUIRE(imported->accounts.size() == 11);
    for (const otp::Account& account : accounts.mid(0, 10) + accounts.mid(20)) {
        CHECK(imported->accounts.contains(account)); // in the scanner's order of the codes
    }
    REQUIRE(imported->missingBatches.size() == 1);
    CHECK(imported->missingBatches.first().batchSize == 3);
    CHECK(imported->missingBatches.first().numbers == QList<int>{2});
    CHECK(imported->missingBatches.first().count == 1);
}
