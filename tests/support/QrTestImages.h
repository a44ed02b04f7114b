// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QString>

// Screenshot-like test images built from real QR codes (our libqrencode encoder), shared by the
// QR tests and the scan benchmark.
namespace twostep::test {

// The QR of `text` in RGB32, black on white with its quiet zone, `moduleSize` pixels a module.
QImage qrImage(const QString& text, int moduleSize);

// A page of `size`: a light (or dark) background with window frames, text-like bars and buttons,
// deterministic for one `seed`.
QImage fakeScreenshot(QSize size, bool dark = false, unsigned seed = 1);

// Draws `qr` onto `page` at `topLeft` (may be partly outside: the code is cut at the edge).
void paste(QImage& page, const QImage& qr, QPoint topLeft);

QImage invertedImage(const QImage& image);              // light modules on dark
QImage jpegRoundTrip(const QImage& image, int quality); // through the JPEG codec
QImage rotatedImage(const QImage& image, double degrees, QColor fill = Qt::white);
QImage perspectiveImage(const QImage& image, double skew); // a photo of a tilted screen
QImage blurredImage(const QImage& image, int radius);      // box blur, `radius` pixels
QImage scaledImage(const QImage& image, double factor);    // smooth resampling
QImage noisyImage(const QImage& image, int amplitude);     // gray, uniform noise +-amplitude
QImage lowContrastImage(const QImage& image);              // a gray veil over it

} // namespace twostep::test
