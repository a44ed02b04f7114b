// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "qr/QrEncoder.h"
#include "qr/QrScanner.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace twostep;

namespace {

const QString kUri = QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP&issuer=GitHub");

// Draws terminal text back as pixels: the drawn half blocks light and spaces dark (a dark
// terminal), or the other way round.
QImage imageFromTerminal(const QString& drawing, int pixels, bool lightBackground = false)
{
    const QStringList lines = drawing.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QImage image(static_cast<int>(lines.first().size()) * pixels, static_cast<int>(lines.size()) * 2 * pixels,
                 QImage::Format_Grayscale8);
    image.fill(lightBackground ? 255 : 0);
    const QColor glyph = lightBackground ? Qt::black : Qt::white;
    QPainter painter(&image);
    for (int row = 0; row < lines.size(); ++row) {
        for (int column = 0; column < lines[row].size(); ++column) {
            const char16_t c = lines[row][column].unicode();
            const bool top = c == 0x2588 || c == 0x2580;
            const bool bottom = c == 0x2588 || c == 0x2584;
            if (top) {
                painter.fillRect(column * pixels, row * 2 * pixels, pixels, pixels, glyph);
            }
            if (bottom) {
                painter.fillRect(column * pixels, (row * 2 + 1) * pixels, pixels, pixels, glyph);
            }
        }
    }
    return image;
}

// Rasterizes our SVG's path ("M x y h n v1 h-n z" runs) to check its geometry decodes.
QImage imageFromSvg(const QByteArray& svg, int pixels)
{
    QXmlStreamReader xml(svg);
    int size = 0;
    QString path;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("svg")) {
                size =
                    xml.attributes().value(QLatin1String("viewBox")).toString().split(QLatin1Char(' ')).at(2).toInt();
            } else if (xml.name() == QLatin1String("path")) {
                path = xml.attributes().value(QLatin1String("d")).toString();
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(size > 21);
    QImage image(size * pixels, size * pixels, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z"));
    int runs = 0;
    for (const auto& match : run.globalMatch(path)) {
        painter.fillRect(match.captured(1).toInt() * pixels, match.captured(2).toInt() * pixels,
                         match.captured(3).toInt() * pixels, pixels, Qt::black);
        ++runs;
    }
    REQUIRE(runs > 20);
    return image;
}

QStringList texts(const QList<qr::ScannedCode>& codes)
{
    QStringList result;
    for (const auto& code : codes) {
        result.append(code.text);
    }
    return result;
}

} // namespace

TEST_CASE("encodeQr draws modules of the size asked with a 4-module quiet zone", "[qr][encode]")
{
    const int module = GENERATE(1, 3, 8);
    auto image = qr::encodeQr(kUri, module);
    REQUIRE(image.ok());
    // The 68-byte URI needs version 5 (37 modules) at level M (version 4 holds 62 bytes); plus 2 x 4 quiet modules.
    CHECK(image->width() == (37 + 8) * module);
    CHECK(image->height() == image->width());
    for (int i = 0; i < 4 * module; ++i) {
        CHECK(qGray(image->pixel(i, i)) == 255);
    }
    // The top left finder pattern starts right after the quiet zone.
    CHECK(qGray(image->pixel(4 * module, 4 * module)) == 0);
    if (module >= 2) {
        CHECK(texts(qr::scanImage(*image)) == QStringList{kUri});
    }
}

TEST_CASE("raw UTF-8 text survives encode and scan", "[qr][encode]")
{
    const QString text = QString::fromUtf8("otpauth://totp/\xED\x85\x8C\xEC\x8A\xA4\xED\x8A\xB8:"
                                           "\xC2\xBF\xC3\xA4\xC3\x84?secret=JBSWY3DPEHPK3PXP");
    auto image = qr::encodeQr(text, 4);
    REQUIRE(image.ok());
    CHECK(texts(qr::scanImage(*image)) == QStringList{text});
}

TEST_CASE("encodeQr rejects what cannot be a QR", "[qr][encode]")
{
    CHECK(qr::encodeQr(QString()).error().code == ErrorCode::InvalidInput);
    CHECK(qr::encodeQr(kUri, 0).error().code == ErrorCode::InvalidInput);
    CHECK(qr::encodeQr(kUri, 65).error().code == ErrorCode::InvalidInput);
    auto tooLong = qr::encodeQr(QString(3000, QLatin1Char('x')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().detail.contains(QStringLiteral("too long")));
    // 2,331 bytes is the largest binary payload of version 40 at level M.
    CHECK(qr::encodeQr(QString(2331, QLatin1Char('x')), 1).ok());
}

TEST_CASE("the terminal drawing reads back as the same QR", "[qr][encode]")
{
    auto drawing = qr::encodeQrTerminal(kUri);
    REQUIRE(drawing.ok());
    const QStringList lines = drawing->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == (37 + 8 + 1) / 2);
    for (const QString& line : lines) {
        CHECK(line.size() == 37 + 8);
    }
    CHECK(lines.first() == QString(45, QChar(0x2588))); // quiet zone: drawn light
    CHECK(texts(qr::scanImage(imageFromTerminal(*drawing, 4))) == QStringList{kUri});

    auto light = qr::encodeQrTerminal(kUri, true);
    REQUIRE(light.ok());
    CHECK(light->split(QLatin1Char('\n')).first().trimmed().isEmpty()); // quiet zone: blank
    CHECK(texts(qr::scanImage(imageFromTerminal(*light, 4, true))) == QStringList{kUri});
}

TEST_CASE("the SVG is well-formed and its path reads back as the same QR", "[qr][encode]")
{
    auto svg = qr::encodeQrSvg(kUri);
    REQUIRE(svg.ok());
    CHECK(svg->startsWith("<?xml"));
    CHECK(svg->contains("viewBox=\"0 0 45 45\""));
    CHECK(texts(qr::scanImage(imageFromSvg(*svg, 6))) == QStringList{kUri});
}

TEST_CASE("saveQr writes PNG and SVG files with mode 0600 and refuses other suffixes", "[qr][encode]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char* name : {"code.png", "CODE.PNG", "code.svg"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        REQUIRE(qr::saveQr(kUri, path).ok());
        const QFileInfo info(path);
        CHECK(info.permissions() ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
    auto png = qr::scanImageFile(dir.filePath(QStringLiteral("code.png")));
    REQUIRE(png.ok());
    CHECK(texts(*png) == QStringList{kUri});
    QFile svgFile(dir.filePath(QStringLiteral("code.svg")));
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    CHECK(texts(qr::scanImage(imageFromSvg(svgFile.readAll(), 4))) == QStringList{kUri});

    const Status other = qr::saveQr(kUri, dir.filePath(QStringLiteral("code.gif")));
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::InvalidInput);
    const Status unwritable = qr::saveQr(kUri, dir.filePath(QStringLiteral("missing/dir/code.png")));
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().code == ErrorCode::IoError);
}

