// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace twostep::qr {

// QR codes of otpauth and transfer URIs (libqrencode; ISO/IEC 18004), error correction level M,
// the smallest version that fits, and the 4-module quiet zone the standard asks for.
// Errors: InvalidInput for empty text, text too long for any QR version, a module size outside 1–64.

// Black modules on white, `moduleSize` pixels per module (Format_Grayscale8).
Result<QImage> encodeQr(const QString& text, int moduleSize = 8);

// A standalone SVG document, one path for the dark modules; one user unit per module.
Result<QByteArray> encodeQrSvg(const QString& text);

// For a terminal: two module rows per text line with Unicode half blocks (U+2580, U+2584,
// U+2588). By default light modules and the quiet zone are the drawn characters and dark modules
// are spaces, so the code reads right on the usual light-on-dark terminal; `lightBackground`
// draws the dark modules instead, for dark text on a light terminal. Each line ends with '\n'.
Result<QString> encodeQrTerminal(const QString& text, bool lightBackground = false);

// Writes the QR to `path` as PNG or SVG, chosen by the suffix (case-insensitive); the file is
// created with mode 0600 before any byte is written (it holds a secret), written atomically, and
// never replaces an existing file. Errors: InvalidInput (other suffix, or the text), IoError
// (an existing or unwritable path) naming the path.
Status saveQr(const QString& text, const QString& path);

} // namespace twostep::qr
