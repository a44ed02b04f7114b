// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/VaultMerge.h"

#include <QHash>

using namespace twostep;
using namespace twostep::vault;
using merge::History;
using merge::mergeHistories;

namespace {

const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00.000Z"), Qt::ISODateWithMs);

QDateTime at(int minute)
{
    return kStart.addSecs(60 * minute);
}

VaultEntry entry(const QString& id, int updatedMinute, const QString& name = QStringLiteral("user"))
{
    VaultEntry e;
    e.id = id;
    e.account = test::makeAccount(0);
    e.account.issuer = QStringLiteral("Issuer ") + id;
    e.account.name = name;
    e.created = at(0);
    e.updated = at(updatedMinute);
    return e;
}

QStringList ids(const QList<merge::ReportItem>& items)
{
    QStringList list;
    for (const merge::ReportItem& item : items) {
        list.append(item.id);
    }
    return list;
}

QStringList ids(const QList<VaultEntry>& entries)
{
    QStringList list;
    for (const VaultEntry& e : entries) {
        list.append(e.id);
    }
    return list;
}

} // namespace

TEST_CASE("merge keeps an account that only one copy holds, whichever side it is on", "[vault][merge]")
{
    const History ours{{entry(QStringLiteral("a"), 1)}, {}};
    const History theirs{{entry(QStringLiteral("b"), 2)}, {}};
    const merge::Result merged = mergeHistories(ours, theirs);
    CHECK(ids(merged.merged.entries) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(ids(merged.report.added) == QStringList{QStringLiteral("b")});
    CHECK(merged.report.updated.isEmpty());
    CHECK(merged.report.removed.isEmpty());
    CHECK(merged.report.added.at(0).label == QStringLiteral("Issuer b:user"));
    CHECK(ids(mergeHistories(theirs, ours).merged.entries) == QStringList{QStringLiteral("b"), QStringLiteral("a")});
}

TEST_CASE("merge keeps the later update of an account both copies hold", "[vault][merge]")
{
    const VaultEntry older = entry(QStringLiteral("a"), 1, QStringLiteral("old name"));
    const VaultEntry newer = entry(QStringLiteral("a"), 5, QStringLiteral("new name"));
    const merge::Result pulled = mergeHistories(History{{older}, {}}, History{{newer}, {}});
    REQUIRE(pulled.merged.entries.size() == 1);
    CHECK(pulled.merged.entries.at(0).account.name == QStringLiteral("new name"));
    CHECK(pulled.report.updated ==
          QList<merge::ReportItem>{{QStringLiteral("a"), QStringLiteral("Issuer a:new name")}});

    const merge::Result kept = mergeHistories(History{{newer}, {}}, History{{older}, {}});
    CHECK(kept.merged.entries.at(0).account.name == QStringLiteral("new name"));
    CHECK(kept.report.changesNothing());

    const merge::Result same = mergeHistories(History{{newer}, {}}, History{{newer}, {}});
    CHECK(same.report.changesNothing());
    CHECK(same.merged.entries == QList<VaultEntry>{newer});
}

TEST_CASE("a tombstone removes an account only when it is later than the account's last update", "[vault][merge]")
{
    const VaultEntry account = entry(QStringLiteral("a"), 5);
    const merge::Result removed =
        mergeHistories(History{{account}, {}}, History{{}, {Tombstone{QStringLiteral("a"), at(6)}}});
    CHECK(removed.merged.entries.isEmpty());
    CHECK(ids(removed.report.removed) == QStringList{QStringLiteral("a")});
    CHECK(removed.merged.tombstones == QList<Tombstone>{{QStringLiteral("a"), at(6)}});

    // Renamed on one machine after it was deleted on the other: the rename wins, nothing is lost.
    const merge::Result kept =
        mergeHistories(History{{account}, {}}, History{{}, {Tombstone{QStringLiteral("a"), at(4)}}});
    CHECK(ids(kept.merged.entries) == QStringList{QStringLiteral("a")});
    CHECK(kept.report.changesNothing());
    CHECK(kept.merged.tombstones.isEmpty());

    // Deleted here, and the other copy still holds the version from before the deletion.
    const merge::Result stays =
        mergeHistories(History{{}, {Tombstone{QStringLiteral("a"), at(6)}}}, History{{account}, {}});
    CHECK(stays.merged.entries.isEmpty());
    CHECK(stays.report.added.isEmpty());
    CHECK(stays.report.changesNothing());
    CHECK(ids(stays.report.deletedHere) == QStringList{QStringLiteral("a")}); // said so, not "holds every account"
    CHECK(removed.report.deletedHere.isEmpty());
    CHECK(stays.merged.tombstones == QList<Tombstone>{{QStringLiteral("a"), at(6)}});
}

TEST_CASE("the same secret under two ids is kept twice and reported as a likely duplicate", "[vault][merge]")
{
    VaultEntry mine = entry(QStringLiteral("a"), 1);
    VaultEntry other = entry(QStringLiteral("b"), 2);
    other.account.secret = mine.account.secret;
    const VaultEntry unrelated = entry(QStringLiteral("c"), 2);
    const merge::Result merged = mergeHistories(History{{mine}, {}}, History{{other, unrelated}, {}});
    CHECK(ids(merged.merged.entries) == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    REQUIRE(merged.report.flagged.size() == 1);
    CHECK(merged.report.flagged.at(0).ours.id == QStringLiteral("a"));
    CHECK(merged.report.flagged.at(0).theirs.id == QStringLiteral("b"));
}

TEST_CASE("two versions updated in the same millisecond resolve the same way from both sides", "[vault][merge]")
{
    const VaultEntry one = entry(QStringLiteral("a"), 3, QStringLiteral("one"));
    const VaultEntry two = entry(QStringLiteral("a"), 3, QStringLiteral("two"));
    const merge::Result forward = mergeHistories(History{{one}, {}}, History{{two}, {}});
    const merge::Result backward = mergeHistories(History{{two}, {}}, History{{one}, {}});
    CHECK(forward.merged.entries == backward.merged.entries);
    CHECK(forward.merged.entries.at(0).account.name == QStringLiteral("two"));
}

TEST_CASE("an HOTP counter never goes back in a merge, whichever version wins", "[vault][merge]")
{
    const otp::Account shared = test::makeAccount(0);
    const auto hotp = [&shared](int updatedMinute, std::uint64_t counter) {
        VaultEntry e = entry(QStringLiteral("h"), updatedMinute);
        e.account.secret = shared.secret;
        e.account.parameters = *otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, counter);
        return e;
    };
    // Codes up to counter 10 were handed out from ours; theirs was changed later at counter 1.
    const VaultEntry ours = hotp(1, 10);
    const VaultEntry theirs = hotp(2, 1);
    const merge::Result forward = mergeHistories(History{{ours}, {}}, History{{theirs}, {}});
    const merge::Result backward = mergeHistories(History{{theirs}, {}}, History{{ours}, {}});
    REQUIRE(forward.merged.entries.size() == 1);
    CHECK(forward.merged.entries.at(0).account.parameters.counter() == 10);
    CHECK(forward.merged.entries.at(0).updated == at(2));
    CHECK(forward.merged.entries == backward.merged.entries);
    CHECK(ids(backward.report.updated) == QStringList{QStringLiteral("h")});

    // Another secret under the same id: the counter belongs to the winner's secret alone.
    VaultEntry rekeyed = hotp(3, 2);
    rekeyed.account = test::makeAccount(1);
    rekeyed.account.parameters = *otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, 2);
    const merge::Result replaced = mergeHistories(History{{ours}, {}}, History{{rekeyed}, {}});
    CHECK(replaced.merged.entries.at(0).account.parameters.counter() == 2);
}
