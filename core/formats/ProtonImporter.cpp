// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/ProtonImporter.h"

#include "formats/ImportSupport.h"

#include <QJsonArray>

namespace twostep::formats {

namespace {

using namespace support;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

} // namespace

bool ProtonImporter::detect(const QByteArray& data) const
{
    const auto object = jsonObjectWithKeys(data, {"version", "entries"});
    if (!object || !object->value(QLatin1String("entries")).isArray()) {
        return false;
    }
    const QJsonArray entries = object->value(QLatin1String("entries")).toArray();
    return entries.isEmpty() || entries.first().toObject().value(QLatin1String("content")).isObject();
}

bool ProtonImporter::needsPassword(const QByteArray&) const
{
    return false;
}

Result<ImportResult> ProtonImporter::read(const QByteArray& data, const SecretBytes*) const
{
    auto document = parseJson(data, QStringLiteral("the Proton Authenticator file"));
    if (!document) {
        return document.error();
    }
    const QJsonObject root = document->object();
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != 1) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("Proton Authenticator export version %1 is not supported (1 is)").arg(version));
    }
    const QJsonValue entries = root.value(QLatin1String("entries"));
    if (!entries.isArray()) {
        return corrupt(QStringLiteral("the Proton Authenticator file has no entry list"));
    }
    ImportResult result;
    const QJsonArray array = entries.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject content = array.at(i).toObject().value(QLatin1String("content")).toObject();
        const QString name = content.value(QLatin1String("name")).toString();
        const QString entry = describeEntry(i, {}, name);
        auto uri = stringField(content, "uri", entry, true);
        if (!uri) {
            return uri.error();
        }
        if (Status added = collect(result, accountFromTotpField(*uri, {}, name, entry)); !added) {
            return added.error();
        }
    }
    return result;
}

} // namespace twostep::formats
