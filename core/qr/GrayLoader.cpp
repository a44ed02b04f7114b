// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/GrayLoader.h"

#include <QBuffer>
#include <QImageReader>
#include <QtEndian>

#include <csetjmp>
#include <cstdio>
#include <jpeglib.h>
#include <memory>
#include <spng.h>
#include <vector>

namespace twostep::qr {

namespace {

constexpr int kMaxSide = 32768;
// PNG text and other ancillary chunks a screenshot carries are small.
constexpr size_t kMaxPngChunkBytes = size_t{4} * 1024 * 1024;

Error tooLarge(qint64 width, qint64 height)
{
    return Error{ErrorCode::LimitExceeded, QStringLiteral("%1 x %2 pixels, over the limit of %3 million")
                                               .arg(width)
                                               .arg(height)
                                               .arg(kMaxImagePixels / (qint64{1024} * 1024))};
}

bool withinLimits(qint64 width, qint64 height)
{
    return width > 0 && height > 0 && width <= kMaxSide && height <= kMaxSide && width * height <= kMaxImagePixels;
}

bool isPng(const QByteArray& bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n");
}
bool isJpeg(const QByteArray& bytes)
{
    return bytes.startsWith("\xff\xd8\xff");
}

struct SpngFree
{
    void operator()(spng_ctx* ctx) const { spng_ctx_free(ctx); }
};

// Interlaced PNGs (rare for screenshots) go to Qt: nullopt-like empty result with no error.
Result<GrayImage> decodePng(const QByteArray& bytes, bool& handled)
{
    handled = false;
    // Checksums are skipped: a damaged pixel only costs a scan what the QR's own error correction covers.
    std::unique_ptr<spng_ctx, SpngFree> ctx(spng_ctx_new(SPNG_CTX_IGNORE_ADLER32));
    if (!ctx) {
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("out of memory"));
    }
    spng_set_image_limits(ctx.get(), kMaxSide, kMaxSide);
    spng_set_chunk_limits(ctx.get(), kMaxPngChunkBytes, kMaxPngChunkBytes);
    spng_set_crc_action(ctx.get(), SPNG_CRC_USE, SPNG_CRC_USE);
    spng_set_png_buffer(ctx.get(), bytes.constData(), static_cast<size_t>(bytes.size()));
    spng_ihdr header{};
    if (const int error = spng_get_ihdr(ctx.get(), &header)) {
        handled = true;
        if ((error == SPNG_EUSER_WIDTH || error == SPNG_EUSER_HEIGHT) && bytes.size() >= 24) {
            // The same limit as every other format, with the sizes IHDR gave (PNG: width at 16, height at 20).
            return tooLarge(qFromBigEndian<quint32>(bytes.constData() + 16),
                            qFromBigEndian<quint32>(bytes.constData() + 20));
        }
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("not an image (PNG: %1)").arg(QString::fromUtf8(spng_strerror(error))));
    }
    if (!withinLimits(header.width, header.height)) {
        handled = true;
        return tooLarge(header.width, header.height);
    }
    if (header.interlace_method != SPNG_INTERLACE_NONE) {
        return GrayImage();
    }
    handled = true;
    if (const int error = spng_decode_image(ctx.get(), nullptr, 0, SPNG_FMT_RGBA8, SPNG_DECODE_PROGRESSIVE)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("not an image (PNG: %1)").arg(QString::fromUtf8(spng_strerror(error))));
    }
    GrayImage gray(static_cast<int>(header.width), static_cast<int>(header.height));
    if (gray.isNull()) {
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("out of memory for the image"));
    }
    // One RGBA row at a time, straight into the grey image, transparency over white.
    std::vector<uchar> rgba(static_cast<size_t>(header.width) * 4);
    int error = 0;
    do {
        spng_row_info info{};
        error = spng_get_row_info(ctx.get(), &info);
        if (error) {
            break;
        }
        error = spng_decode_row(ctx.get(), rgba.data(), rgba.size());
        if (error && error != SPNG_EOI) {
            break;
        }
        uchar* out = gray.row(static_cast<int>(info.row_num));
        for (size_t x = 0; x < header.width; ++x) {
            const uchar* p = &rgba[4 * x];
            const int white = 255 - p[3];
            out[x] = p[3] == 255
                         ? luma(p[0], p[1], p[2], 0)
                         : luma(p[0] * p[3] / 255 + white, p[1] * p[3] / 255 + white, p[2] * p[3] / 255 + white, 0);
        }
    } while (!error);
    if (error != SPNG_EOI) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("not an image (PNG: %1)").arg(QString::fromUtf8(spng_strerror(error))));
    }
    return gray;
}

