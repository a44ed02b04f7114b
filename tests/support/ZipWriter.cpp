// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <zip.h>

namespace twostep::test {

QByteArray makeZip(const QList<std::pair<QString, QByteArray>>& files)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("pack.zip")).toUtf8();
    int error = 0;
    zip_t* archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    QList<QByteArray> kept; // libzip reads the buffers at close
    kept.reserve(files.size());
    for (const auto& [name, bytes] : files) {
        kept.append(bytes);
        zip_source_t* source =
            zip_source_buffer(archive, kept.last().constData(), static_cast<zip_uint64_t>(kept.last().size()), 0);
        REQUIRE(zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
    QFile file(QString::fromUtf8(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace twostep::test
