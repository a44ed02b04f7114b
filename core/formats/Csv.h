// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// CSV as RFC 4180 writes it, read with libcsv: fields separated by commas, optionally quoted; ""
// inside quotes is a quote; quoted fields may hold commas, quotes and line breaks; records end
// with CRLF, LF or CR; spaces belong to the field; empty lines are no records. Internal to
// core/formats.
namespace twostep::formats::csv {

// Every record of `data` (UTF-8, BOM already removed), fields decoded. CorruptFile naming the
// byte offset when a quoted field is not closed or a quote stands inside an unquoted field.
Result<QList<QStringList>> parse(const QByteArray& data);

// The first record only (for format detection); empty when it does not parse.
QStringList firstRecord(const QByteArray& data);

} // namespace twostep::formats::csv
