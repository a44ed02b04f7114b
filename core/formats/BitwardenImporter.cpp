// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/BitwardenImporter.h"

#include "formats/Csv.h"
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

bool isCsv(const QByteArray& data)
{
    return isText(data) && csv::firstRecord(data).contains(kTotpColumn);
}

Result<ImportResult> readCsv(const QByteArray& data)
{
    auto rows = csv::parse(data);
    if (!rows) {
        return corrupt(QStringLiteral("the Bitwarden CSV file: %1").arg(rows.error().detail));
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
        const QString itemName = nameColumn >= 0 && nameColumn < row.size() ? row.at(nameColumn) : QString();
        const QString entry = QStringLiteral("row %1 (%2)").arg(i + 1).arg(itemName);
        if (row.size() != header.size()) {
            result.skipped.append(
                QStringLiteral("%1 has %2 fields, the header %3").arg(entry).arg(row.size()).arg(header.size()));
            continue;
        }
        const QString totp = row.at(totpColumn).trimmed();
        if (totp.isEmpty()) {
            continue;
        }
        const QString user = userColumn >= 0 ? row.at(userColumn) : QString();
        collect(result, accountFromTotpField(totp, itemName, user, entry, &result.notes));
    }
    return result;
}

// Bitwarden's encrypted JSON exports: "password protected" ("passwordProtected": true, a file
// password; everything in "data") and "account restricted" ("passwordProtected": false, the items'
// fields encrypted with the Bitwarden account key). The flag decides; "data" alone is a fallback.
Error encryptedExportError(const QJsonObject& root)
{
    const QJsonValue flag = root.value(QLatin1String("passwordProtected"));
    const bool passwordProtected = flag.isBool() ? flag.toBool() : root.contains(QLatin1String("data"));
    if (passwordProtected) {
        return unreadableEncryptionError(
            QStringLiteral("a password-protected Bitwarden export (.json (Encrypted), 'Password protected')"),
            QStringLiteral("in Bitwarden, export the vault again choosing the file format .json or .csv without "
                           "encryption, import that file, then delete it"));
    }
    return unreadableEncryptionError(
        QStringLiteral("a Bitwarden export encrypted with your Bitwarden account key (.json (Encrypted), "
                       "'Account restricted')"),
        QStringLiteral("in Bitwarden, export again choosing .json or .csv without encryption ('Password protected' "
                       "is not read by Twostep yet either), import that file, then delete it"));
}

Result<ImportResult> readJson(const QByteArray& data)
{
    auto document = parseJson(data, QStringLiteral("the Bitwarden file"));
    if (!document) {
        return document.error();
    }
    const QJsonObject root = document->object();
    if (root.value(QLatin1String("encrypted")).toBool(false)) {
        return encryptedExportError(root);
    }
    const QJsonValue items = root.value(QLatin1String("items"));
    if (!items.isArray()) {
        return corrupt(QStringLiteral("the Bitwarden file has no item list"));
    }
    ImportResult result;
    const QJsonArray array = items.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            result.skipped.append(QStringLiteral("item %1 of the Bitwarden file is not an object").arg(i + 1));
            continue;
        }
        const QJsonObject item = array.at(i).toObject();
        const QJsonObject login = item.value(QLatin1String("login")).toObject();
        const QString itemName = item.value(QLatin1String("name")).toString();
        const QString entry = QStringLiteral("item %1 (%2)").arg(i + 1).arg(itemName);
        auto totp = stringField(login, "totp", entry, false);
        if (!totp) {
            result.skipped.append(totp.error().detail);
            continue;
        }
        if (totp->trimmed().isEmpty()) {
            continue;
        }
        const QString user = login.value(QLatin1String("username")).toString();
        collect(result, accountFromTotpField(*totp, itemName, user, entry, &result.notes));
    }
    return result;
}

} // namespace

bool BitwardenImporter::detect(const QByteArray& data) const
{
    if (const auto object = jsonObjectWithKeys(data, {"encrypted"})) {
        return object->value(QLatin1String("encrypted")).isBool() &&
               (object->value(QLatin1String("items")).isArray() || object->contains(QLatin1String("data")));
    }
    if (const auto object = jsonObjectWithKeys(data, {"items", "folders"})) {
        return object->value(QLatin1String("items")).isArray();
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
