// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/GrayImage.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace twostep::qr {

GrayImage::GrayImage(int width, int height)
    : m_pixels(width + 2 * kPadding, height + 2 * kPadding, QImage::Format_Grayscale8)
{
    if (m_pixels.isNull()) {
        return;
    }
    const qsizetype stride = m_pixels.bytesPerLine();
    for (int y = 0; y < kPadding; ++y) {
        std::fill_n(m_pixels.scanLine(y), stride, uchar(255));
        std::fill_n(m_pixels.scanLine(m_pixels.height() - 1 - y), stride, uchar(255));
    }
    for (int y = kPadding; y < m_pixels.height() - kPadding; ++y) {
        uchar* line = m_pixels.scanLine(y);
        std::fill_n(line, kPadding, uchar(255));
        std::fill_n(line + kPadding + width, stride - kPadding - width, uchar(255));
    }
}

namespace {

// Luma of one row of `image` (RGB32 or RGBA8888), transparency over white.
void lumaRow(const uchar* in, int width, bool alpha, uchar* out)
{
    if (alpha) {
        for (std::ptrdiff_t x = 0; x < width; ++x) {
            const uchar* p = in + 4 * x;
            const int white = 255 - p[3];
            out[x] = luma(p[0] * p[3] / 255 + white, p[1] * p[3] / 255 + white, p[2] * p[3] / 255 + white, 0);
        }
        return;
    }
    const auto* rgb = reinterpret_cast<const QRgb*>(in);
    for (int x = 0; x < width; ++x) {
        out[x] = luma(qRed(rgb[x]), qGreen(rgb[x]), qBlue(rgb[x]), 0);
    }
}

} // namespace

GrayImage grayFromImage(const QImage& image, int factor)
{
    const bool alpha = image.hasAlphaChannel();
    const QImage::Format format = alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB32;
    GrayImage gray(image.width() / factor, image.height() / factor);
    if (gray.isNull()) {
        return gray;
    }
    gray.scale = 1.0 / factor;
    std::vector<uchar> lines(static_cast<size_t>(image.width()) * 2);
    // Converted a band of rows at a time: never a full-size colour copy beside the grey one.
    constexpr int kBand = 64;
    for (int top = 0; top < gray.height() * factor; top += kBand) {
        const int rows = std::min(kBand, gray.height() * factor - top);
        const bool direct = image.format() == format;
        const QImage band = direct ? image : image.copy(0, top, image.width(), rows).convertToFormat(format);
        const int bandTop = direct ? top : 0;
        for (int y = 0; y < rows; y += factor) {
            if (factor == 1) {
                lumaRow(band.constScanLine(bandTop + y), image.width(), alpha, gray.row(top + y));
                continue;
            }
            uchar* out = gray.row((top + y) / 2);
            if (!alpha) {
                // Luma of the 2x2 block's summed channels: one luma per output pixel, not four.
                const auto* a = reinterpret_cast<const QRgb*>(band.constScanLine(bandTop + y));
                const auto* b = reinterpret_cast<const QRgb*>(band.constScanLine(bandTop + y + 1));
                for (std::ptrdiff_t x = 0; x < gray.width(); ++x) {
                    const QRgb p = a[2 * x], q = a[2 * x + 1], r = b[2 * x], t = b[2 * x + 1];
                    out[x] = luma(qRed(p) + qRed(q) + qRed(r) + qRed(t), qGreen(p) + qGreen(q) + qGreen(r) + qGreen(t),
                                  qBlue(p) + qBlue(q) + qBlue(r) + qBlue(t), 2);
                }
                continue;
            }
            uchar* upper = lines.data();
            uchar* lower = upper + image.width();
            lumaRow(band.constScanLine(bandTop + y), image.width(), alpha, upper);
            lumaRow(band.constScanLine(bandTop + y + 1), image.width(), alpha, lower);
            for (std::ptrdiff_t x = 0; x < gray.width(); ++x) {
                out[x] =
                    static_cast<uchar>((upper[2 * x] + upper[2 * x + 1] + lower[2 * x] + lower[2 * x + 1] + 2) >> 2);
            }
        }
    }
    return gray;
}

GrayImage halfSize(const GrayImage& gray)
{
    GrayImage half(gray.width() / 2, gray.height() / 2);
    half.scale = gray.scale / 2;
    half.offset = gray.offset;
    for (int y = 0; y < half.height(); ++y) {
        const uchar* top = gray.row(2 * y);
        const uchar* bottom = gray.row(2 * y + 1);
        uchar* out = half.row(y);
        for (std::ptrdiff_t x = 0; x < half.width(); ++x) {
            out[x] = static_cast<uchar>((top[2 * x] + top[2 * x + 1] + bottom[2 * x] + bottom[2 * x + 1] + 2) >> 2);
        }
    }
    return half;
}

void boxFilter(const GrayImage& gray, GrayImage& out)
{
    if (out.width() != gray.width() || out.height() != gray.height()) {
        out = GrayImage(gray.width(), gray.height());
    }
    out.scale = gray.scale;
    out.offset = gray.offset;
    const int w = gray.width();
    const int h = gray.height();
    for (int y = 0; y < h; ++y) {
        const uchar* above = gray.row(std::max(0, y - 1));
        const uchar* line = gray.row(y);
        const uchar* below = gray.row(std::min(h - 1, y + 1));
        uchar* result = out.row(y);
        result[0] = line[0];
        result[w - 1] = line[w - 1];
        for (int x = 1; x < w - 1; ++x) {
            const int sum = above[x - 1] + above[x] + above[x + 1] + line[x - 1] + line[x] + line[x + 1] +
                            below[x - 1] + below[x] + below[x + 1];
            result[x] = static_cast<uchar>(sum / 9);
        }
    }
}

GrayImage enlarged(const GrayImage& gray)
{
    const QImage inner = gray.padded().copy(GrayImage::kPadding, GrayImage::kPadding, gray.width(), gray.height());
    const QImage big =
        inner.scaled(2 * gray.width(), 2 * gray.height(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    GrayImage result(big.width(), big.height());
    result.scale = gray.scale * 2;
    result.offset = gray.offset;
    for (int y = 0; y < big.height(); ++y) {
        std::copy_n(big.constScanLine(y), big.width(), result.row(y));
    }
    return result;
}

} // namespace twostep::qr
