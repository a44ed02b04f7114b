// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/GrayImage.h"

#include <algorithm>

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

GrayImage grayFromImage(const QImage& image)
{
    const bool alpha = image.hasAlphaChannel();
    const QImage::Format format = alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB32;
    GrayImage gray(image.width(), image.height());
    if (gray.isNull()) {
        return gray;
    }
    // Converted a band of rows at a time: never a full-size colour copy beside the grey one.
    constexpr int kBand = 64;
    for (int top = 0; top < image.height(); top += kBand) {
        const int rows = std::min(kBand, image.height() - top);
        const QImage band =
            image.format() == format ? image : image.copy(0, top, image.width(), rows).convertToFormat(format);
        const int bandTop = image.format() == format ? top : 0;
        for (int y = 0; y < rows; ++y) {
            uchar* out = gray.row(top + y);
            const uchar* in = band.constScanLine(bandTop + y);
            if (alpha) {
                for (int x = 0; x < image.width(); ++x) {
                    const uchar* p = in + 4 * x;
                    const int white = 255 - p[3];
                    out[x] = luma(p[0] * p[3] / 255 + white, p[1] * p[3] / 255 + white, p[2] * p[3] / 255 + white, 0);
                }
            } else {
                const auto* rgb = reinterpret_cast<const QRgb*>(in);
                for (int x = 0; x < image.width(); ++x) {
                    out[x] = luma(qRed(rgb[x]), qGreen(rgb[x]), qBlue(rgb[x]), 0);
                }
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
        for (int x = 0; x < half.width(); ++x) {
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
