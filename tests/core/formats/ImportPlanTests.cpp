// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// planImport: duplicates of the vault and within the file, and the transfer batches a file lacks.
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"
#include "formats/ImportPlan.h"
#include "migration/Migration.h"

#include <algorithm>
#include <random>

using namespace twostep;
using namespace twostep::formats;
using test::readSample;

TEST_CASE("an import plan flags duplicates of the vault and of the file and selects only new accounts",
          "[formats][plan]")
{
    auto result = importData(readSample(QStringLiteral("plain.txt")), nullptr);
    REQUIRE(result);
    ImportResult incoming = *result;
    incoming.accounts.append(incoming.accounts.at(1)); // the same token twice in one file
    otp::Account renamed = incoming.accounts.at(0);
    renamed.issuer = QStringLiteral("Renamed");
    const QList<otp::Account> existing = {renamed};

    const ImportPlan plan = planImport(incoming, existing);
    REQUIRE(plan.items.size() == 8);
    CHECK(plan.items.at(0).status == PlannedAccount::Status::Duplicate);
    CHECK(plan.items.at(0).duplicateOf == QStringLiteral("Renamed:Mason"));
    CHECK_FALSE(plan.items.at(0).selected);
    CHECK(plan.items.at(7).status == PlannedAccount::Status::DuplicateInFile);
    CHECK_FALSE(plan.items.at(7).selected);
    CHECK(plan.count(PlannedAccount::Status::New) == 6);
    const QList<otp::Account> selected = plan.selectedAccounts();
    REQUIRE(selected.size() == 6);
    CHECK(selected.first().issuer == QStringLiteral("SPDX"));

    // Same secret but another type is a different token.
    otp::Account asHotp = incoming.accounts.at(2);
    asHotp.parameters = otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, 0).value();
    const ImportPlan other = planImport(ImportResult{{asHotp}, {}, {}, {}}, {incoming.accounts.at(2)});
    CHECK(other.items.first().status == PlannedAccount::Status::New);
}

namespace {

// The definition planImport must keep: the first vault account, else the first earlier entry of
// the file, with the same type and secret (otp::isSameToken).
void checkAgainstPairwise(const ImportPlan& plan, const ImportResult& incoming, const QList<otp::Account>& existing)
{
    REQUIRE(plan.items.size() == incoming.accounts.size());
    for (qsizetype i = 0; i < incoming.accounts.size(); ++i) {
        const otp::Account& account = incoming.accounts.at(i);
        const PlannedAccount& item = plan.items.at(i);
        INFO("entry " << i);
        CHECK(item.account == account);
        const auto known = std::find_if(existing.begin(), existing.end(),
                                        [&](const otp::Account& e) { return otp::isSameToken(e, account); });
        const auto earlier = std::find_if(incoming.accounts.begin(), incoming.accounts.begin() + i,
                                          [&](const otp::Account& e) { return otp::isSameToken(e, account); });
        if (known != existing.end()) {
            CHECK(item.status == PlannedAccount::Status::Duplicate);
            CHECK(item.duplicateOf == known->label());
        } else if (earlier != incoming.accounts.begin() + i) {
            CHECK(item.status == PlannedAccount::Status::DuplicateInFile);
            CHECK(item.duplicateOf == earlier->label());
        } else {
            CHECK(item.status == PlannedAccount::Status::New);
            CHECK(item.duplicateOf.isEmpty());
        }
        CHECK(item.selected == (item.status == PlannedAccount::Status::New));
    }
}

} // namespace

TEST_CASE("the hashed import plan finds exactly the duplicates an all-pairs comparison finds", "[formats][plan]")
{
    // 40 secrets of 1 to 40 bytes (prefixes of one another), 3 types: many near-collisions and
    // many real repeats among 3,000 entries and 200 vault accounts.
    std::mt19937 random(19);
    QList<SecretBytes> secrets;
    std::vector<std::uint8_t> bytes;
    for (int i = 0; i < 40; ++i) {
        bytes.push_back(static_cast<std::uint8_t>(random()));
        secrets.append(SecretBytes(std::span<const std::uint8_t>(bytes)));
    }
    secrets.append(SecretBytes(std::span<const std::uint8_t>(bytes.data(), 3))); // a repeated secret value
    const otp::OtpType types[] = {otp::OtpType::Totp, otp::OtpType::Hotp, otp::OtpType::Steam};
    auto randomAccount = [&](const QString& issuer, int i) {
        otp::Account account;
        account.issuer = issuer;
        account.name = QStringLiteral("user %1").arg(i);
        account.secret = secrets.at(static_cast<qsizetype>(random() % static_cast<unsigned>(secrets.size())));
        const otp::OtpType type = types[random() % 3];
        account.parameters = type == otp::OtpType::Steam
                                 ? otp::OtpParameters::steamDefaults()
                                 : *otp::OtpParameters::create(type, otp::Algorithm::Sha1, 6, 30, random() % 5);
        return account;
    };
    QList<otp::Account> existing;
    for (int i = 0; i < 200; ++i) {
        existing.append(randomAccount(QStringLiteral("Vault"), i));
        if (i % 2 == 0) { // longer than any secret of the file: never a duplicate
            bytes.push_back(static_cast<std::uint8_t>(random()));
            existing.last().secret = SecretBytes(std::span<const std::uint8_t>(bytes));
        }
    }
    ImportResult incoming;
    for (int i = 0; i < 3000; ++i) {
        incoming.accounts.append(randomAccount(QStringLiteral("File"), i));
    }
    const ImportPlan plan = planImport(incoming, existing);
    checkAgainstPairwise(plan, incoming, existing);
    CHECK(plan.count(PlannedAccount::Status::New) > 0);
    CHECK(plan.count(PlannedAccount::Status::DuplicateInFile) > 0);
    CHECK(plan.count(PlannedAccount::Status::Duplicate) > 0);

    // And the sample files against a vault holding some of their accounts.
    for (const char* name : {"plain.txt", "google_migration.txt", "aegis_plain.json"}) {
        auto sample = importData(readSample(QString::fromLatin1(name)), nullptr);
        REQUIRE(sample);
        ImportResult doubled = *sample;
        doubled.accounts.append(sample->accounts);
        checkAgainstPairwise(planImport(doubled, sample->accounts.mid(1, 2)), doubled, sample->accounts.mid(1, 2));
    }
}

TEST_CASE("a URI list with batches 1 and 3 of a 3-QR transfer export imports them and says batch 2 is missing",
          "[formats][migration]")
{
    const QList<otp::Account> accounts = test::numberedAccounts(25, QStringLiteral("Issuer "), 20);
    const migration::MigrationExport exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 3);
    const QByteArray text = (exported.uris.at(0) + QStringLiteral("\n\n") + exported.uris.at(2) + u'\n').toUtf8();

    auto result = importData(text, nullptr);
    REQUIRE(result);
    CHECK(result->accounts == accounts.mid(0, 10) + accounts.mid(20, 5));
    REQUIRE(result->missingBatches.size() == 1);
    CHECK(result->missingBatches.first().batchSize == 3);
    CHECK(result->missingBatches.first().numbers == QList<int>{2});
    CHECK(result->missingBatches.first().count == 1);
    CHECK(planImport(*result, {}).missingBatches == result->missingBatches);

    // All three lines: nothing missing.
    auto whole = importData(exported.uris.join(u'\n').toUtf8(), nullptr);
    REQUIRE(whole);
    CHECK(whole->accounts == accounts);
    CHECK(whole->missingBatches.isEmpty());
}
