// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Tombstones.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace twostep::vault::file {

namespace {

Error damaged(const QString& why)
{
    return makeError(ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: ") + why);
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QList<Tombstone> tombstonesAfter(QList<Tombstone> kept, const QList<VaultEntry>& before, const QList<VaultEntry>& after,
                                 const QDateTime& now)
{
    QSet<QString> live;
    live.reserve(after.size());
    for (const VaultEntry& entry : after) {
        live.insert(entry.id);
    }
    QSet<QString> recorded;
    for (const Tombstone& tombstone : kept) {
        recorded.insert(tombstone.id);
    }
    for (const VaultEntry& entry : before) {
        if (!live.contains(entry.id) && !recorded.contains(entry.id)) {
            kept.append(Tombstone{entry.id, now.toUTC()});
        }
    }
    const QDateTime oldest = now.addDays(-limits::kTombstoneDays);
    kept.removeIf([&](const Tombstone& t) { return live.contains(t.id) || t.deleted < oldest; });
    if (kept.size() > limits::kMaxTombstones) {
        std::stable_sort(kept.begin(), kept.end(),
                         [](const Tombstone& a, const Tombstone& b) { return a.deleted > b.deleted; });
        kept.resize(limits::kMaxTombstones);
    }
    return kept;
}

void writeTombstones(QJsonObject& root, const QList<Tombstone>& tombstones)
{
    QJsonArray list;
    for (const Tombstone& tombstone : tombstones) {
        list.append(
            QJsonObject{{QStringLiteral("id"), tombstone.id}, {QStringLiteral("deleted"), isoUtc(tombstone.deleted)}});
    }
    root.insert(QStringLiteral("tombstones"), list);
    root.insert(QStringLiteral("version"), kPayloadVersion);
}

Result<QList<Tombstone>> readTombstones(const QJsonObject& root, const QSet<QString>& liveIds)
{
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined()) {
        if (root.contains(QStringLiteral("tombstones"))) {
            return damaged(QStringLiteral("its account list has tombstones but no version"));
        }
        return QList<Tombstone>{};
    }
    const double number = version.toDouble(-1);
    if (!version.isDouble() || std::floor(number) != number || number < 2) {
        return damaged(QStringLiteral("its account list has an invalid version"));
    }
    if (number > kPayloadVersion) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("unsupported vault payload version %1 (this Twostep reads up to %2)")
                             .arg(number)
                             .arg(kPayloadVersion));
    }
    const QJsonValue listValue = root.value(QStringLiteral("tombstones"));
    if (!listValue.isArray()) {
        return damaged(QStringLiteral("its list of deleted accounts is missing"));
    }
    const QJsonArray list = listValue.toArray();
    if (list.size() > limits::kMaxTombstones) {
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("vault file is over Twostep's limits: it records %1 deleted accounts; "
                                        "Twostep reads at most %2")
                             .arg(list.size())
                             .arg(limits::kMaxTombstones));
    }
    QList<Tombstone> tombstones;
    tombstones.reserve(list.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        Tombstone tombstone{
            object.value(QStringLiteral("id")).toString(),
            QDateTime::fromString(object.value(QStringLiteral("deleted")).toString(), Qt::ISODateWithMs)};
        if (tombstone.id.isEmpty() || tombstone.id.size() > limits::kMaxLabelLength || seen.contains(tombstone.id) ||
            liveIds.contains(tombstone.id) || !tombstone.deleted.isValid()) {
            return damaged(
                QStringLiteral("deleted account %1 has a missing, repeated or live id, or an invalid time").arg(i + 1));
        }
        seen.insert(tombstone.id);
        tombstone.deleted = tombstone.deleted.toUTC();
        tombstones.append(std::move(tombstone));
    }
    return tombstones;
}

} // namespace twostep::vault::file
