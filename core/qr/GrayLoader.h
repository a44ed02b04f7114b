// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "qr/GrayImage.h"

#include <QByteArray>

namespace twostep::qr {

// Images larger than this many pixels are refused before any pixel memory is allocated
// (an 8K screenshot is 33 million).
constexpr qint64 kMaxImagePixels = 64LL * 1024 * 1024;

// Decodes image file bytes straight to grey: PNG row by row (libspng), JPEG to its luma
// channel (libjpeg-turbo), anything else through Qt's readers (EXIF orientation applied).
// Transparent pixels count as white. Errors: InvalidInput "not an image" (with the decoder's
// reason) or "W x H pixels, over the limit"; the caller adds the path.
Result<GrayImage> decodeGray(const QByteArray& bytes);

} // namespace twostep::qr
