// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrScanner.h"

#include "common/FileIo.h"
#include "otp/OtpauthUri.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPolygonF>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cmath>

namespace twostep::qr {

namespace {

constexpr int kPadding = 16;
// Images whose shorter side has at least this many pixels are scanned at half size first.
constexpr int kHalfScaleMinSide = 1400;
// Only images up to this shorter side are tried enlarged 2x (the last resort).
constexpr int kMaxUpscaleSide = 1440;
// Screenshots and photos of QR codes are a few MiB; a file beyond this is not one.
constexpr qint64 kMaxImageFileBytes = 64LL * 1024 * 1024;
constexpr qint64 kImageHeadBytes = 4096; // enough for every image plugin's signature check

bool startsWith(const QByteArray& data, QByteArrayView magic, qsizetype offset = 0)
{
    return data.mid(offset, magic.size()) == magic;
}

bool hasImageMagic(const QByteArray& data)
{
    return startsWith(data, "\x89PNG\r\n\x1a\n") || startsWith(data, "\xff\xd8\xff") || startsWith(data, "BM") ||
           startsWith(data, "GIF8") || (startsWith(data, "RIFF") && startsWith(data, "WEBP", 8));
}

bool hasSignedImageFormat(const QByteArray& data)
{
    QByteArray head = data.left(kImageHeadBytes);
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    return !format.isEmpty() && format != "tga" && format != "wbmp";
}

struct Found
{
    QString text;
    QRectF box; // in the original image's coordinates
};

class Collector final
{
public:
    void add(const ZXing::Result& result, const QRectF& box)
    {
        const std::string utf8 = result.text();
        add(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())), box);
    }
    void add(const QString& text, const QRectF& box)
    {
        if (text.isEmpty()) {
            return;
        }
        for (const Found& found : m_found) {
            if (found.text == text) {
                return;
            }
        }
        m_found.append({text, box});
    }
    qsizetype count() const { return m_found.size(); }

    // Top to bottom in rows, left to right within a row; a row is codes whose boxes overlap vertically.
    QList<ScannedCode> inReadingOrder()
    {
        std::sort(m_found.begin(), m_found.end(),
                  [](const Found& a, const Found& b) { return a.box.center().y() < b.box.center().y(); });
        QList<ScannedCode> codes;
        qsizetype rowStart = 0;
        while (rowStart < m_found.size()) {
            qsizetype rowEnd = rowStart + 1;
            double rowBottom = m_found[rowStart].box.bottom();
            while (rowEnd < m_found.size() && m_found[rowEnd].box.center().y() < rowBottom) {
                rowBottom = std::max(rowBottom, m_found[rowEnd].box.bottom());
                ++rowEnd;
            }
            std::sort(m_found.begin() + rowStart, m_found.begin() + rowEnd,
                      [](const Found& a, const Found& b) { return a.box.center().x() < b.box.center().x(); });
            for (qsizetype i = rowStart; i < rowEnd; ++i) {
                const QString& text = m_found[i].text;
                codes.append({text, otp::isOtpauthUri(text) || otp::isMigrationUri(text)});
            }
            rowStart = rowEnd;
        }
        return codes;
    }

private:
    QList<Found> m_found;
};

ZXing::DecodeHints hints(ZXing::Binarizer binarizer)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(false); // QR detection is rotation-invariant already
    hints.setTryDownscale(true);
    hints.setBinarizer(binarizer);
    hints.setMaxNumberOfSymbols(0xff);
    return hints;
}

// An 8-bit gray image with a white border of kPadding pixels, so that a code touching the image
// edge still has a quiet zone; `scale` maps original coordinates to this image's.
struct GrayImage
{
    QImage pixels; // Format_Grayscale8
    double scale = 1.0;

    QPointF toOriginal(QPointF point) const { return (point - QPointF(kPadding, kPadding)) / scale; }
};

