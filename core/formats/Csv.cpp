// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Csv.h"

#include <csv.h>

namespace twostep::formats::csv {

namespace {

struct Records
{
    QList<QStringList> rows;
    QStringList row;
    qsizetype limit = -1; // stop collecting after this many records (-1: all)
};

void onField(void* field, std::size_t length, void* data)
{
    auto* records = static_cast<Records*>(data);
    records->row.append(QString::fromUtf8(static_cast<const char*>(field), static_cast<qsizetype>(length)));
}

void onRecordEnd(int, void* data)
{
    auto* records = static_cast<Records*>(data);
    if (records->limit < 0 || records->rows.size() < records->limit) {
        records->rows.append(records->row);
    }
    records->row.clear();
}

// RFC 4180: spaces are part of a field; libcsv would trim them by default.
int noSpace(unsigned char)
{
    return 0;
}

Result<QList<QStringList>> parseRecords(const QByteArray& data, qsizetype limit)
{
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot set up the CSV parser"));
    }
    csv_set_space_func(&parser, noSpace);
    Records records;
    records.limit = limit;
    const std::size_t size = static_cast<std::size_t>(data.size());
    const std::size_t parsed = csv_parse(&parser, data.constData(), size, onField, onRecordEnd, &records);
    const bool ok = parsed == size && csv_fini(&parser, onField, onRecordEnd, &records) == 0;
    const int error = csv_error(&parser);
    csv_free(&parser);
    if (!ok) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("the CSV text is malformed at byte %1: %2")
                                                     .arg(static_cast<qulonglong>(parsed))
                                                     .arg(QString::fromLatin1(csv_strerror(error))));
    }
    return std::move(records.rows);
}

} // namespace

Result<QList<QStringList>> parse(const QByteArray& data)
{
    return parseRecords(data, -1);
}

QStringList firstRecord(const QByteArray& data)
{
    // A header line holds no line break, even quoted: the first line is enough.
    const qsizetype end = data.indexOf('\n');
    auto records = parseRecords(end < 0 ? data : data.left(end), 1);
    return records && !records->isEmpty() ? records->first() : QStringList();
}

} // namespace twostep::formats::csv
