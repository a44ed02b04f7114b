// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrTestImages.h"

#include "qr/QrEncoder.h"

#include <QBuffer>
#include <QPainter>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QTransform>

#include <stdexcept>

namespace twostep::test {

QImage qrImage(const QString& text, int moduleSize)
{
    auto image = qr::encodeQr(text, moduleSize);
    if (!image) {
        throw std::runtime_error(image.error().detail.toStdString());
    }
    return image->convertToFormat(QImage::Format_RGB32);
}

QImage fakeScreenshot(QSize size, bool dark, unsigned seed)
{
    QRandomGenerator random(seed);
    QImage page(size, QImage::Format_RGB32);
    const QColor background = dark ? QColor(0x20, 0x21, 0x24) : QColor(0xf1, 0xf3, 0xf4);
    const QColor panel = dark ? QColor(0x2d, 0x2e, 0x31) : QColor(0xff, 0xff, 0xff);
    const QColor ink = dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x20, 0x21, 0x24);
    page.fill(background);
    QPainter painter(&page);
    const int unit = std::max(1, size.height() / 1080);
    // Title bar, side bar, a content panel with lines of "text" and a few buttons.
    painter.fillRect(0, 0, size.width(), 32 * unit, dark ? QColor(0x35, 0x36, 0x3a) : QColor(0xde, 0xe1, 0xe6));
    painter.fillRect(0, 32 * unit, 240 * unit, size.height(),
                     dark ? QColor(0x28, 0x29, 0x2c) : QColor(0xe8, 0xea, 0xed));
    painter.fillRect(280 * unit, 60 * unit, size.width() - 320 * unit, size.height() - 100 * unit, panel);
    for (int y = 80 * unit; y < size.height() - 60 * unit; y += 22 * unit) {
        int x = 300 * unit;
        while (x < size.width() - 80 * unit) {
            const int word = (20 + static_cast<int>(random.bounded(90))) * unit;
            painter.fillRect(x, y, word, 9 * unit, ink);
            x += word + 8 * unit;
            if (random.bounded(12) == 0) {
                break;
            }
        }
    }
    for (int i = 0; i < 6; ++i) {
        painter.fillRect(40 * unit, (80 + i * 60) * unit, 160 * unit, 36 * unit, QColor(0x1a, 0x73, 0xe8));
    }
    return page;
}

void paste(QImage& page, const QImage& qr, QPoint topLeft)
{
    QPainter painter(&page);
    painter.drawImage(topLeft, qr);
}

QImage invertedImage(const QImage& image)
{
    QImage result = image.convertToFormat(QImage::Format_RGB32);
    result.invertPixels();
    return result;
}

QImage jpegRoundTrip(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG");
}

QImage rotatedImage(const QImage& image, double degrees, QColor fill)
{
    const QTransform rotation = QTransform().rotate(degrees);
    const QRect bounds = rotation.mapRect(image.rect());
    QImage result(bounds.size(), QImage::Format_RGB32);
    result.fill(fill);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(-bounds.topLeft());
    painter.setTransform(rotation, true);
    painter.drawImage(0, 0, image);
    return result;
}

QImage perspectiveImage(const QImage& image, double skew)
{
    const double w = image.width();
    const double h = image.height();
    QPolygonF from({QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)});
    QPolygonF to({QPointF(w * skew, h * skew * 0.5), QPointF(w * (1 - skew * 0.3), 0), QPointF(w, h),
                  QPointF(0, h * (1 - skew))});
    QTransform transform;
    QTransform::quadToQuad(from, to, transform);
    QImage result(image.size(), QImage::Format_RGB32);
    result.fill(QColor(0x80, 0x80, 0x80));
    QPainter painter(&result);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(transform);
    painter.drawImage(0, 0, image);
    return result;
}

QImage blurredImage(const QImage& image, int radius)
{
    const QImage source = image.convertToFormat(QImage::Format_RGB32);
    QImage horizontal(source.size(), QImage::Format_RGB32);
    QImage result(source.size(), QImage::Format_RGB32);
    const int w = source.width();
    const int h = source.height();
    auto blurLine = [radius](auto get, auto set, int length) {
        for (int i = 0; i < length; ++i) {
            int r = 0, g = 0, b = 0, n = 0;
            for (int k = std::max(0, i - radius); k <= std::min(length - 1, i + radius); ++k) {
                const QRgb c = get(k);
                r += qRed(c);
                g += qGreen(c);
                b += qBlue(c);
                ++n;
            }
            set(i, qRgb(r / n, g / n, b / n));
        }
    };
    for (int y = 0; y < h; ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(source.constScanLine(y));
        auto* out = reinterpret_cast<QRgb*>(horizontal.scanLine(y));
        blurLine([in](int k) { return in[k]; }, [out](int i, QRgb c) { out[i] = c; }, w);
    }
    for (int x = 0; x < w; ++x) {
        blurLine([&horizontal, x](int k) { return horizontal.pixel(x, k); },
                 [&result, x](int i, QRgb c) { result.setPixel(x, i, c); }, h);
    }
    return result;
}

QImage scaledImage(const QImage& image, double factor)
{
    return image.scaled(qRound(image.width() * factor), qRound(image.height() * factor), Qt::IgnoreAspectRatio,
                        Qt::SmoothTransformation);
}

QImage noisyImage(const QImage& image, int amplitude)
{
    QImage result = image.convertToFormat(QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < result.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(result.scanLine(y));
        for (int x = 0; x < result.width(); ++x) {
            const int noise = static_cast<int>(random.bounded(2 * amplitude + 1)) - amplitude;
            const int gray = std::clamp(qGray(line[x]) + noise, 0, 255);
            line[x] = qRgb(gray, gray, gray);
        }
    }
    return result;
}

QImage lowContrastImage(const QImage& image)
{
    QImage result = image.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&result);
    painter.fillRect(result.rect(), QColor(128, 128, 128, 200));
    return result;
}

} // namespace twostep::test