// ITU-R BT.601 luma of a sum of `n` pixels' channels, 12-bit fixed point (n = 1 or 4).
// Channels are 0..255 (summed: 0..1020), so every step fits in int with room to spare.
inline uchar luma(int red, int green, int blue, int shift)
{
    return static_cast<uchar>((306 * red + 601 * green + 117 * blue + (512 << shift)) >> (10 + shift));
}

// Gray from RGB at full or half size (2x2 average), transparent pixels as white (a QR saved on
// transparency), in one pass over the source.
GrayImage makeGray(const QImage& image, int factor)
{
    QImage source = image;
    // Premultiplied colour over white is colour + (255 - alpha): RGB32 after that is exact.
    if (image.hasAlphaChannel()) {
        source = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const QImage premultiplied = source;
        source = QImage(premultiplied.size(), QImage::Format_RGB32);
        for (int y = 0; y < source.height(); ++y) {
            const auto* in = reinterpret_cast<const QRgb*>(premultiplied.constScanLine(y));
            auto* out = reinterpret_cast<QRgb*>(source.scanLine(y));
            for (int x = 0; x < source.width(); ++x) {
                const int white = 255 - qAlpha(in[x]);
                out[x] = qRgb(qRed(in[x]) + white, qGreen(in[x]) + white, qBlue(in[x]) + white);
            }
        }
    } else if (image.format() != QImage::Format_RGB32) {
        source = image.convertToFormat(QImage::Format_RGB32);
    }
    const int width = source.width() / factor;
    const int height = source.height() / factor;
    GrayImage gray;
    gray.scale = 1.0 / factor;
    gray.pixels = QImage(width + 2 * kPadding, height + 2 * kPadding, QImage::Format_Grayscale8);
    gray.pixels.fill(255);
    for (int y = 0; y < height; ++y) {
        uchar* out = gray.pixels.scanLine(y + kPadding) + kPadding;
        const auto* top = reinterpret_cast<const QRgb*>(source.constScanLine(y * factor));
        if (factor == 1) {
            for (int x = 0; x < width; ++x) {
                out[x] = luma(qRed(top[x]), qGreen(top[x]), qBlue(top[x]), 0);
            }
            continue;
        }
        const auto* bottom = reinterpret_cast<const QRgb*>(source.constScanLine(y * factor + 1));
        for (qsizetype x = 0; x < width; ++x) {
            const QRgb a = top[2 * x];
            const QRgb b = top[2 * x + 1];
            const QRgb c = bottom[2 * x];
            const QRgb d = bottom[2 * x + 1];
            out[x] = luma(qRed(a) + qRed(b) + qRed(c) + qRed(d), qGreen(a) + qGreen(b) + qGreen(c) + qGreen(d),
                          qBlue(a) + qBlue(b) + qBlue(c) + qBlue(d), 2);
        }
    }
    return gray;
}

GrayImage inverted(const GrayImage& gray)
{
    GrayImage result = gray;
    result.pixels.invertPixels();
    return result;
}

GrayImage resized(const GrayImage& gray, double factor)
{
    const QImage inner =
        gray.pixels.copy(kPadding, kPadding, gray.pixels.width() - 2 * kPadding, gray.pixels.height() - 2 * kPadding);
    const QImage scaledInner = inner.scaled(qRound(inner.width() * factor), qRound(inner.height() * factor),
                                            Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    GrayImage result;
    result.scale = gray.scale * factor;
    result.pixels =
        QImage(scaledInner.width() + 2 * kPadding, scaledInner.height() + 2 * kPadding, QImage::Format_Grayscale8);
    result.pixels.fill(gray.pixels.constScanLine(0)[0]);
    for (int y = 0; y < scaledInner.height(); ++y) {
        std::copy_n(scaledInner.constScanLine(y), scaledInner.width(), result.pixels.scanLine(y + kPadding) + kPadding);
    }
    return result;
}

// 3x3 box filter (the border stays as it is): suppresses sensor and compression noise.
GrayImage boxFiltered(const GrayImage& gray)
{
    GrayImage result = gray;
    const int w = gray.pixels.width();
    for (int y = 1; y < gray.pixels.height() - 1; ++y) {
        const uchar* above = gray.pixels.constScanLine(y - 1);
        const uchar* line = gray.pixels.constScanLine(y);
        const uchar* below = gray.pixels.constScanLine(y + 1);
        uchar* out = result.pixels.scanLine(y);
        for (int x = 1; x < w - 1; ++x) {
            const int sum = above[x - 1] + above[x] + above[x + 1] + line[x - 1] + line[x] + line[x + 1] +
                            below[x - 1] + below[x] + below[x + 1];
            out[x] = static_cast<uchar>(sum / 9);
        }
    }
    return result;
}

void scanPass(const GrayImage& gray, Collector& collector, ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage)
{
    const ZXing::ImageView view(gray.pixels.constBits(), gray.pixels.width(), gray.pixels.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(gray.pixels.bytesPerLine()));
    for (const auto& result : ZXing::ReadBarcodes(view, hints(binarizer))) {
        if (!result.isValid()) {
            continue;
        }
        QPolygonF corners;
        for (const auto& point : result.position()) {
            corners.append(gray.toOriginal(QPointF(point.x, point.y)));
        }
        collector.add(result, corners.boundingRect());
    }
}

} // namespace