TEST_CASE("saveQr never replaces an existing file: the QR is the secret", "[qr][encode]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char* name : {"kept.png", "kept.svg"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the user's own file\n");
        file.close();
        const Status saved = qr::saveQr(kUri, path);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == ErrorCode::InvalidInput);
        CHECK(saved.error().detail.contains(QStringLiteral("already exists")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("the user's own file\n"));
    }
}

TEST_CASE("librsvg, another SVG renderer, draws our SVG into a readable QR", "[qr][encode]")
{
    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    if (rsvg.isEmpty()) {
        TWOSTEP_SKIP("rsvg-convert (librsvg2-bin) is not installed: cross-check skipped");
    }
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("code.svg"));
    const QString png = dir.filePath(QStringLiteral("code.png"));
    REQUIRE(qr::saveQr(kUri, svg).ok());
    const test::ProcessResult result =
        test::runProcess(rsvg, {QStringLiteral("--background-color=white"), QStringLiteral("-o"), png, svg});
    REQUIRE(result.exitCode == 0);
    auto codes = qr::scanImageFile(png);
    REQUIRE(codes.ok());
    CHECK(texts(*codes) == QStringList{kUri});
}

TEST_CASE("zbarimg, another decoder, reads our PNG", "[qr][encode]")
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        TWOSTEP_SKIP("zbarimg (zbar-tools) is not installed: cross-check skipped");
    }
    QTemporaryDir dir;
    const QString uri =
        QString::fromUtf8("otpauth://totp/%ED%85%8C%EC%8A%A4%ED%8A%B8:%EC%82%AC%EC%9A%A9%EC%9E%90"
                          "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=%ED%85%8C%EC%8A%A4%ED%8A%B8");
    for (const QString& text : {kUri, uri}) {
        const QString path = dir.filePath(QStringLiteral("zbar-%1.png").arg(text.size()));
        REQUIRE(qr::saveQr(text, path).ok());
        const test::ProcessResult result =
            test::runProcess(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), path});
        CHECK(result.exitCode == 0);
        CHECK(QString::fromUtf8(result.out).trimmed() == text);
    }
}

TEST_CASE("saveQr never writes through a symlink at the path, dangling or not", "[qr][encode]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char* name : {"code.png", "code.svg"}) {
        const QString target = dir.filePath(QStringLiteral("target-") + QString::fromLatin1(name));
        const QString link = dir.filePath(QString::fromLatin1(name));
        REQUIRE(QFile::link(target, link));
        const Status saved = qr::saveQr(kUri, link);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == ErrorCode::InvalidInput);
        CHECK(saved.error().detail.contains(QStringLiteral("already exists")));
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK(QFileInfo(link).isSymLink());
    }
}
