// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrEncoder.h"

#include "common/FileIo.h"

#include <QBuffer>
#include <QFileInfo>
#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace twostep::qr {

namespace {

constexpr int kQuietZone = 4;
constexpr int kMaxModuleSize = 64;

struct QrFree
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

// The module matrix without the quiet zone; dark(x, y) for 0 <= x, y < width.
class Matrix final
{
public:
    explicit Matrix(std::unique_ptr<QRcode, QrFree> code) : m_code(std::move(code)) {}
    int width() const { return m_code->width; }
    bool dark(int x, int y) const { return (m_code->data[y * m_code->width + x] & 1) != 0; }
    // Outside the matrix is the (light) quiet zone.
    bool darkOrQuiet(int x, int y) const { return x >= 0 && y >= 0 && x < width() && y < width() && dark(x, y); }

private:
    std::unique_ptr<QRcode, QrFree> m_code;
};

Result<Matrix> encodeMatrix(const QString& text)
{
    if (text.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("nothing to encode: the text is empty"));
    }
    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    std::unique_ptr<QRcode, QrFree> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the text is too long for a QR code (%1 bytes)").arg(utf8.size()));
        }
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the text cannot be encoded as a QR code"));
    }
    return Matrix(std::move(code));
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    // A QR holds a secret like a plain export, and like one never replaces an entry nor follows a symlink.
    return files::writeFileAtomically(path, bytes, files::Existing::Refuse);
}

} // namespace

Result<QImage> encodeQr(const QString& text, int moduleSize)
{
    if (moduleSize < 1 || moduleSize > kMaxModuleSize) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the QR module size must be 1 to %1 pixels, not %2").arg(kMaxModuleSize).arg(moduleSize));
    }
    auto matrix = encodeMatrix(text);
    if (!matrix) {
        return matrix.error();
    }
    const int modules = matrix->width() + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix->width(); ++y) {
        for (int x = 0; x < matrix->width(); ++x) {
            if (!matrix->dark(x, y)) {
                continue;
            }
            const qsizetype left = qsizetype{x + kQuietZone} * moduleSize;
            for (int row = 0; row < moduleSize; ++row) {
                uchar* line = image.scanLine((y + kQuietZone) * moduleSize + row);
                std::fill_n(line + left, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

Result<QByteArray> encodeQrSvg(const QString& text)
{
    auto matrix = encodeMatrix(text);
    if (!matrix) {
        return matrix.error();
    }
    const int modules = matrix->width() + 2 * kQuietZone;
    QByteArray path;
    for (int y = 0; y < matrix->width(); ++y) {
        for (int x = 0; x < matrix->width(); ++x) {
            // One rectangle per horizontal run of dark modules keeps the file small.
            if (!matrix->dark(x, y)) {
                continue;
            }
            int run = 1;
            while (x + run < matrix->width() && matrix->dark(x + run, y)) {
                ++run;
            }
            path += 'M' + QByteArray::number(x + kQuietZone) + ' ' + QByteArray::number(y + kQuietZone) + 'h' +
                    QByteArray::number(run) + "v1h-" + QByteArray::number(run) + 'z';
            x += run - 1;
        }
    }
    const QByteArray size = QByteArray::number(modules);
    QByteArray svg = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ") +
                     size + ' ' + size + "\" width=\"" + QByteArray::number(modules * 8) + "\" height=\"" +
                     QByteArray::number(modules * 8) + "\" shape-rendering=\"crispEdges\">\n<rect width=\"" + size +
                     "\" height=\"" + size + "\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"" + path +
                     "\"/>\n</svg>\n";
    return svg;
}

Result<QString> encodeQrTerminal(const QString& text, bool lightBackground)
{
    auto matrix = encodeMatrix(text);
    if (!matrix) {
        return matrix.error();
    }
    const int first = -kQuietZone;
    const int end = matrix->width() + kQuietZone;
    QString out;
    out.reserve((end - first + 1) * (end - first) / 2 + end);
    for (int y = first; y < end; y += 2) {
        for (int x = first; x < end; ++x) {
            // On a light background the glyphs are the dark modules; the quiet zone stays blank.
            const bool topDrawn = matrix->darkOrQuiet(x, y) == lightBackground;
            const bool bottomDrawn = y + 1 < end && matrix->darkOrQuiet(x, y + 1) == lightBackground;
            if (topDrawn && bottomDrawn) {
                out += QChar(0x2588);
            } else if (topDrawn) {
                out += QChar(0x2580);
            } else if (bottomDrawn) {
                out += QChar(0x2584);
            } else {
                out += QLatin1Char(' ');
            }
        }
        out += QLatin1Char('\n');
    }
    return out;
}

Status saveQr(const QString& text, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        auto svg = encodeQrSvg(text);
        if (!svg) {
            return svg.error();
        }
        return writeFile(path, *svg);
    }
    if (Status fresh = files::checkNoEntry(path); !fresh) {
        return fresh;
    }
    if (suffix != QLatin1String("png")) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("cannot tell the image format of %1: use a .png or .svg file name").arg(path));
    }
    auto image = encodeQr(text);
    if (!image) {
        return image.error();
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image->save(&buffer, "PNG")) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot encode the QR as PNG for %1").arg(path));
    }
    return writeFile(path, png);
}

} // namespace twostep::qr