QList<ScannedCode> scanImage(const QImage& image)
{
    if (image.isNull() || image.width() < 8 || image.height() < 8) {
        return {};
    }
    Collector collector;
    // Large screenshots are mostly HiDPI: half size keeps two or more pixels a module and is four
    // times less work. Dark mode needs the inverted pass: ZXing 1.4 has no inversion of its own.
    const int factor = std::min(image.width(), image.height()) >= kHalfScaleMinSide ? 2 : 1;
    const GrayImage gray = makeGray(image, factor);
    scanPass(gray, collector);
    scanPass(inverted(gray), collector);
    if (collector.count() > 0) {
        return collector.inReadingOrder();
    }
    // Modules under two pixels: full resolution.
    const GrayImage full = factor == 1 ? gray : makeGray(image, 1);
    if (factor != 1) {
        scanPass(full, collector);
        scanPass(inverted(full), collector);
    }
    if (collector.count() > 0) {
        return collector.inReadingOrder();
    }
    // Still nothing: noisy photos read after a 3x3 box filter; small noisy codes after smooth 2x
    // enlargement (images up to 1440p); then one global threshold. Large images get these on the
    // half-size copy, which is smoothed already and a quarter of the work.
    const GrayImage smooth = boxFiltered(gray);
    scanPass(smooth, collector);
    scanPass(inverted(smooth), collector);
    if (collector.count() == 0 && std::min(image.width(), image.height()) <= kMaxUpscaleSide) {
        const GrayImage enlarged = resized(full, 2.0);
        scanPass(enlarged, collector);
        scanPass(inverted(enlarged), collector);
    }
    if (collector.count() == 0) {
        scanPass(smooth, collector, ZXing::Binarizer::GlobalHistogram);
        scanPass(inverted(smooth), collector, ZXing::Binarizer::GlobalHistogram);
    }
    return collector.inReadingOrder();
}

bool isImage(const QByteArray& data)
{
    return hasImageMagic(data) || hasSignedImageFormat(data);
}

bool isImageFile(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return isImage(file.read(kImageHeadBytes));
}

Result<QList<ScannedCode>> scanImageFile(const QString& path)
{
    Result<QByteArray> bytes = files::readRegularFile(path, kMaxImageFileBytes);
    if (!bytes) {
        switch (bytes.error().code) {
        case ErrorCode::NotFound:
            return makeError(ErrorCode::IoError, QStringLiteral("%1: no such file").arg(path));
        case ErrorCode::InvalidInput:
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("%1: larger than %2 MiB, not a screenshot").arg(path).arg(kMaxImageFileBytes >> 20));
        default:
            return bytes.error();
        }
    }
    QBuffer buffer(&*bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (reader.error() == QImageReader::UnsupportedFormatError) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: not an image").arg(path));
        }
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: not an image (%2)").arg(path, reader.errorString()));
    }
    return scanImage(image);
}

} // namespace twostep::qr
