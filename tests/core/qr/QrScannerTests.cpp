// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrTestImages.h"
#include "TestSupport.h"
#include "migration/Migration.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "qr/QrScanner.h"

#include <QBuffer>
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

TEST_CASE("a mid-grey QR on a light-grey card in a white page is read", "[qr]")
{
    const auto [width, height, module, dark, light] =
        GENERATE(table<int, int, int, int, int>({{1920, 1080, 4, 170, 190},
                                                 {1920, 1080, 3, 180, 200},
                                                 {3840, 2160, 8, 175, 195},
                                                 {5120, 2880, 6, 200, 218},
                                                 {1920, 1080, 3, 200, 218},
                                                 {5120, 2880, 6, 180, 200}}));
    INFO(width << "x" << height << " module " << module << " grey " << dark << " on " << light);
    const QImage page = greyCardScreenshot(QSize(width, height), kAwsUri, module, dark, light);
    CHECK(texts(qr::scanImage(page)) == QStringList{kAwsUri});
    CHECK(texts(qr::scanImage(jpegRoundTrip(page, 85))) == QStringList{kAwsUri});
}

TEST_CASE("a QR cut off at the screen edge by about one module is read", "[qr]")
{
    const auto [module, cut, side] = GENERATE(table<int, int, int>({{4, 4, 0},
                                                                    {4, 4, 1},
                                                                    {4, 4, 2},
                                                                    {4, 4, 3},
                                                                    {4, 3, 1},
                                                                    {4, 5, 2},
                                                                    {6, 6, 0},
                                                                    {3, 3, 3},
                                                                    {8, 7, 1},
                                                                    {8, 8, 1},
                                                                    {8, 7, 0},
                                                                    {8, 9, 1},
                                                                    {6, 5, 3}}));
    INFO("module " << module << " cut " << cut << " px on side " << side);
    const QImage qr = qrImage(kAwsUri, module);
    const int quiet = 4 * module;
    QImage page = fakeScreenshot(QSize(1920, 1080));
    // side: 0 left, 1 right, 2 top, 3 bottom
    const QPoint where[] = {QPoint(-quiet - cut, 300), QPoint(page.width() - qr.width() + quiet + cut, 500),
                            QPoint(700, -quiet - cut), QPoint(900, page.height() - qr.height() + quiet + cut)};
    paste(page, qr, where[side]);
    CHECK(texts(qr::scanImage(page)) == QStringList{kAwsUri});
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

TEST_CASE("scanImageFile reads grey, palette, 16-bit and transparent PNGs and grey JPEGs", "[qr]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QImage page = screenshotWith(QSize(640, 480), qrImage(kAwsUri, 3), QPoint(150, 60));
    QImage transparent(page.size(), QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    paste(transparent, qrImage(kAwsUri, 3), QPoint(150, 60));
    const std::pair<const char*, QImage> cases[] = {
        {"grey", page.convertToFormat(QImage::Format_Grayscale8)},
        {"palette", page.convertToFormat(QImage::Format_Indexed8)},
        {"rgb16", page.convertToFormat(QImage::Format_RGBX64)},
        {"transparent", transparent.convertToFormat(QImage::Format_ARGB32)},
    };
    for (const auto& [name, image] : cases) {
        INFO(name);
        const QString path = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
        REQUIRE(image.save(path, "PNG"));
        const auto codes = qr::scanImageFile(path);
        REQUIRE(codes.ok());
        CHECK(texts(*codes) == QStringList{kAwsUri});
    }
    const QString greyJpeg = dir.filePath(QStringLiteral("grey.jpg"));
    REQUIRE(page.convertToFormat(QImage::Format_Grayscale8).save(greyJpeg, "JPEG", 80));
    CHECK(texts(qr::scanImageFile(greyJpeg).value()) == QStringList{kAwsUri});
}

TEST_CASE("scanImageFile refuses image dimensions over the bound before decoding and names the file", "[qr]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(qrImage(kAwsUri, 2).save(&buffer, "JPEG"));
    }
    // The frame header (SOF0) claims 60000 x 60000 pixels: 3.6 billion, a few hundred bytes of file.
    const qsizetype sof = jpeg.indexOf(QByteArray::fromHex("ffc0"));
    REQUIRE(sof > 0);
    jpeg[sof + 5] = char(0xea);
    jpeg[sof + 6] = char(0x60);
    jpeg[sof + 7] = char(0xea);
    jpeg[sof + 8] = char(0x60);
    const QString path = dir.filePath(QStringLiteral("huge.jpg"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(jpeg);
    file.close();
    const auto result = qr::scanImageFile(path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::LimitExceeded);
    CHECK(result.error().detail.contains(path));
    CHECK(result.error().detail.contains(QStringLiteral("60000 x 60000")));
}

TEST_CASE("a PNG whose header claims a side over the bound is refused as too large, like any format", "[qr]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray png;
    {
        QBuffer buffer(&png);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(qrImage(kAwsUri, 2).save(&buffer, "PNG"));
    }
    for (const auto& [width, height] : {std::pair{40000U, 40000U}, std::pair{1U, 1000000U}}) {
        // IHDR's width and height, big-endian at bytes 16 and 20 of the file.
        QByteArray claimed = png;
        for (int i = 0; i < 4; ++i) {
            claimed[16 + i] = static_cast<char>((width >> (24 - 8 * i)) & 0xff);
            claimed[20 + i] = static_cast<char>((height >> (24 - 8 * i)) & 0xff);
        }
        const QString path = dir.filePath(QStringLiteral("huge.png"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(claimed);
        file.close();
        const auto result = qr::scanImageFile(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::LimitExceeded);
        CHECK(result.error().detail.contains(QStringLiteral("%1 x %2").arg(width).arg(height)));
    }
}

namespace {

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

} // namespace

TEST_CASE("isImage knows an image by its content, not by its name", "[qr][image]")
{
    const QImage image = qrImage(QStringLiteral("otpauth://totp/a?secret=GEZDGNBV"), 4);
    for (const char* format : {"PNG", "JPEG", "BMP", "WEBP", "TIFF"}) {
        INFO(format);
        CHECK(qr::isImage(encoded(image, format)));
    }
    // Qt reads GIF but does not write it: a 1x1 GIF89a.
    CHECK(qr::isImage(QByteArray::fromHex("4749463839610100010080000000ffffff0000002c00000000010001000002024401003b")));
    CHECK_FALSE(qr::isImage(QByteArray()));
    CHECK_FALSE(qr::isImage(QByteArrayLiteral("otpauth://totp/a?secret=GEZDGNBV\n")));
    QFile andOtp(samplesDir() + QStringLiteral("/andotp_encrypted.bin"));
    REQUIRE(andOtp.open(QIODevice::ReadOnly));
    CHECK_FALSE(qr::isImage(andOtp.readAll()));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pngNamedText = dir.filePath(QStringLiteral("codes.txt"));
    const QString textNamedPng = dir.filePath(QStringLiteral("codes.png"));
    QFile png(pngNamedText);
    REQUIRE(png.open(QIODevice::WriteOnly));
    png.write(encoded(image, "PNG"));
    png.close();
    QFile text(textNamedPng);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("otpauth://totp/a?secret=GEZDGNBV\n");
    text.close();
    CHECK(qr::isImageFile(pngNamedText));
    CHECK_FALSE(qr::isImageFile(textNamedPng));
    CHECK_FALSE(qr::isImageFile(dir.path()));
    CHECK_FALSE(qr::isImageFile(dir.filePath(QStringLiteral("missing.png"))));
}
