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
// several codes, codes touching the image edge, noise. The common case takes two ZXing passes
// (normal and inverted) on a gray copy, at half size when the shorter side has 1400 pixels or
// more; full size, a box filter, 2x enlargement and a global threshold follow
// only while nothing was found. So in a large image where a code was found at half size, a second
// code with modules under two pixels is missed. A null image gives an empty list.
QList<ScannedCode> scanImage(const QImage& image);

// Whether `data` is an image to scan, decided by content alone, never by a file name: the magic
// bytes of PNG, JPEG, BMP, GIF or WebP first (no plugin needed), then any other format a Qt
// image plugin recognises from its signature. TGA and WBMP have no signature and are left out:
// random bytes, such as an encrypted andOTP backup, would pass as one. Nothing is decoded.
bool isImage(const QByteArray& data);
// isImage on the first bytes of the regular file at `path`; false for anything else or unreadable.
bool isImageFile(const QString& path);

// Reads the file with QImageReader (PNG, JPEG, BMP, GIF, WebP where the plugin exists; EXIF
// orientation applied) and scans it. Errors: IoError (missing or unreadable file, or not a
// regular file: a FIFO or device fails at once), InvalidInput ("not an image", over 64 MiB)
// naming the path. An image without QR codes is an empty list, not an error.
Result<QList<ScannedCode>> scanImageFile(const QString& path);

} // namespace twostep::qr
