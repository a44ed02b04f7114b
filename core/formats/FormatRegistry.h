// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "formats/Importer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace twostep::formats {

// Every importer, in the order detection tries them (most specific structure first).
const QList<const Importer*>& importers();
QStringList importerNames();
// nullptr when no importer has that name (case-insensitive).
const Importer* importerByName(QStringView name);

// The importer whose detect() accepts `data`; UnsupportedVersion naming the known formats otherwise.
Result<const Importer*> detectFormat(const QByteArray& data);

// `data` without a leading UTF-8 byte order mark, which Windows tools write before text, JSON
// and CSV; every import starts here (readImportFile, importData), so no importer sees one.
QByteArray withoutByteOrderMark(QByteArray data);

// Reads a file to import, without its byte order mark: IoError when unreadable, InvalidInput when
// larger than 64 MiB.
Result<QByteArray> readImportFile(const QString& path);

// withoutByteOrderMark, detectFormat (or the importer named `formatName`), then read(). A
// password-protected file without `password` is InvalidInput saying that a password is needed.
Result<ImportResult> importData(const QByteArray& data, const SecretBytes* password, QStringView formatName = {});

} // namespace twostep::formats
