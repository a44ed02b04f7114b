// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/AccountDetails.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// An Aegis entry's note, favorite, icon and groups, both ways (Aegis 3.x, db version 3):
// "note", "favorite", "icon" (base64, or null) with "icon_mime" (absent: JPEG) and "icon_hash"
// (hex SHA-256 of the MIME type's UTF-8 then the bytes), "groups" (uuids named in db.groups
// [{uuid, name}]) or, in db versions before 3, one "group" name.
namespace twostep::formats::aegis {

constexpr qsizetype kMaxGroups = 10000; // db.groups of one file

// db.groups as uuid -> name; a malformed group is left out with a line in `notes`.
QHash<QString, QString> readGroups(const QJsonObject& db, QStringList& notes);
// The entry's details; a part that is damaged or over a bound is left out with a line in
// `notes` naming `entry`, and the rest kept.
otp::AccountDetails readDetails(const QJsonObject& object, const QHash<QString, QString>& groups, const QString& entry,
                                QStringList& notes);

// Writing: every group name of `accounts` gets one uuid.
struct GroupTable
{
    QHash<QString, QString> uuidByName;
    QJsonArray json; // db.groups
};
GroupTable groupTable(const QList<const otp::AccountDetails*>& details);
void writeDetails(QJsonObject& entry, const otp::AccountDetails& details, const GroupTable& groups);

} // namespace twostep::formats::aegis
