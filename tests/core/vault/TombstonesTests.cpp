// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/Tombstones.h"
#include "vault/VaultFile.h"
#include "vault/VaultPayload.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00.000Z"), Qt::ISODateWithMs);

VaultEntry entryWithId(const QString& id)
{
    VaultEntry entry;
    entry.id = id;
    entry.account = test::makeAccount(1);
    entry.created = entry.updated = kNow.addDays(-1);
    return entry;
}

QString copyOfVersion1Vault(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    REQUIRE(QFile::copy(QStringLiteral(TWOSTEP_TEST_DATA_DIR "/vaults/version1.twostep"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace

TEST_CASE("a vault written before tombstones existed opens with its accounts unchanged", "[vault][tombstones]")
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1Vault(dir);
    Result<Vault> vault = Vault::open(path, test::password("merge test v1"));
    REQUIRE(vault);
    REQUIRE(vault->entries().size() == 2);
    CHECK(vault->entries().at(0).id == QStringLiteral("63f6cb3a-9dfe-4fbb-9293-6062103cab02"));
    CHECK(vault->entries().at(0).account.label() == QStringLiteral("Example:alice@example.com"));
    CHECK(vault->entries().at(1).account.label() == QStringLiteral("Amazon Web Services:alice@123456789012"));
    CHECK(vault->entries().at(1).account.parameters.digits() == 8);
    CHECK(vault->tombstones().isEmpty());
}

TEST_CASE("removing an account records its id and deletion time, kept across a reopen", "[vault][tombstones]")
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1Vault(dir);
    Result<Vault> vault = Vault::open(path, test::password("merge test v1"));
    REQUIRE(vault);
    const QString id = vault->entries().at(0).id;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    REQUIRE(vault->removeAccount(id));
    REQUIRE(vault->renameAccount(vault->entries().at(0).id, QStringLiteral("AWS"), QStringLiteral("root")));

    Result<Vault> reopened = Vault::open(path, test::password("merge test v1"));
    REQUIRE(reopened);
    REQUIRE(reopened->tombstones().size() == 1);
    CHECK(reopened->tombstones().at(0).id == id);
    CHECK(reopened->tombstones().at(0).deleted >= before);
    CHECK(reopened->tombstones().at(0).deleted <= QDateTime::currentDateTimeUtc());
    CHECK(reopened->entries().size() == 1);
}

TEST_CASE("a tombstone is dropped when its id comes back or after 180 days", "[vault][tombstones]")
{
    const QList<VaultEntry> before{entryWithId(QStringLiteral("a")), entryWithId(QStringLiteral("b"))};
    const QList<Tombstone> kept{Tombstone{QStringLiteral("old"), kNow.addDays(-181)},
                                Tombstone{QStringLiteral("recent"), kNow.addDays(-179)},
                                Tombstone{QStringLiteral("back"), kNow.addDays(-2)}};
    const QList<VaultEntry> after{entryWithId(QStringLiteral("b")), entryWithId(QStringLiteral("back"))};
    const QList<Tombstone> result = file::tombstonesAfter(kept, before, after, kNow);
    REQUIRE(result.size() == 2);
    CHECK(result.at(0) == Tombstone{QStringLiteral("recent"), kNow.addDays(-179)});
    CHECK(result.at(1) == Tombstone{QStringLiteral("a"), kNow});
}

TEST_CASE("the number of tombstones is bounded, the newest kept", "[vault][tombstones][bounds]")
{
    QList<Tombstone> kept;
    for (qsizetype i = 0; i < limits::kMaxTombstones; ++i) {
        kept.append(Tombstone{QStringLiteral("t%1").arg(i), kNow.addSecs(-1 - i)});
    }
    const QList<Tombstone> result =
        file::tombstonesAfter(kept, QList<VaultEntry>{entryWithId(QStringLiteral("gone"))}, {}, kNow);
    REQUIRE(result.size() == limits::kMaxTombstones);
    CHECK(result.first().id == QStringLiteral("gone"));
    CHECK(result.last().id == QStringLiteral("t%1").arg(limits::kMaxTombstones - 2));
}

TEST_CASE("a payload of a later version or with a bad tombstone is refused with the reason", "[vault][tombstones]")
{
    const auto read = [](const char* json) {
        return payload::readTombstones(QJsonDocument::fromJson(json).object(), QSet<QString>{QStringLiteral("live")});
    };
    CHECK(read(R"({"accounts":[]})")->isEmpty());
    Result<QList<Tombstone>> later = read(R"({"accounts":[],"tombstones":[],"version":4})");
    REQUIRE_FALSE(later);
    CHECK(later.error().code == ErrorCode::UnsupportedVersion);
    CHECK(later.error().detail == QStringLiteral("unsupported vault payload version 4 (this Twostep reads up to 3)"));
    for (const char* bad : {R"({"tombstones":[{"id":"live","deleted":"2026-11-30T10:00:00.000Z"}],"version":2})",
                            R"({"tombstones":[{"id":"x","deleted":"yesterday"}],"version":2})",
                            R"({"tombstones":[{"id":"","deleted":"2026-11-30T10:00:00.000Z"}],"version":2})",
                            R"({"tombstones":[],"version":1.5})", R"({"tombstones":[]})"}) {
        Result<QList<Tombstone>> refused = read(bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::CorruptFile);
    }
    Result<QList<Tombstone>> good =
        read(R"({"tombstones":[{"id":"x","deleted":"2026-11-30T10:00:00.000Z"}],"version":2})");
    REQUIRE(good);
    CHECK(*good == QList<Tombstone>{Tombstone{QStringLiteral("x"), kNow}});
}
