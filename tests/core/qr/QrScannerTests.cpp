// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrTestImages.h"
#include "TestSupport.h"
#include "migration/Migration.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "qr/QrScanner.h"

#include <QFile>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::test;

namespace {

const QString kAwsUri =
    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret="
                   "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services");

QString uriNumber(int i)
{
    return QStringLiteral("otpauth://totp/Example%1:user%1@example.com?secret=JBSWY3DPEHPK3PX%2&issuer=Example%1")
        .arg(i)
        .arg(QChar(u'A' + i));
}

QStringList texts(const QList<qr::ScannedCode>& codes)
{
    QStringList result;
    for (const auto& code : codes) {
        result.append(code.text);
    }
    return result;
}

// A desktop of `size` with `qr` in a window at `where`.
QImage screenshotWith(QSize size, const QImage& qr, QPoint where, bool dark = false)
{
    QImage page = fakeScreenshot(size, dark);
    paste(page, qr, where);
    return page;
}

} // namespace

TEST_CASE("a clear QR in 1080p, 4K and 5K screenshots is found", "[qr]")
{
    const auto [width, height, module] =
        GENERATE(table<int, int, int>({{1920, 1080, 4}, {3840, 2160, 8}, {5120, 2880, 3}}));
    INFO(width << "x" << height << " module " << module);
    const QImage page = screenshotWith(QSize(width, height), qrImage(kAwsUri, module), QPoint(width / 2, height / 3));
    const auto codes = qr::scanImage(page);
    REQUIRE(codes.size() == 1);
    CHECK(codes[0].text == kAwsUri);
    CHECK(codes[0].isOtp);
}

TEST_CASE("a small QR on a 5K desktop is found", "[qr]")
{
    // 2 pixels a module: the size a QR in a small window has on a 5K display at 100 %.
    const QImage page = screenshotWith(QSize(5120, 2880), qrImage(kAwsUri, 2), QPoint(4000, 2300));
    CHECK(texts(qr::scanImage(page)) == QStringList{kAwsUri});
}

TEST_CASE("a QR with modules under two pixels at an odd offset on a 5K desktop is found at full size", "[qr]")
{
    // Half size blends each module with its neighbour here, so only the full-size pass reads it.
    const QImage page = screenshotWith(QSize(5120, 2880), qrImage(kAwsUri, 2), QPoint(4001, 2301));
    CHECK(texts(qr::scanImage(page)) == QStringList{kAwsUri});
    const QImage smaller = screenshotWith(QSize(5120, 2880), scaledImage(qrImage(kAwsUri, 3), 0.7), QPoint(3001, 1501));
    CHECK(texts(qr::scanImage(smaller)) == QStringList{kAwsUri});
}

TEST_CASE("noisy and low-contrast photos of a screen are read", "[qr]")
{
    const QImage small = screenshotWith(QSize(1280, 720), qrImage(kAwsUri, 3), QPoint(451, 121));
    const QImage large = screenshotWith(QSize(1280, 720), qrImage(kAwsUri, 5), QPoint(450, 120));
    CHECK(texts(qr::scanImage(noisyImage(small, 90))) == QStringList{kAwsUri});
    CHECK(texts(qr::scanImage(noisyImage(small, 120))) == QStringList{kAwsUri}); // needs the 2x enlargement
    CHECK(texts(qr::scanImage(noisyImage(large, 160))) == QStringList{kAwsUri}); // needs the box filter
    CHECK(texts(qr::scanImage(jpegRoundTrip(lowContrastImage(large), 50))) == QStringList{kAwsUri});
}

TEST_CASE("HiDPI 2x screenshots: scaled by 2 and by 1.5 with smoothing", "[qr]")
{
    const double factor = GENERATE(2.0, 1.5, 1.25);
    INFO("factor " << factor);
    const QImage page = screenshotWith(QSize(1280, 720), qrImage(kAwsUri, 3), QPoint(700, 200));
    CHECK(texts(qr::scanImage(scaledImage(page, factor))) == QStringList{kAwsUri});
}

