// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrScanner.h"

#include "common/FileIo.h"
#include "otp/OtpauthUri.h"
#include "qr/GrayImage.h"
#include "qr/GrayLoader.h"
#include "qr/HardScreenshots.h"

#include <QPolygonF>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cmath>

namespace twostep::qr {

namespace {

// Images whose shorter side has at least this many pixels are scanned at half size first.
constexpr int kHalfScaleMinSide = 1400;
// Only images up to this shorter side are tried enlarged 2x (the last resort).
constexpr int kMaxUpscaleSide = 1440;
// Screenshots and photos of QR codes are a few MiB; a file beyond this is not one.
constexpr qint64 kMaxImageFileBytes = 64LL * 1024 * 1024;

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

// `downscale` off where a smaller copy was scanned already or the image was enlarged on purpose.
ZXing::DecodeHints hints(ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage, bool downscale = true)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(false); // QR detection is rotation-invariant already
    hints.setTryDownscale(downscale);
    hints.setBinarizer(binarizer);
    hints.setMaxNumberOfSymbols(0xff);
    return hints;
}

void scanPass(const GrayImage& gray, Collector& collector, const ZXing::DecodeHints& how)
{
    const QImage& pixels = gray.padded();
    const ZXing::ImageView view(pixels.constBits(), pixels.width(), pixels.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(pixels.bytesPerLine()));
    for (const auto& result : ZXing::ReadBarcodes(view, how)) {
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

// Dark mode needs the inverted pass too: ZXing 1.4 has no inversion of its own. The image is
// inverted in place and back, never copied.
void scanBothWays(GrayImage& gray, Collector& collector, const ZXing::DecodeHints& how = hints())
{
    scanPass(gray, collector, how);
    gray.invert();
    scanPass(gray, collector, how);
    gray.invert();
}

// The passes over one grey image, cheapest first, each only while nothing was found.
// The grey image at full size, and at half size for large ones (HiDPI screenshots: two or more
// pixels a module still, four times less work). From a file the full one comes first; from a
// QImage the half one, the full one only when a pass needs it.
class Grays
{
public:
    explicit Grays(GrayImage full) : m_full(std::move(full)), m_shortSide(std::min(m_full.width(), m_full.height()))
    {
        if (isLarge(m_full.width(), m_full.height())) {
            m_half = halfSize(m_full);
        }
    }
    explicit Grays(const QImage& image) : m_image(&image), m_shortSide(std::min(image.width(), image.height()))
    {
        if (isLarge(image.width(), image.height())) {
            m_half = grayFromImage(image, 2);
        } else {
            m_full = grayFromImage(image);
        }
    }
    bool hasHalf() const { return !m_half.isNull(); }
    int shortSide() const { return m_shortSide; } // of the full size
    GrayImage& work() { return hasHalf() ? m_half : m_full; }
    GrayImage& full()
    {
        if (m_full.isNull() && m_image) {
            m_full = grayFromImage(*m_image);
        }
        return m_full;
    }

private:
    static bool isLarge(int width, int height) { return std::min(width, height) >= kHalfScaleMinSide; }
    const QImage* m_image = nullptr;
    GrayImage m_full;
    GrayImage m_half;
    int m_shortSide = 0;
};

QList<ScannedCode> scanGray(Grays& grays)
{
    Collector collector;
    GrayImage& work = grays.work();
    if (work.isNull() || work.width() < 8 || work.height() < 8) {
        return {};
    }
    const bool halfFirst = grays.hasHalf();
    scanBothWays(work, collector);
    if (collector.count() > 0) {
        return collector.inReadingOrder();
    }
    // The two targeted passes first: each runs only where its own sign was seen, over a region or
    // one edge. A mid-grey code on a light-grey card: stretched to full contrast.
    GrayImage scratch;
    if (contrastStretched(work, scratch)) {
        scanBothWays(scratch, collector);
    }
    // A code cut off at the screen edge: the lost module redrawn beside its cut finders.
    if (collector.count() == 0) {
        for (GrayImage& restored : edgeRestored(work)) {
            scanBothWays(restored, collector);
        }
    }
    // Modules under two pixels: full resolution.
    if (collector.count() == 0 && halfFirst) {
        scanBothWays(grays.full(), collector, hints(ZXing::Binarizer::LocalAverage, false));
    }
    if (collector.count() > 0) {
        return collector.inReadingOrder();
    }
    // Still nothing: noisy photos read after a 3x3 box filter; small noisy codes after smooth 2x
    // enlargement (images up to 1440p); then one global threshold. Large images get these on the
    // half-size copy, which is smoothed already and a quarter of the work.
    boxFilter(work, scratch);
    scanBothWays(scratch, collector);
    if (collector.count() == 0 && grays.shortSide() <= kMaxUpscaleSide) {
        GrayImage big = enlarged(grays.full());
        scanBothWays(big, collector, hints(ZXing::Binarizer::LocalAverage, false));
    }
    if (collector.count() == 0) {
        scanBothWays(scratch, collector, hints(ZXing::Binarizer::GlobalHistogram));
    }
    return collector.inReadingOrder();
}

} // namespace

QList<ScannedCode> scanImage(const QImage& image)
{
    if (image.isNull() || image.width() < 8 || image.height() < 8) {
        return {};
    }
    Grays grays(image);
    return scanGray(grays);
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
    Result<GrayImage> gray = decodeGray(*bytes);
    *bytes = QByteArray(); // the file's bytes are not needed while scanning
    if (!gray) {
        return makeError(gray.error().code, QStringLiteral("%1: %2").arg(path, gray.error().detail));
    }
    Grays grays(std::move(*gray));
    return scanGray(grays);
}

} // namespace twostep::qr
