// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultMerge.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <compare>
#include <tuple>
#include <unordered_map>

namespace twostep::vault::merge {

namespace {

// A total order of an entry's contents, so that two versions updated in the same millisecond
// resolve the same way whichever copy merges.
std::weak_ordering compareContents(const VaultEntry& a, const VaultEntry& b)
{
    const otp::OtpParameters& p = a.account.parameters;
    const otp::OtpParameters& q = b.account.parameters;
    const auto key = [](const VaultEntry& e, const otp::OtpParameters& o) {
        return std::make_tuple(e.updated.toMSecsSinceEpoch(), e.created.toMSecsSinceEpoch(), e.account.issuer,
                               e.account.name, static_cast<int>(o.type()), static_cast<int>(o.algorithm()), o.digits(),
                               o.period(), o.counter(), e.account.awsMfaArn);
    };
    const auto details = [](const VaultEntry& e) {
        const otp::AccountDetails& d = e.account.details;
        return std::make_tuple(d.note, d.groups.join(QLatin1Char('\n')), d.groups.size(), d.favorite, d.icon.mimeType,
                               d.icon.data);
    };
    if (const auto order = key(a, p) <=> key(b, q); std::is_neq(order)) {
        return order;
    }
    if (const auto order = details(a) <=> details(b); std::is_neq(order)) {
        return order;
    }
    const auto x = a.account.secret.bytes();
    const auto y = b.account.secret.bytes();
    return std::lexicographical_compare_three_way(x.begin(), x.end(), y.begin(), y.end());
}

ReportItem itemOf(const VaultEntry& entry)
{
    return ReportItem{entry.id, entry.account.label()};
}

QHash<QString, QDateTime> latestDeletions(const History& ours, const History& theirs)
{
    QHash<QString, QDateTime> deleted;
    deleted.reserve(ours.tombstones.size() + theirs.tombstones.size());
    for (const QList<Tombstone>* list : {&ours.tombstones, &theirs.tombstones}) {
        for (const Tombstone& tombstone : *list) {
            QDateTime& time = deleted[tombstone.id];
            time = time.isValid() ? std::max(time, tombstone.deleted) : tombstone.deleted;
        }
    }
    return deleted;
}

bool deletedAfterUpdate(const QHash<QString, QDateTime>& deleted, const VaultEntry& entry)
{
    const auto found = deleted.constFind(entry.id);
    return found != deleted.cend() && *found > entry.updated;
}

// The tombstones of both copies, the later time per id, ours' order then theirs', minus the
// accounts that stay.
QList<Tombstone> mergedTombstones(const History& ours, const History& theirs, const QHash<QString, QDateTime>& deleted,
                                  const QSet<QString>& live)
{
    QList<Tombstone> merged;
    QSet<QString> done;
    for (const QList<Tombstone>* list : {&ours.tombstones, &theirs.tombstones}) {
        for (const Tombstone& tombstone : *list) {
            if (!live.contains(tombstone.id) && !done.contains(tombstone.id)) {
                done.insert(tombstone.id);
                merged.append(Tombstone{tombstone.id, deleted.value(tombstone.id)});
            }
        }
    }
    return merged;
}

// Each addition whose secret and type an account of ours already has.
QList<LikelyDuplicate> likelyDuplicates(const QList<VaultEntry>& merged, qsizetype firstAdded)
{
    std::unordered_map<const otp::Account*, const VaultEntry*, otp::TokenHash, otp::SameToken> ours;
    ours.reserve(static_cast<std::size_t>(firstAdded));
    for (qsizetype i = 0; i < firstAdded; ++i) {
        ours.emplace(&merged.at(i).account, &merged.at(i));
    }
    QList<LikelyDuplicate> flagged;
    for (qsizetype i = firstAdded; i < merged.size(); ++i) {
        const auto found = ours.find(&merged.at(i).account);
        if (found != ours.end()) {
            flagged.append(LikelyDuplicate{itemOf(*found->second), itemOf(merged.at(i))});
        }
    }
    return flagged;
}

QDateTime later(const QDateTime& a, const QDateTime& b)
{
    return !a.isValid() || (b.isValid() && b > a) ? b : a;
}

// RFC 4226 §7.2: a counter never goes back, or codes already handed out would be valid again. The
// version that wins keeps the higher counter both copies reached with the same secret. Using a
// code is not an edit, so the winner also takes the higher use count and the later last use.
VaultEntry withHighestCounter(const VaultEntry& kept, const VaultEntry* other)
{
    VaultEntry result = kept;
    if (other != nullptr) {
        result.useCount = std::max(kept.useCount, other->useCount);
        result.lastUsed = later(kept.lastUsed, other->lastUsed);
    }
    const otp::OtpParameters& ours = kept.account.parameters;
    if (other != nullptr && ours.type() == otp::OtpType::Hotp && otp::isSameToken(kept.account, other->account) &&
        other->account.parameters.counter() > ours.counter()) {
        result.account.parameters = ours.withCounter(other->account.parameters.counter());
    }
    return result;
}

} // namespace

Result mergeHistories(const History& ours, const History& theirs)
{
    QHash<QString, const VaultEntry*> theirById;
    theirById.reserve(theirs.entries.size());
    for (const VaultEntry& entry : theirs.entries) {
        theirById.insert(entry.id, &entry);
    }
    const QHash<QString, QDateTime> deleted = latestDeletions(ours, theirs);
    Result result;
    QList<VaultEntry>& merged = result.merged.entries;
    merged.reserve(ours.entries.size() + theirs.entries.size());
    QSet<QString> live;
    QSet<QString> oursIds;
    for (const VaultEntry& entry : ours.entries) {
        oursIds.insert(entry.id);
        const VaultEntry* other = theirById.value(entry.id);
        const VaultEntry& winner = other && std::is_gt(compareContents(*other, entry)) ? *other : entry;
        if (deletedAfterUpdate(deleted, winner)) {
            result.report.removed.append(itemOf(entry));
            continue;
        }
        const VaultEntry kept = withHighestCounter(winner, &winner == other ? &entry : other);
        if (!(kept == entry)) {
            result.report.updated.append(itemOf(kept));
        }
        live.insert(kept.id);
        merged.append(kept);
    }
    const qsizetype firstAdded = merged.size();
    for (const VaultEntry& entry : theirs.entries) {
        if (oursIds.contains(entry.id)) {
            continue;
        }
        if (deletedAfterUpdate(deleted, entry)) {
            result.report.deletedHere.append(itemOf(entry));
        } else {
            result.report.added.append(itemOf(entry));
            live.insert(entry.id);
            merged.append(entry);
        }
    }
    result.merged.tombstones = mergedTombstones(ours, theirs, deleted, live);
    result.report.flagged = likelyDuplicates(merged, firstAdded);
    return result;
}

} // namespace twostep::vault::merge
