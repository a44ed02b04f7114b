// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointF>

namespace twostep::qr {

// An 8-bit grey picture with a white border of `kPadding` pixels, so that a code touching the
// image edge still has a quiet zone. Every scan pass reads this one buffer (or a smaller copy of
// it); `scale` and `offset` map its coordinates back to the original image's.
class GrayImage
{
public:
    static constexpr int kPadding = 16;

    GrayImage() = default;
    GrayImage(int width, int height); // white, uninitialised inside

    bool isNull() const { return m_pixels.isNull(); }
    int width() const { return m_pixels.width() - 2 * kPadding; } // without the border
    int height() const { return m_pixels.height() - 2 * kPadding; }
    uchar* row(int y) { return m_pixels.scanLine(y + kPadding) + kPadding; } // the inside, y from 0
    const uchar* row(int y) const { return m_pixels.constScanLine(y + kPadding) + kPadding; }
    const QImage& padded() const { return m_pixels; } // Format_Grayscale8, border included
    void invert() { m_pixels.invertPixels(); }        // in place, border included

    double scale = 1.0; // this image's pixels per original pixel
    QPointF offset;     // where this image's inside (0, 0) lies in the original, in its pixels
    QPointF toOriginal(QPointF paddedPoint) const
    {
        return (paddedPoint - QPointF(kPadding, kPadding)) / scale + offset;
    }

private:
    QImage m_pixels;
};

// ITU-R BT.601 luma of a sum of `n` pixels' channels, 10-bit fixed point (n = 1 or 4: shift 0 or 2).
inline uchar luma(int red, int green, int blue, int shift)
{
    return static_cast<uchar>((306 * red + 601 * green + 117 * blue + (512 << shift)) >> (10 + shift));
}

// Grey of any QImage at full or half size (`factor` 1 or 2, each pixel then the mean of a 2x2
// block), transparent pixels over white (a QR saved on transparency), one pass.
GrayImage grayFromImage(const QImage& image, int factor = 1);

// Half size, each pixel the mean of a 2x2 block.
GrayImage halfSize(const GrayImage& gray);

// 3x3 box filter of `gray` into `out` (reused when it has the size already).
void boxFilter(const GrayImage& gray, GrayImage& out);

// Smooth 2x enlargement for small noisy codes.
GrayImage enlarged(const GrayImage& gray);

} // namespace twostep::qr
