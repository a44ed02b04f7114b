// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/AegisDetails.h"

#include <QCryptographicHash>
#include <QUuid>

namespace twostep::formats::aegis {

namespace {

// base64 of kMaxIconBytes, checked before decoding.
constexpr qsizetype kMaxIconText = (otp::detailLimits::kMaxIconBytes + 2) / 3 * 4;

QByteArray iconHash(const otp::AccountIcon& icon)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(icon.mimeType.toUtf8());
    hash.addData(icon.data);
    return hash.result().toHex();
}

Result<otp::AccountIcon> readIcon(const QJsonObject& object)
{
    const QJsonValue icon = object.value(QLatin1String("icon"));
    if (icon.isNull() || icon.isUndefined()) {
        return otp::AccountIcon{};
    }
    const QString text = icon.toString();
    if (!icon.isString() || text.size() > kMaxIconText) {
        return makeError(
            ErrorCode::LimitExceeded,
            QStringLiteral("its icon is not text or over %1 KiB").arg(otp::detailLimits::kMaxIconBytes / 1024));
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("its icon is not valid base64"));
    }
    const QJsonValue mime = object.value(QLatin1String("icon_mime"));
    // Aegis wrote JPEG icons without a MIME type before it knew others.
    return otp::makeIcon(*decoded, mime.isString() ? mime.toString() : otp::kJpegMime);
}

QStringList readGroupNames(const QJsonObject& object, const QHash<QString, QString>& groups, const QString& entry,
                           QStringList& notes)
{
    QStringList names;
    const QJsonValue legacy = object.value(QLatin1String("group"));
    if (legacy.isString()) {
        names.append(legacy.toString());
    }
    const QJsonArray uuids = object.value(QLatin1String("groups")).toArray();
    if (uuids.size() > otp::detailLimits::kMaxGroups) {
        notes.append(QStringLiteral("%1: its groups were left out (more than %2)")
                         .arg(entry)
                         .arg(otp::detailLimits::kMaxGroups));
        return otp::normalizedGroups(names);
    }
    for (const QJsonValue uuid : uuids) {
        const auto found = groups.constFind(uuid.toString().toLower());
        if (found == groups.cend()) {
            notes.append(QStringLiteral("%1: a group it names is not in the file's group list").arg(entry));
            continue;
        }
        names.append(*found);
    }
    return otp::normalizedGroups(names);
}

} // namespace

QHash<QString, QString> readGroups(const QJsonObject& db, QStringList& notes)
{
    QHash<QString, QString> groups;
    const QJsonArray list = db.value(QLatin1String("groups")).toArray();
    if (list.size() > kMaxGroups) {
        notes.append(QStringLiteral("the file's groups were left out (more than %1)").arg(kMaxGroups));
        return groups;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject group = list.at(i).toObject();
        const QString uuid = group.value(QLatin1String("uuid")).toString().toLower();
        const QString name = group.value(QLatin1String("name")).toString();
        if (QUuid::fromString(uuid).isNull() || name.trimmed().isEmpty() ||
            name.size() > otp::detailLimits::kMaxGroupNameLength) {
            notes.append(QStringLiteral("group %1 was left out: it has no valid uuid or name").arg(i + 1));
            continue;
        }
        groups.insert(uuid, name);
    }
    return groups;
}

otp::AccountDetails readDetails(const QJsonObject& object, const QHash<QString, QString>& groups, const QString& entry,
                                QStringList& notes)
{
    otp::AccountDetails details;
    details.note = object.value(QLatin1String("note")).toString();
    if (details.note.size() > otp::detailLimits::kMaxNoteLength) {
        notes.append(
            QStringLiteral("%1: its note was cut to %2 characters").arg(entry).arg(otp::detailLimits::kMaxNoteLength));
        details.note.truncate(otp::detailLimits::kMaxNoteLength);
    }
    details.favorite = object.value(QLatin1String("favorite")).toBool(false);
    details.groups = readGroupNames(object, groups, entry, notes);
    if (Result<otp::AccountIcon> icon = readIcon(object); icon) {
        details.icon = std::move(icon).value();
    } else {
        notes.append(QStringLiteral("%1: its icon was left out: %2").arg(entry, icon.error().detail));
    }
    return details;
}

GroupTable groupTable(const QList<const otp::AccountDetails*>& details)
{
    GroupTable table;
    for (const otp::AccountDetails* account : details) {
        for (const QString& name : account->groups) {
            if (!table.uuidByName.contains(name)) {
                const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                table.uuidByName.insert(name, uuid);
                table.json.append(QJsonObject{{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}});
            }
        }
    }
    return table;
}

void writeDetails(QJsonObject& entry, const otp::AccountDetails& details, const GroupTable& groups)
{
    entry.insert(QStringLiteral("note"), details.note);
    entry.insert(QStringLiteral("favorite"), details.favorite);
    if (details.icon.isEmpty()) {
        entry.insert(QStringLiteral("icon"), QJsonValue::Null);
    } else {
        entry.insert(QStringLiteral("icon"), QString::fromLatin1(details.icon.data.toBase64()));
        entry.insert(QStringLiteral("icon_mime"), details.icon.mimeType);
        entry.insert(QStringLiteral("icon_hash"), QString::fromLatin1(iconHash(details.icon)));
    }
    QJsonArray uuids;
    for (const QString& name : details.groups) {
        uuids.append(groups.uuidByName.value(name));
    }
    entry.insert(QStringLiteral("groups"), uuids);
}

} // namespace twostep::formats::aegis