TEST_CASE("JPEG-compressed screenshots are read", "[qr]")
{
    const int quality = GENERATE(75, 40, 20);
    INFO("quality " << quality);
    const QImage page = screenshotWith(QSize(1920, 1080), qrImage(kAwsUri, 3), QPoint(900, 400));
    CHECK(texts(qr::scanImage(jpegRoundTrip(page, quality))) == QStringList{kAwsUri});
}

TEST_CASE("dark mode: light modules on a dark page are read", "[qr]")
{
    const QImage page = screenshotWith(QSize(1920, 1080), invertedImage(qrImage(kAwsUri, 4)), QPoint(600, 300), true);
    const auto codes = qr::scanImage(page);
    REQUIRE(codes.size() == 1);
    CHECK(codes[0].text == kAwsUri);
    CHECK(qr::scanImage(jpegRoundTrip(page, 60)).size() == 1);
}

TEST_CASE("a QR turned by 90, 180 and 270 degrees is read", "[qr]")
{
    const int degrees = GENERATE(90, 180, 270);
    INFO(degrees << " degrees");
    const QImage page = screenshotWith(QSize(1280, 720), qrImage(kAwsUri, 4), QPoint(400, 150));
    CHECK(texts(qr::scanImage(rotatedImage(page, degrees))) == QStringList{kAwsUri});
}

TEST_CASE("a slightly tilted or blurred photo of a screen is read", "[qr]")
{
    const QImage page = screenshotWith(QSize(1280, 720), qrImage(kAwsUri, 5), QPoint(450, 120));
    SECTION("rotated by a few degrees")
    {
        const double degrees = GENERATE(-12.0, 5.0, 20.0);
        INFO(degrees << " degrees");
        CHECK(texts(qr::scanImage(rotatedImage(page, degrees))) == QStringList{kAwsUri});
    }
    SECTION("in perspective")
    {
        CHECK(texts(qr::scanImage(perspectiveImage(page, 0.12))) == QStringList{kAwsUri});
    }
    SECTION("blurred")
    {
        const int radius = GENERATE(1, 2, 3);
        INFO("radius " << radius);
        CHECK(texts(qr::scanImage(blurredImage(page, radius))) == QStringList{kAwsUri});
    }
    SECTION("tilted, blurred and JPEG-compressed at once")
    {
        const QImage photo = jpegRoundTrip(blurredImage(perspectiveImage(rotatedImage(page, 4), 0.08), 1), 60);
        CHECK(texts(qr::scanImage(photo)) == QStringList{kAwsUri});
    }
}

TEST_CASE("several QRs in one image come back once each, in reading order", "[qr]")
{
    QImage page = fakeScreenshot(QSize(2560, 1440));
    // Placed out of order on purpose; row 1: 0, 1, 2; row 2: 3, 4 (one of them twice).
    paste(page, qrImage(uriNumber(2), 3), QPoint(1900, 140));
    paste(page, qrImage(uriNumber(0), 4), QPoint(320, 100));
    paste(page, qrImage(uriNumber(1), 3), QPoint(1100, 180));
    paste(page, qrImage(uriNumber(4), 4), QPoint(1500, 800));
    paste(page, qrImage(uriNumber(3), 3), QPoint(400, 850));
    paste(page, qrImage(uriNumber(4), 3), QPoint(2100, 900));
    const QStringList expected{uriNumber(0), uriNumber(1), uriNumber(2), uriNumber(3), uriNumber(4)};
    CHECK(texts(qr::scanImage(page)) == expected);
}

TEST_CASE("a normal and a dark-mode QR in the same image are both found", "[qr]")
{
    QImage page = fakeScreenshot(QSize(1920, 1080));
    paste(page, qrImage(uriNumber(0), 4), QPoint(300, 200));
    paste(page, invertedImage(qrImage(uriNumber(1), 4)), QPoint(1200, 300));
    CHECK(texts(qr::scanImage(page)) == QStringList{uriNumber(0), uriNumber(1)});
}

