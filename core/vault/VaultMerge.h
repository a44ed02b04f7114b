// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultEntry.h"

#include <QList>
#include <QString>

// Merging two copies of one vault that changed apart (docs/SYNC.md): a pure function, no file, no
// key. No common ancestor is needed: each account carries its last update, each deletion its time.
namespace twostep::vault::merge {

// What one copy holds: its accounts in the user's order and its deletions.
struct History
{
    QList<VaultEntry> entries;
    QList<Tombstone> tombstones;
};

// An account named in a report (no secret).
struct ReportItem
{
    QString id;
    QString label;
    bool operator==(const ReportItem&) const = default;
};

// The same secret and type under two ids, one from each copy: both are kept and reported.
struct LikelyDuplicate
{
    ReportItem ours;
    ReportItem theirs;
};

// What merging `theirs` into `ours` changes in `ours`.
struct Report
{
    QList<ReportItem> added;   // only in theirs (or deleted in ours before their last update)
    QList<ReportItem> updated; // in both, theirs updated later (label: theirs)
    QList<ReportItem> removed; // in ours, deleted in theirs after ours' last update
    QList<LikelyDuplicate> flagged;
    QList<ReportItem> deletedHere; // only in theirs, deleted in ours after its last update: stays deleted
    bool changesNothing() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

struct Result
{
    History merged;
    Report report;
};

// The rules: an account in one copy only is kept; the same id in both keeps the later update
// (equal times: a fixed order of the contents, so either side picks the same); a tombstone
// removes an account only if it is later than the account's last update; tombstones of both are
// kept (the later time per id) unless their account stays. Order: ours, then theirs' additions
// in theirs' order. The merged accounts and tombstones are the same sets whichever side is ours.
Result mergeHistories(const History& ours, const History& theirs);

} // namespace twostep::vault::merge
