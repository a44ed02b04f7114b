// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace twostep::qr {

struct ScannedCode
{
    QString text; // the QR's content as UTF-8 text
    bool isOtp;   // otpauth:// or otpauth-migration://; anything else is "not an OTP code"
    bool operator==(const ScannedCode&) const = default;
};

// Every QR code in `image` (ZXing-C++), de-duplicated by text, in reading order (top to bottom,
// then left to right). Built for screenshots and photos of screens: any size up to 5K and beyond,
// HiDPI, JPEG artefacts, light modules on dark (dark mode), any rotation, slight tilt or blur,
// several codes, codes touching the image edge or cut off at it by about one module, noise, a
// mid-grey code on a light-grey card. The common case takes two ZXing passes (normal and, on the
// same buffer inverted in place, dark mode) over one grey image, at half size when the shorter
// side has 1400 pixels or more; full size, a box filter, 2x enlargement, a global threshold, a
// contrast stretch of low-contrast textured regions and the edge-cut restoration follow only
// while nothing was found. So in a large image where a code was found at half size, a second
// code with modules under two pixels is missed. A null image gives an empty list.
QList<ScannedCode> scanImage(const QImage& image);

// Reads the file and decodes it straight to 8-bit grey: PNG row by row (libspng), JPEG as its
// luma channel (libjpeg-turbo; EXIF orientation not applied, which QR reading does not need),
// anything else with QImageReader (BMP, GIF, WebP where the plugin exists). Errors: IoError
// (missing or unreadable file, or not a regular file: a FIFO or device fails at once),
// InvalidInput ("not an image", over 64 MiB), LimitExceeded (over 64 million pixels, or more
// than 32768 a side), each naming the path. An image without QR codes is an empty list.
Result<QList<ScannedCode>> scanImageFile(const QString& path);

} // namespace twostep::qr
