// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/VaultMerge.h"

#include <QHash>

#include <algorithm>
#include <random>
#include <tuple>

using namespace twostep;
using namespace twostep::vault;
using merge::History;

namespace {

const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-06-01T00:00:00.000Z"), Qt::ISODateWithMs);

// Two copies of one vault changed apart: adds, renames, detail edits, uses (not edits) and
// deletions at distinct times, with an occasional one-way sync (one copy merges the other) in between.
struct Simulation
{
    std::mt19937 random;
    History copies[2];
    int minute = 0;
    int added = 0;

    explicit Simulation(unsigned seed) : random(seed)
    {
        const int start = pick(2, 10);
        for (int i = 0; i < start; ++i) {
            copies[0].entries.append(newEntry());
        }
        copies[1] = copies[0];
    }

    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }
    QDateTime now() { return kStart.addSecs(60 * ++minute); }

    VaultEntry newEntry()
    {
        VaultEntry entry;
        entry.id = QStringLiteral("id-%1").arg(++added);
        entry.account = test::makeAccount(added);
        entry.created = entry.updated = now();
        return entry;
    }

    void step()
    {
        History& copy = copies[pick(0, 1)];
        const int kind = pick(0, 11);
        if (kind < 3 || copy.entries.isEmpty()) {
            copy.entries.append(newEntry());
        } else if (kind < 6) {
            VaultEntry& renamed = copy.entries[pick(0, static_cast<int>(copy.entries.size()) - 1)];
            renamed.account.name = QStringLiteral("renamed at %1").arg(minute);
            renamed.updated = now();
        } else if (kind == 6) {
            VaultEntry& edited = copy.entries[pick(0, static_cast<int>(copy.entries.size()) - 1)];
            edited.account.details.note = QStringLiteral("note at %1").arg(minute);
            edited.account.details.groups = {QStringLiteral("group %1").arg(pick(1, 3))};
            edited.account.details.favorite = pick(0, 1) == 1;
            edited.updated = now();
        } else if (kind == 7) {
            VaultEntry& used = copy.entries[pick(0, static_cast<int>(copy.entries.size()) - 1)];
            used.useCount += pick(1, 3);
            used.lastUsed = now();
        } else if (kind < 11) {
            const qsizetype index = pick(0, static_cast<int>(copy.entries.size()) - 1);
            copy.tombstones.append(Tombstone{copy.entries.at(index).id, now()});
            copy.entries.removeAt(index);
        } else {
            History& other = copies[&copy == &copies[0] ? 1 : 0];
            copy = merge::mergeHistories(copy, other).merged;
        }
    }
};

template <typename T> QList<T> sortedById(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.id < b.id; });
    return list;
}

// What must survive, worked out from the two copies without the merge: each id's latest live
// version, unless a deletion of it is later than that version's update, with the higher use
// count and the later last use of both copies.
QHash<QString, VaultEntry> expectedSurvivors(const History (&copies)[2])
{
    QHash<QString, VaultEntry> latest;
    QHash<QString, QDateTime> deleted;
    QHash<QString, std::pair<qint64, QDateTime>> usage;
    for (const History& copy : copies) {
        for (const VaultEntry& e : copy.entries) {
            if (!latest.contains(e.id) || latest.value(e.id).updated < e.updated) {
                latest.insert(e.id, e);
            }
            auto& [count, last] = usage[e.id];
            count = std::max(count, e.useCount);
            last = !last.isValid() || (e.lastUsed.isValid() && e.lastUsed > last) ? e.lastUsed : last;
        }
        for (const Tombstone& t : copy.tombstones) {
            deleted.insert(t.id, std::max(deleted.value(t.id, t.deleted), t.deleted));
        }
    }
    for (auto it = latest.begin(); it != latest.end(); ++it) {
        std::tie(it->useCount, it->lastUsed) = usage.value(it.key());
    }
    latest.removeIf([&](const QHash<QString, VaultEntry>::iterator it) {
        return deleted.contains(it.key()) && deleted.value(it.key()) > it->updated;
    });
    return latest;
}

} // namespace

TEST_CASE("merging two copies either way gives the same accounts and loses or resurrects none",
          "[vault][merge][property]")
{
    for (unsigned seed = 1; seed <= 300; ++seed) {
        CAPTURE(seed);
        Simulation simulation(seed);
        const int steps = simulation.pick(5, 40);
        for (int i = 0; i < steps; ++i) {
            simulation.step();
        }
        const History& a = simulation.copies[0];
        const History& b = simulation.copies[1];
        const merge::Result ab = merge::mergeHistories(a, b);
        const merge::Result ba = merge::mergeHistories(b, a);
        REQUIRE(sortedById(ab.merged.entries) == sortedById(ba.merged.entries));
        REQUIRE(sortedById(ab.merged.tombstones) == sortedById(ba.merged.tombstones));

        const QHash<QString, VaultEntry> expected = expectedSurvivors(simulation.copies);
        REQUIRE(ab.merged.entries.size() == expected.size());
        for (const VaultEntry& e : ab.merged.entries) {
            REQUIRE(expected.contains(e.id));
            REQUIRE(expected.value(e.id) == e);
        }
        // Merging the result again with either input changes nothing.
        REQUIRE(merge::mergeHistories(ab.merged, a).report.changesNothing());
        REQUIRE(merge::mergeHistories(ab.merged, b).report.changesNothing());
        REQUIRE(ab.report.added.size() + a.entries.size() - ab.report.removed.size() == ab.merged.entries.size());
    }
}
