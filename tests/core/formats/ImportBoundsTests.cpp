// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every count, size and cost an import file controls is bounded: refused before the work, or the
// entry left out with the others imported.
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"
#include "formats/ImportPlan.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::formats;
using test::readSample;
using test::samplePassword;

namespace {

// The encrypted Aegis sample with its password slot's scrypt cost set to `n`, `r`, `p` and then
// repeated `copies` times.
QByteArray aegisWithSlots(int copies, qint64 n, qint64 r, qint64 p)
{
    QJsonObject root = QJsonDocument::fromJson(readSample(QStringLiteral("aegis_encrypted.json"))).object();
    QJsonObject header = root[QStringLiteral("header")].toObject();
    QJsonObject slot = header[QStringLiteral("slots")].toArray().first().toObject();
    slot[QStringLiteral("n")] = n;
    slot[QStringLiteral("r")] = r;
    slot[QStringLiteral("p")] = p;
    QJsonArray slots;
    for (int i = 0; i < copies; ++i) {
        slots.append(slot);
    }
    header[QStringLiteral("slots")] = slots;
    root[QStringLiteral("header")] = header;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("an Aegis file over the slot or scrypt work bound is refused before any key is derived", "[formats][bounds]")
{
    // Each slot at 1 GiB of scrypt memory would take seconds; refusing must take none.
    const auto [copies, n, p, detail] = GENERATE(table<int, qint64, qint64, const char*>({
        {9, 32768, 1, "the Aegis file has more than 8 password slots; Twostep tries at most 8"},
        {2, qint64{1} << 20, 16,
         "the Aegis file's password slots ask for more scrypt work (N·r·p summed over 2 slots) than Twostep spends on "
         "one import (2^27)"},
    }));
    QElapsedTimer timer;
    timer.start();
    auto result = importData(aegisWithSlots(copies, n, 8, p), &samplePassword());
    CHECK(timer.elapsed() < 1000);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::LimitExceeded);
    CHECK(result.error().detail == QString::fromUtf8(detail));
    // At the bound (8 slots of Aegis's own cost) the file still opens.
    REQUIRE(importData(aegisWithSlots(8, 32768, 8, 1), &samplePassword()));
}

TEST_CASE("a Twostep backup with more password slots than the bound is refused before deriving", "[formats][bounds]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.twostep"));
    const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("backup password"));
    REQUIRE(vault::Vault::create(path, password, vault::fastKdfParametersForTests()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject slot = root[QStringLiteral("slots")].toArray().first().toObject();
    slot[QStringLiteral("memoryKiB")] = 1024 * 1024;
    slot[QStringLiteral("iterations")] = 64;
    QJsonArray slots = root[QStringLiteral("slots")].toArray();
    for (int i = 0; i < vault::limits::kMaxPasswordSlots; ++i) {
        slots.append(slot);
    }
    root[QStringLiteral("slots")] = slots;
    QElapsedTimer timer;
    timer.start();
    auto result = importData(QJsonDocument(root).toJson(QJsonDocument::Compact), &password);
    CHECK(timer.elapsed() < 1000);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::LimitExceeded);
    CHECK(result.error().detail ==
          QStringLiteral("vault file is over Twostep's limits: it has 9 password slots; Twostep reads at most 8"));
}

TEST_CASE("a file of 200,000 unsupported entries keeps 100 skipped lines and counts the rest", "[formats][bounds]")
{
    QByteArray aegis = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[)";
    for (int i = 0; i < 200000; ++i) {
        aegis += i > 0 ? "," : "";
        aegis += R"({"type":"motp","name":"n","issuer":"i","info":{}})";
    }
    aegis += R"(,{"type":"totp","name":"New","issuer":"Shop","info":{"secret":"JBSWY3DPEHPK3PXP"}}]}})";
    auto result = importData(aegis, nullptr);
    REQUIRE(result);
    CHECK(result->accounts.size() == 1);
    CHECK(result->skipped.size() == kMaxKeptSkipped);
    CHECK(result->omittedSkipped == 200000 - kMaxKeptSkipped);
    CHECK(planImport(*result, {}).omittedSkipped == 200000 - kMaxKeptSkipped);
}

TEST_CASE("a JSON file of millions of tiny entries is refused before it is parsed", "[formats][bounds]")
{
    QByteArray aegis = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[)";
    aegis.reserve(5000000 * 13);
    for (int i = 0; i < 5000000; ++i) {
        aegis += i > 0 ? R"(,{"type":"x"})" : R"({"type":"x"})";
    }
    aegis += "]}}";
    QElapsedTimer timer;
    timer.start();
    Result<const Importer*> detected = detectFormat(aegis);
    REQUIRE_FALSE(detected);
    CHECK(detected.error().code == ErrorCode::LimitExceeded);
    CHECK(detected.error().detail == QStringLiteral("the file holds more than 600000 JSON objects and arrays; an "
                                                    "export of 100,000 accounts holds fewer"));
    auto named = importData(aegis, nullptr, u"aegis");
    REQUIRE_FALSE(named);
    CHECK(named.error().code == ErrorCode::LimitExceeded);
    CHECK(timer.elapsed() < 2000); // a count, no parse (a parse took over a minute and 1.3 GB)
}

TEST_CASE("an entry whose issuer or name is over the vault's bound is left out, the others imported",
          "[formats][bounds]")
{
    const QString longName(vault::limits::kMaxLabelLength + 1, QLatin1Char('x'));
    const QByteArray aegis = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
        {"type":"totp","name":")" +
                             longName.toUtf8() + R"(","issuer":"Bank","info":{"secret":"JBSWY3DPEHPK3PXP"}},
        {"type":"totp","name":"New","issuer":"Shop","info":{"secret":"JBSWY3DPEHPK3PXP"}}
    ]}})";
    auto result = importData(aegis, nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 1);
    CHECK(result->accounts.first().issuer == QStringLiteral("Shop"));
    REQUIRE(result->skipped.size() == 1);
    CHECK(result->skipped.first().contains(QStringLiteral("longer than 1024 characters")));
    CHECK(result->skipped.first().size() < 250); // names the entry without repeating its whole name

    // The same through an otpauth URI list, which does not pass through the JSON importers.
    const QByteArray uris = "otpauth://totp/Bank:" + QUrl::toPercentEncoding(longName) +
                            "?secret=JBSWY3DPEHPK3PXP\notpauth://totp/Shop:New?secret=JBSWY3DPEHPK3PXP\n";
    auto fromUris = importData(uris, nullptr);
    REQUIRE(fromUris);
    const ImportPlan plan = planImport(*fromUris, {});
    REQUIRE(plan.items.size() == 1);
    CHECK(plan.items.first().account.issuer == QStringLiteral("Shop"));
    REQUIRE(plan.skipped.size() == 1);
    CHECK(plan.skipped.first().contains(QStringLiteral("longer than 1024 characters")));
}

TEST_CASE("a file of more accounts than a vault may hold is refused", "[formats][bounds]")
{
    QByteArray uris;
    for (int i = 0; i <= vault::limits::kMaxAccounts; ++i) {
        uris += "otpauth://totp/Shop:u" + QByteArray::number(i) + "?secret=JBSWY3DPEHPK3PXP\n";
    }
    auto result = importData(uris, nullptr);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::LimitExceeded);
    CHECK(result.error().detail ==
          QStringLiteral("the file holds more than 100000 accounts, more than a vault may hold"));
}
