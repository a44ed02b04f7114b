// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "formats/FormatRegistry.h"

#include <QTemporaryDir>

using namespace twostep;

// Fuzzing findings: numbers far beyond any integer type were cast to one (undefined behaviour,
// reported by UBSan). They must be plain "damaged file" errors.

TEST_CASE("a vault whose version is 1e93 is damaged, not cast to an integer", "[hardening][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    {
        REQUIRE(vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests()));
    }
    QByteArray bytes = test::readAll(path);
    REQUIRE(bytes.contains("\"version\":1"));
    bytes.replace("\"version\":1",
                  "\"version\":1222222222222222222222222222222222222222222222222222222222222222222222222222"
                  "222222222222222222");
    test::writeAll(path, bytes);
    Result<vault::Vault> opened = vault::Vault::open(path, test::password());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::CorruptFile);
    CHECK(opened.error().detail == QStringLiteral("vault file is damaged: 'version' is missing or not a whole number"));
}

TEST_CASE("an andOTP entry with 1e300 digits is a damaged entry, skipped, not cast to an integer",
          "[hardening][formats]")
{
    QFile sample(test::samplesDir() + QStringLiteral("/andotp_plain.json"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QByteArray pristine = sample.readAll();
    QByteArray data = pristine;
    const qsizetype at = data.indexOf("\"digits\":");
    REQUIRE(at >= 0);
    data.insert(at + 9, "1e300");
    data.replace(at + 9 + 5, data.indexOf(',', at) - (at + 9 + 5), QByteArray()); // drop the old value
    Result<formats::ImportResult> original = formats::importData(pristine, nullptr);
    REQUIRE(original);
    // One damaged entry never sinks the file: it is skipped by position, the others are imported.
    Result<formats::ImportResult> imported = formats::importData(data, nullptr);
    REQUIRE(imported);
    CHECK(imported->accounts.size() == original->accounts.size() - 1);
    REQUIRE(imported->skipped.size() == 1);
    CHECK(imported->skipped.first().startsWith(QStringLiteral("entry 1 ")));
    CHECK(imported->skipped.first().endsWith(QStringLiteral("'digits' is not an integer")));
}
