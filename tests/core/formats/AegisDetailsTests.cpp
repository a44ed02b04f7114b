// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "formats/Exporters.h"
#include "formats/FormatRegistry.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::formats;

namespace {

QString inputPath(const char* name)
{
    return QDir(test::samplesDir()).filePath(QStringLiteral("../inputs/") + QString::fromLatin1(name));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray bytesOf(const SecretBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

QJsonObject plainDb()
{
    return QJsonDocument::fromJson(fileBytes(inputPath("aegis_details_plain.json")))
        .object()
        .value(QStringLiteral("db"))
        .toObject();
}

// The group names an Aegis entry's uuids stand for in `db`.
QStringList groupNames(const QJsonObject& db, const QJsonObject& entry)
{
    QHash<QString, QString> names;
    for (const QJsonValue group : db.value(QStringLiteral("groups")).toArray()) {
        names.insert(group[QStringLiteral("uuid")].toString(), group[QStringLiteral("name")].toString());
    }
    QStringList result;
    for (const QJsonValue uuid : entry.value(QStringLiteral("groups")).toArray()) {
        REQUIRE(names.contains(uuid.toString()));
        result.append(names.value(uuid.toString()));
    }
    return result;
}

void requireDetailsOfFile(const QList<otp::Account>& accounts)
{
    REQUIRE(accounts.size() == 3);
    const otp::AccountDetails& aws = accounts.at(0).details;
    CHECK(aws.favorite);
    CHECK(aws.note == QStringLiteral("root user, recovery in the safe"));
    CHECK(aws.groups == QStringList{QStringLiteral("Work")});
    CHECK(aws.icon.mimeType == otp::kSvgMime);
    CHECK(aws.icon.data.startsWith("<svg"));
    const otp::AccountDetails& spdx = accounts.at(1).details;
    CHECK_FALSE(spdx.favorite);
    CHECK(spdx.groups == QStringList{QStringLiteral("Work"), QStringLiteral("집")});
    CHECK(spdx.icon == otp::AccountIcon{fileBytes(inputPath("aegis_details_icon.png")), otp::kPngMime});
    const otp::AccountDetails& issuu = accounts.at(2).details;
    CHECK(issuu.note == QStringLiteral("두 번째 줄\nsecond line"));
    CHECK(issuu.icon.isEmpty());
    CHECK(issuu.groups.isEmpty());
}

} // namespace

TEST_CASE("an Aegis export with icons, groups, notes and favourites imports with all of them, plain and encrypted",
          "[formats][aegis][details]")
{
    auto plain = importData(fileBytes(inputPath("aegis_details_plain.json")), nullptr);
    REQUIRE(plain);
    CHECK(plain->notes.isEmpty());
    requireDetailsOfFile(plain->accounts);

    const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("test"));
    auto encrypted = importData(fileBytes(inputPath("aegis_details_encrypted.json")), &password);
    REQUIRE(encrypted);
    requireDetailsOfFile(encrypted->accounts);
}

TEST_CASE("an Aegis export with icons, groups, notes and favourites exports back to Aegis with all of them",
          "[formats][aegis][details]")
{
    auto imported = importData(fileBytes(inputPath("aegis_details_plain.json")), nullptr);
    REQUIRE(imported);
    const QJsonObject original = plainDb();
    const QJsonObject db = QJsonDocument::fromJson(bytesOf(exportAegisJson(imported->accounts)))
                               .object()
                               .value(QStringLiteral("db"))
                               .toObject();
    const QJsonArray before = original.value(QStringLiteral("entries")).toArray();
    const QJsonArray after = db.value(QStringLiteral("entries")).toArray();
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO("entry " << i + 1);
        const QJsonObject want = before.at(i).toObject();
        const QJsonObject got = after.at(i).toObject();
        for (const char* key : {"note", "favorite", "icon", "icon_mime", "icon_hash", "name", "issuer", "info"}) {
            INFO(key);
            CHECK(got.value(QString::fromLatin1(key)) == want.value(QString::fromLatin1(key)));
        }
        CHECK(groupNames(db, got) == groupNames(original, want));
    }
    CHECK(db.value(QStringLiteral("groups")).toArray().size() == 2);

    auto again = importData(bytesOf(exportAegisJson(imported->accounts)), nullptr);
    REQUIRE(again);
    requireDetailsOfFile(again->accounts);
}

TEST_CASE("an Aegis entry's damaged icon or unknown group is left out with a note, the account kept",
          "[formats][aegis][details]")
{
    QJsonObject db = plainDb();
    QJsonArray entries = db.value(QStringLiteral("entries")).toArray();
    QJsonObject first = entries.at(0).toObject();
    first.insert(QStringLiteral("icon"), QStringLiteral("not base64!"));
    first.insert(QStringLiteral("groups"), QJsonArray{QStringLiteral("00000000-0000-4000-8000-0000000000ff")});
    QJsonObject second = entries.at(1).toObject();
    second.insert(QStringLiteral("icon_mime"), QStringLiteral("image/jpeg")); // the bytes are PNG
    QJsonObject third = entries.at(2).toObject();
    third.insert(QStringLiteral("icon"), QString(400 * 1024, QLatin1Char('A')));
    third.remove(QStringLiteral("groups"));
    third.insert(QStringLiteral("group"), QStringLiteral("Legacy")); // db versions before 3
    entries = QJsonArray{first, second, third};
    db.insert(QStringLiteral("entries"), entries);
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("header"), QJsonObject{{QStringLiteral("slots"), QJsonValue::Null},
                                                                  {QStringLiteral("params"), QJsonValue::Null}}},
                           {QStringLiteral("db"), db}};
    auto result = importData(QJsonDocument(root).toJson(), nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 3);
    CHECK(result->accounts.at(0).details.icon.isEmpty());
    CHECK(result->accounts.at(0).details.groups.isEmpty());
    CHECK(result->accounts.at(0).details.favorite);
    CHECK(result->accounts.at(1).details.icon.isEmpty());
    CHECK(result->accounts.at(2).details.icon.isEmpty());
    CHECK(result->accounts.at(2).details.groups == QStringList{QStringLiteral("Legacy")});
    const QString notes = result->notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QStringLiteral("not valid base64")));
    CHECK(notes.contains(QStringLiteral("not in the file's group list")));
    CHECK(notes.contains(QStringLiteral("image/jpeg")));
    CHECK(notes.contains(QStringLiteral("256 KiB")));
}

TEST_CASE("a Twostep backup carries note, groups, favourite, icon and use counts", "[formats][details]")
{
    auto imported = importData(fileBytes(inputPath("aegis_details_plain.json")), nullptr);
    REQUIRE(imported);
    QList<vault::VaultEntry> entries;
    for (const otp::Account& account : imported->accounts) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        entries.append(vault::VaultEntry{QStringLiteral("id-%1").arg(entries.size()), account, now, now, 5, now});
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.twostep"));
    const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("backup password"));
    REQUIRE(vault::writeVaultCopy(path, entries, password, vault::fastKdfParametersForTests()));

    auto backup = importData(fileBytes(path), &password);
    REQUIRE(backup);
    requireDetailsOfFile(backup->accounts);
    Result<vault::Vault> opened = vault::Vault::open(path, password);
    REQUIRE(opened);
    REQUIRE(opened->entries().size() == entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        CHECK(opened->entries().at(i) == entries.at(i));
    }
}