TEST_CASE("a QR touching the image edge is read", "[qr]")
{
    const int module = 4;
    const QImage qr = qrImage(kAwsUri, module);
    const int quiet = 4 * module;
    const auto corner = GENERATE(0, 1, 2, 3);
    QImage page = fakeScreenshot(QSize(1000, 700));
    const QPoint where[] = {QPoint(-quiet, -quiet), QPoint(page.width() - qr.width() + quiet, -quiet),
                            QPoint(-quiet, page.height() - qr.height() + quiet),
                            QPoint(page.width() - qr.width() + quiet, page.height() - qr.height() + quiet)};
    paste(page, qr, where[corner]);
    INFO("corner " << corner);
    CHECK(texts(qr::scanImage(page)) == QStringList{kAwsUri});
    // Cropped exactly to the modules, nothing around them.
    CHECK(texts(qr::scanImage(qr.copy(quiet, quiet, qr.width() - 2 * quiet, qr.height() - 2 * quiet))) ==
          QStringList{kAwsUri});
}

TEST_CASE("a QR on a transparent background is read", "[qr]")
{
    const QImage qr = qrImage(kAwsUri, 4);
    QImage transparent(qr.size(), QImage::Format_ARGB32);
    for (int y = 0; y < qr.height(); ++y) {
        for (int x = 0; x < qr.width(); ++x) {
            transparent.setPixel(x, y, qGray(qr.pixel(x, y)) < 128 ? qRgba(0, 0, 0, 255) : qRgba(0, 0, 0, 0));
        }
    }
    CHECK(texts(qr::scanImage(transparent)) == QStringList{kAwsUri});
}

TEST_CASE("non-OTP QR codes are reported as such", "[qr]")
{
    QImage page = fakeScreenshot(QSize(1280, 720));
    paste(page, qrImage(QStringLiteral("https://example.com/login"), 4), QPoint(300, 200));
    paste(page, qrImage(kAwsUri, 4), QPoint(800, 200));
    const auto codes = qr::scanImage(page);
    REQUIRE(codes.size() == 2);
    CHECK(codes[0].text == QStringLiteral("https://example.com/login"));
    CHECK_FALSE(codes[0].isOtp);
    CHECK(codes[1].isOtp);
}

TEST_CASE("images without a QR give an empty list", "[qr]")
{
    CHECK(qr::scanImage(QImage()).isEmpty());
    CHECK(qr::scanImage(fakeScreenshot(QSize(1920, 1080))).isEmpty());
    CHECK(qr::scanImage(fakeScreenshot(QSize(1920, 1080), true)).isEmpty());
}

TEST_CASE("encode then scan round trip for 100 random accounts", "[qr]")
{
    QRandomGenerator random(4242);
    for (int i = 0; i < 100; ++i) {
        otp::Account account;
        account.issuer = i % 5 == 0 ? QString() : QStringLiteral("Issuer %1 & Co").arg(random.bounded(100000));
        account.name = QString::fromUtf8("user%1+tag@例え.jp").arg(i);
        const int digits = 6 + static_cast<int>(random.bounded(5));
        const auto type = i % 4 == 0 ? otp::OtpType::Hotp : otp::OtpType::Totp;
        const auto algorithm = std::array{otp::Algorithm::Sha1, otp::Algorithm::Sha256,
                                          otp::Algorithm::Sha512}[static_cast<std::size_t>(i) % 3];
        auto parameters =
            otp::OtpParameters::create(type, algorithm, digits, 15 + random.bounded(100), random.generate64() >> 1);
        REQUIRE(parameters.ok());
        account.parameters = *parameters;
        account.secret = SecretBytes(static_cast<std::size_t>(10 + random.bounded(54)));
        for (auto& byte : account.secret.bytes()) {
            byte = static_cast<std::uint8_t>(random.bounded(256));
        }
        const QString uri = otp::formatOtpauthUri(account);
        const auto codes = qr::scanImage(qrImage(uri, 2 + i % 3));
        REQUIRE(codes.size() == 1);
        REQUIRE(codes[0].text == uri);
        auto parsed = otp::parseOtpauthUri(codes[0].text);
        REQUIRE(parsed.ok());
        CHECK(parsed->account == account);
    }
}

