// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/GrayLoader.h"
#include "qr/QrScanner.h"

#include <QGuiApplication>
#include <QImage>

#include <cstddef>
#include <cstdint>

// The QR scan of small images in any format Qt reads, and the grey decoders of scanImageFile. Inputs and decoded sizes
// are capped so each run stays short; the large-image paths are covered by the scanner's own tests and benchmark.
namespace {
constexpr std::size_t kMaxInput = 32 * 1024;
constexpr int kMaxSide = 600;
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Image plugins warn about every broken input; the log would cost more than the scan.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    static QGuiApplication app(*argc, *argv); // image format plugins need an application
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace twostep;
    if (size > kMaxInput) {
        return 0;
    }
    // The file path's own decoders (libspng rows, libjpeg luma): refuse or decode, never crash.
    // A few KiB of PNG can claim millions of pixels, so only their header bound is trusted here.
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<qr::GrayImage> gray = qr::decodeGray(bytes);
    if (gray && (gray->width() <= 0 || gray->height() <= 0)) {
        __builtin_trap();
    }
    QImage image = QImage::fromData(QByteArrayView(data, static_cast<qsizetype>(size)));
    if (image.isNull() || image.width() > kMaxSide || image.height() > kMaxSide) {
        return 0;
    }
    const QList<qr::ScannedCode> codes = qr::scanImage(image);
    for (const qr::ScannedCode& code : codes) {
        if (code.text.isEmpty() && code.isOtp) {
            __builtin_trap();
        }
    }
    return 0;
}
