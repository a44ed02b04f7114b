// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrScanner.h"

#include <QGuiApplication>
#include <QImage>

#include <cstddef>
#include <cstdint>

// The QR scan of small images in any format Qt reads. Inputs and decoded sizes are capped so each
// run stays short; the large-image paths are covered by the scanner's own tests and benchmark.
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
