// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Tombstones.h"

#include <QSet>

#include <algorithm>

namespace twostep::vault::file {

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

} // namespace twostep::vault::file
