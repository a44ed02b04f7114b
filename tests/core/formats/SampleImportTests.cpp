// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"

#include <tuple>

using namespace twostep;
using namespace twostep::formats;
using test::readSample;
using test::sampleAccount;

namespace {

const QString kAll7 =
    QStringLiteral("Deno:Mason|SPDX:James|Airbnb:Elijah|Issuu:James|Air Canada:Benjamin|WWE:Mason|Boeing:Sophia");

// Each expected account is a table label, or "issuer:name=TABLE LABEL" when the format flattens
// the names (Bitwarden keeps a Steam secret as steam://SECRET under the item's own name).
void requireAccounts(const ImportResult& result, const QString& expected)
{
    const QStringList labels = expected.split(QLatin1Char('|'));
    REQUIRE(result.accounts.size() == labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QStringList parts = labels.at(i).split(QLatin1Char('='));
        otp::Account want = sampleAccount(parts.last());
        if (parts.size() == 2) {
            const qsizetype colon = parts.first().indexOf(QLatin1Char(':'));
            want.issuer = parts.first().left(colon);
            want.name = parts.first().mid(colon + 1);
        }
        const otp::Account& got = result.accounts.at(i);
        INFO("account " << i + 1 << ": " << test::describe(got).toStdString());
        CHECK(got.issuer == want.issuer);
        CHECK(got.name == want.name);
        CHECK(got.secret == want.secret);
        CHECK(got.parameters.type() == want.parameters.type());
        CHECK(got.parameters.algorithm() == want.parameters.algorithm());
        CHECK(got.parameters.digits() == want.parameters.digits());
        CHECK(got.parameters.period() == want.parameters.period());
        CHECK(got.parameters.counter() == want.parameters.counter());
    }
}

} // namespace

TEST_CASE("every sample export imports to exactly the accounts of the README table", "[formats][samples]")
{
    const auto [file, format, encrypted, expected] = GENERATE_COPY(table<const char*, const char*, bool, QString>({
        {"aegis_plain.json", "aegis", false, kAll7},
        {"aegis_encrypted.json", "aegis", true, kAll7},
        {"2fas_authenticator_plain_v4.2fas", "2fas", false,
         QStringLiteral("Deno:Mason|Issuu:James|Air Canada:Benjamin|WWE:Mason|Boeing:Sophia")},
        {"2fas_authenticator_encrypted_v4.2fas", "2fas", true,
         QStringLiteral("Deno:Mason|Issuu:James|Air Canada:Benjamin|WWE:Mason|Boeing:Sophia")},
        {"andotp_plain.json", "andotp", false, kAll7},
        {"andotp_encrypted.bin", "andotp", true, kAll7},
        {"freeotp_plus.json", "freeotp-plus", false,
         QStringLiteral("WWE:Mason|Air Canada:Benjamin|Issuu:James|Airbnb:Elijah|SPDX:James|Deno:Mason")},
        {"bitwarden.json", "bitwarden", false,
         QStringLiteral("Deno:Mason|SPDX:James|Airbnb:Elijah|Test Steam:=Boeing:Sophia")},
        {"bitwarden.csv", "bitwarden", false,
         QStringLiteral("Deno:Mason|SPDX:James|Airbnb:Elijah|Test 4:=Boeing:Sophia")},
        {"ente_auth.txt", "uri-list", false,
         QStringLiteral("Air Canada:Benjamin|Airbnb:Elijah|Boeing:Sophia|Deno:Mason|Issuu:James|SPDX:James|WWE:Mason")},
        {"plain.txt", "uri-list", false, kAll7},
        {"proton_authenticator.json", "proton", false, QStringLiteral("Deno:Mason|SPDX:James|Airbnb:Elijah")},
        {"stratum_plain.json", "stratum", false, kAll7},
    }));
    INFO(file);
    const QByteArray data = readSample(QString::fromLatin1(file));

    auto detected = detectFormat(data);
    REQUIRE(detected);
    CHECK((*detected)->name() == QLatin1String(format));
    CHECK((*detected)->needsPassword(data) == encrypted);

    const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("test"));
    auto result = importData(data, encrypted ? &password : nullptr);
    INFO((result ? std::string() : result.error().detail.toStdString()));
    REQUIRE(result);
    CHECK(result->skipped.isEmpty());
    CHECK(result->notes.isEmpty());
    requireAccounts(*result, expected);
}
