// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/BitwardenImporter.h"

#include "formats/ImportSupport.h"

#include <QJsonArray>

namespace twostep::formats {

namespace {

using namespace support;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

const QString kTotpColumn = QStringLiteral("login_totp");

// RFC 4180: fields separated by commas, optionally quoted, "" inside quotes is a quote, quoted
// fields may hold newlines. An unterminated quote is an error.
Result<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                row.append(field);
                rows.append(row);
            }
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        return corrupt(QStringLiteral("the Bitwarden CSV file ends inside a quoted field"));
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

bool isCsv(const QByteArray& data)
{
    if (!isText(data)) {
        return false;
    }
    const qsizetype newline = data.indexOf('\n');
    const QByteArray header = newline < 0 ? data : data.left(newline);
    return header.split(',').contains(kTotpColumn.toLatin1()) ||
           header.split(',').contains(kTotpColumn.toLatin1() + '\r');
}

Result<ImportResult> readCsv(const QByteArray& data)
{
    auto rows = parseCsv(QString::fromUtf8(data));
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return corrupt(QStringLiteral("the Bitwarden CSV file is empty"));
    }
    const QStringList header = rows->first();
    const qsizetype totpColumn = header.indexOf(kTotpColumn);
    const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
    const qsizetype userColumn = header.indexOf(QStringLiteral("login_username"));
    if (totpColumn < 0) {
        return corrupt(QStringLiteral("the Bitwarden CSV file has no login_totp column"));
    }
    ImportResult result;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const QStringList& row = rows->at(i);
        if (row.size() != header.size()) {
            return corrupt(QStringLiteral("row %1 of the Bitwarden CSV file has %2 fields, the header %3")
                               .arg(i + 1)
                               .arg(row.size())
                               .arg(header.size()));
        }
        const QString totp = row.at(totpColumn).trimmed();
        if (totp.isEmpty()) {
            continue;
        }
        const QString itemName = nameColumn >= 0 ? row.at(nameColumn) : QString();
        const QString user = userColumn >= 0 ? row.at(userColumn) : QString();
        const QString entry = QStringLiteral("row %1 (%2)").arg(i + 1).arg(itemName);
        if (Status added = collect(result, accountFromTotpField(totp, itemName, user, entry)); !added) {
            return added.error();
        }
    }
    return result;
}

Result<ImportResult> readJson(const QByteArray& data)
{
    auto document = parseJson(data, QStringLiteral("the Bitwarden file"));
    if (!document) {
        return document.error();
    }
    const QJsonObject root = document->object();
    if (root.value(QLatin1String("encrypted")).toBool(false)) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("this Bitwarden export is encrypted; export it again as unencrypted JSON"));
    }
    const QJsonValue items = root.value(QLatin1String("items"));
    if (!items.isArray()) {
        return corrupt(QStringLiteral("the Bitwarden file has no item list"));
    }
    ImportResult result;
    const QJsonArray array = items.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return corrupt(QStringLiteral("item %1 of the Bitwarden file is not an object").arg(i + 1));
        }
        const QJsonObject item = array.at(i).toObject();
        const QJsonObject login = item.value(QLatin1String("login")).toObject();
        const QString itemName = item.value(QLatin1String("name")).toString();
        const QString entry = QStringLiteral("item %1 (%2)").arg(i + 1).arg(itemName);
        auto totp = stringField(login, "totp", entry, false);
        if (!totp) {
            return totp.error();
        }
        if (totp->trimmed().isEmpty()) {
            continue;
        }
        const QString user = login.value(QLatin1String("username")).toString();
        if (Status added = collect(result, accountFromTotpField(*totp, itemName, user, entry)); !added) {
            return added.error();
        }
    }
    return result;
}

} // namespace

bool BitwardenImporter::detect(const QByteArray& data) const
{
    const auto object = jsonObjectWithKeys(data, {"items"});
    if (object) {
        return object->value(QLatin1String("items")).isArray() &&
               (object->contains(QLatin1String("encrypted")) || object->contains(QLatin1String("folders")));
    }
    return isCsv(data);
}

bool BitwardenImporter::needsPassword(const QByteArray&) const
{
    return false;
}

Result<ImportResult> BitwardenImporter::read(const QByteArray& data, const SecretBytes*) const
{
    if (data.trimmed().startsWith('{')) {
        return readJson(data);
    }
    if (!isCsv(data)) {
        return corrupt(QStringLiteral("the file is neither Bitwarden JSON nor a CSV file with a login_totp column"));
    }
    return readCsv(data);
}

} // namespace twostep::formats