struct JpegErrors
{
    jpeg_error_mgr manager{};
    std::jmp_buf jump{};
    char message[JMSG_LENGTH_MAX] = {};
};

[[noreturn]] void jpegFail(j_common_ptr info)
{
    auto* errors = reinterpret_cast<JpegErrors*>(info->err);
    info->err->format_message(info, errors->message);
    std::longjmp(errors->jump, 1); // NOLINT(cert-err52-cpp): libjpeg reports errors only by a jump
}

void jpegQuiet(j_common_ptr, int) {}

// Everything longjmp may skip over lives on the heap, reached through pointers set before setjmp.
struct JpegState
{
    jpeg_decompress_struct info{};
    JpegErrors errors;
    GrayImage gray;
    bool created = false;
    bool tooLarge = false;
    bool cmyk = false;
};

// The luma channel as decoded (no colour conversion); CMYK JPEGs go to Qt.
Result<GrayImage> decodeJpeg(const QByteArray& bytes, bool& handled)
{
    handled = true;
    const auto state = std::make_unique<JpegState>();
    JpegState* const s = state.get();
    s->info.err = jpeg_std_error(&s->errors.manager);
    s->errors.manager.error_exit = jpegFail;
    s->errors.manager.emit_message = jpegQuiet;
    if (setjmp(s->errors.jump)) { // NOLINT(cert-err52-cpp): the other end of libjpeg's error jump
        if (s->created) {
            jpeg_destroy_decompress(&s->info);
        }
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("not an image (JPEG: %1)").arg(QString::fromLocal8Bit(s->errors.message)));
    }
    jpeg_create_decompress(&s->info);
    s->created = true;
    jpeg_mem_src(&s->info, reinterpret_cast<const unsigned char*>(bytes.constData()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&s->info, TRUE);
    s->tooLarge = !withinLimits(s->info.image_width, s->info.image_height);
    s->cmyk = s->info.jpeg_color_space == JCS_CMYK || s->info.jpeg_color_space == JCS_YCCK;
    if (!s->tooLarge && !s->cmyk) {
        s->info.out_color_space = JCS_GRAYSCALE;
        jpeg_start_decompress(&s->info);
        s->gray = GrayImage(static_cast<int>(s->info.output_width), static_cast<int>(s->info.output_height));
        while (!s->gray.isNull() && s->info.output_scanline < s->info.output_height) {
            JSAMPROW row = s->gray.row(static_cast<int>(s->info.output_scanline));
            jpeg_read_scanlines(&s->info, &row, 1);
        }
        jpeg_finish_decompress(&s->info);
    }
    const qint64 width = s->info.image_width;
    const qint64 height = s->info.image_height;
    jpeg_destroy_decompress(&s->info);
    if (s->tooLarge) {
        return tooLarge(width, height);
    }
    if (s->cmyk) {
        handled = false;
        return GrayImage();
    }
    if (s->gray.isNull()) {
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("out of memory for the image"));
    }
    return std::move(s->gray);
}

Result<GrayImage> decodeWithQt(const QByteArray& bytes)
{
    QByteArray data = bytes; // shared, not copied
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (size.isValid() && !withinLimits(size.width(), size.height())) {
        return tooLarge(size.width(), size.height());
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        if (reader.error() == QImageReader::UnsupportedFormatError) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("not an image"));
        }
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not an image (%1)").arg(reader.errorString()));
    }
    return grayFromImage(image);
}

} // namespace

Result<GrayImage> decodeGray(const QByteArray& bytes)
{
    bool handled = false;
    if (isPng(bytes)) {
        Result<GrayImage> png = decodePng(bytes, handled);
        if (handled) {
            return png;
        }
    } else if (isJpeg(bytes)) {
        Result<GrayImage> jpeg = decodeJpeg(bytes, handled);
        if (handled) {
            return jpeg;
        }
    }
    return decodeWithQt(bytes);
}

} // namespace twostep::qr