TEST_CASE("transfer QRs survive encode and scan", "[qr]")
{
    QList<otp::Account> accounts;
    for (int i = 0; i < 10; ++i) {
        otp::Account account;
        account.issuer = QStringLiteral("Service %1").arg(i);
        account.name = QStringLiteral("someone@example.com");
        account.secret = SecretBytes(static_cast<std::size_t>(20));
        account.secret.data()[0] = static_cast<std::uint8_t>(i);
        accounts.append(account);
    }
    const auto exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 1);
    const auto codes = qr::scanImage(qrImage(exported.uris[0], 3));
    REQUIRE(codes.size() == 1);
    CHECK(codes[0].isOtp);
    auto batch = migration::parseMigrationUri(codes[0].text);
    REQUIRE(batch.ok());
    CHECK(batch->accounts == accounts);
}

TEST_CASE("a full transfer batch of ten AWS accounts still fits one readable QR", "[qr]")
{
    QList<otp::Account> accounts;
    for (int i = 0; i < migration::kMaxAccountsPerBatch; ++i) {
        otp::Account account;
        account.issuer = QStringLiteral("Amazon Web Services");
        account.name = QStringLiteral("administrator-%1@123456789012").arg(i);
        account.secret = SecretBytes(static_cast<std::size_t>(40)); // 64 base32 characters, as AWS issues
        QRandomGenerator(static_cast<quint32>(i)).fillRange(reinterpret_cast<quint32*>(account.secret.data()), 10);
        accounts.append(account);
    }
    const auto exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 1);
    // Shown 2x on a 1080p screen, as an export dialog would.
    QImage page = fakeScreenshot(QSize(1920, 1080));
    paste(page, qrImage(exported.uris[0], 4), QPoint(500, 100));
    const auto codes = qr::scanImage(jpegRoundTrip(page, 80));
    REQUIRE(codes.size() == 1);
    auto batch = migration::parseMigrationUri(codes[0].text);
    REQUIRE(batch.ok());
    CHECK(batch->accounts == accounts);
}

TEST_CASE("scanImageFile reads PNG, JPEG, BMP and WebP files and names files it cannot read", "[qr]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QImage page = screenshotWith(QSize(800, 600), qrImage(kAwsUri, 4), QPoint(200, 100));
    QList<QByteArray> formats{"png", "jpg", "bmp"};
    if (QImageWriter::supportedImageFormats().contains("webp")) {
        formats.append("webp");
    }
    for (const QByteArray& format : formats) {
        INFO(format.toStdString());
        const QString path = dir.filePath(QStringLiteral("shot.") + QString::fromLatin1(format));
        REQUIRE(page.save(path));
        auto codes = qr::scanImageFile(path);
        REQUIRE(codes.ok());
        CHECK(texts(*codes) == QStringList{kAwsUri});
    }
    // A PNG with a misleading suffix is read by its content.
    const QString misnamed = dir.filePath(QStringLiteral("shot.txt"));
    REQUIRE(page.save(misnamed, "PNG"));
    CHECK(qr::scanImageFile(misnamed).ok());

    const QString text = dir.filePath(QStringLiteral("notes.png"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n");
    file.close();
    auto notImage = qr::scanImageFile(text);
    REQUIRE_FALSE(notImage.ok());
    CHECK(notImage.error().code == ErrorCode::InvalidInput);
    CHECK(notImage.error().detail.contains(QStringLiteral("not an image")));
    CHECK(notImage.error().detail.contains(text));

    auto missing = qr::scanImageFile(dir.filePath(QStringLiteral("missing.png")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::IoError);
}
