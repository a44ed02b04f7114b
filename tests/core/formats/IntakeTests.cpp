// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "formats/Intake.h"
#include "migration/Migration.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpauthUri.h"

#include <array>

using namespace twostep;
using formats::PlannedAccount;
using formats::RejectedText;
using Planned = PlannedAccount::Status;

namespace {

const std::chrono::sys_seconds kNow{std::chrono::seconds{1700000000}};

// samples/google_migration.txt: pi@raspberrypi, secret 7KSQL2JTUDIS5EF65KLMRQIIGY, issuer raspberrypi.
const QString kTransferUri = QStringLiteral(
    "otpauth-migration://offline?data=CjUKEPqlBekzoNEukL7qlsjBCDYSDnBpQHJhc3BiZXJyeXBpGgtyYXNwYmVycnlwaSABKAEwAhAB"
    "GAEgACjr4JKK%2B%2F%2F%2F%2F%2F8B");

otp::Account fromUri(const QString& uri)
{
    return otp::parseOtpauthUri(uri).value().account;
}

QString codeAt(const otp::Account& account, std::chrono::sys_seconds now)
{
    return otp::OtpGenerator::create(account).value().codeAt(now);
}

} // namespace

TEST_CASE("Intake sorts scanned texts into new, duplicate, repeated, not an OTP code and damaged, with reasons",
          "[formats][intake]")
{
    const QList<otp::Account> vault{fromUri(QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP"))};
    const QStringList texts{
        QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub"),
        QStringLiteral("  otpauth://totp/Shop:carol?secret=GEZDGNBVGY3TQOJQ&issuer=Shop\n"),
        QStringLiteral("otpauth://totp/Shop:carol-again?secret=GEZDGNBVGY3TQOJQ&issuer=Shop"),
        QStringLiteral("WIFI:S:home;T:WPA;P:secret;;"),
        QStringLiteral("otpauth://totp/Broken:bob?secret=not*base32"),
        kTransferUri,
    };
    const formats::IntakePlan plan = formats::planIntake(texts, vault);

    const QList<PlannedAccount>& items = plan.accounts.items;
    REQUIRE(items.size() == 4);
    CHECK(items.at(0).status == Planned::Duplicate);
    CHECK(formats::reasonText(items.at(0)) == QStringLiteral("already in the vault"));
    CHECK(items.at(1).status == Planned::New);
    CHECK(formats::reasonText(items.at(1)).isEmpty());
    CHECK(items.at(2).status == Planned::DuplicateInFile);
    CHECK(formats::reasonText(items.at(2)) == QStringLiteral("repeats Shop:carol, found earlier"));
    CHECK(items.at(3).status == Planned::New);
    CHECK(items.at(3).account.label() == QStringLiteral("raspberrypi:pi@raspberrypi"));

    REQUIRE(plan.rejected.size() == 2);
    CHECK(plan.rejected.at(0).text == 3);
    CHECK(formats::reasonText(plan.rejected.at(0)) == QStringLiteral("not an OTP code"));
    CHECK(plan.rejected.at(1).text == 4);
    CHECK(plan.rejected.at(1).kind == RejectedText::Kind::Damaged);
    CHECK(formats::reasonText(plan.rejected.at(1)).startsWith(QStringLiteral("damaged: ")));
    CHECK(plan.accounts.missingBatches.isEmpty());

    // The new accounts give oathtool's codes:
    //   oathtool --totp -b -N @1700000000 GEZDGNBVGY3TQOJQ            -> 017492
    //   oathtool --totp -b -N @1700000000 7KSQL2JTUDIS5EF65KLMRQIIGY  -> 056725
    const QList<otp::Account> fresh = plan.newAccounts();
    REQUIRE(fresh.size() == 2);
    CHECK(codeAt(fresh.at(0), kNow) == QStringLiteral("017492"));
    CHECK(codeAt(fresh.at(1), kNow) == QStringLiteral("056725"));
}

TEST_CASE("Intake marks a new secret under a vault account's issuer and name, and keeps it new", "[formats][intake]")
{
    const QList<otp::Account> vault{
        fromUri(QStringLiteral("otpauth://totp/Other:bob?secret=GEZDGNBVGY3TQOJQ")),
        fromUri(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=JBSWY3DPEHPK3PXP")),
    };
    // AWS hands out a new secret each time "Assign MFA device" is restarted, under the same label.
    const formats::IntakePlan plan = formats::planIntake(
        {QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=7KSQL2JTUDIS5EF65KLMRQIIGY"
                        "&issuer=Amazon%20Web%20Services"),
         QStringLiteral("otpauth://totp/Amazon%20Web%20Services:admin@123456789012?secret=MFRGGZDFMZTWQ2LK")},
        vault);
    REQUIRE(plan.accounts.items.size() == 2);
    const PlannedAccount& redone = plan.accounts.items.at(0);
    CHECK(redone.status == Planned::New);
    CHECK(redone.selected);
    CHECK(redone.sameLabelAs == 1);
    CHECK(formats::reasonText(redone) ==
          QStringLiteral("same issuer and name as an account in the vault, another secret"));
    CHECK(plan.accounts.items.at(1).sameLabelAs == -1);
    CHECK(plan.newAccounts().size() == 2);
    // oathtool --totp -b -N @1700000000 7KSQL2JTUDIS5EF65KLMRQIIGY -> 056725
    CHECK(codeAt(plan.newAccounts().at(0), kNow) == QStringLiteral("056725"));
}

TEST_CASE("Intake names missing transfer batches, and a later scan counts the earlier accounts as input",
          "[formats][intake]")
{
    QList<otp::Account> exported;
    for (int i = 0; i < 25; ++i) {
        const std::array<std::uint8_t, 10> bytes{static_cast<std::uint8_t>(i), 1, 2, 3, 4, 5, 6, 7, 8, 9};
        exported.append(
            fromUri(QStringLiteral("otpauth://totp/Service:user%1?secret=%2").arg(i).arg(otp::encodeBase32(bytes))));
    }
    const migration::MigrationExport transfer = migration::buildMigrationUris(exported);
    REQUIRE(transfer.uris.size() == 3);

    migration::TransferBatches batches;
    const formats::IntakePlan first = formats::planIntake({transfer.uris.at(0), transfer.uris.at(2)}, {}, {}, batches);
    CHECK(first.accounts.items.size() == 15);
    REQUIRE(first.accounts.missingBatches.size() == 1);
    CHECK(first.accounts.missingBatches.at(0).numbers == QList<int>{2});

    // The dialog's second scan: batch 2, and batch 1 again.
    const QList<otp::Account> earlier = first.newAccounts();
    const formats::IntakePlan second =
        formats::planIntake({transfer.uris.at(1), transfer.uris.at(0)}, {}, earlier, batches);
    CHECK(second.accounts.missingBatches.isEmpty());
    REQUIRE(second.accounts.items.size() == 20);
    CHECK(second.accounts.count(Planned::New) == 10);
    CHECK(second.accounts.count(Planned::DuplicateInFile) == 10);
    CHECK(formats::reasonText(second.accounts.items.at(10)) == QStringLiteral("repeats an account found earlier"));
    CHECK(second.accounts.items.at(0).account == exported.at(10));
}

TEST_CASE("A secret key as AWS shows it is recognised; words, links and short or mixed-case text are not",
          "[formats][intake]")
{
    // AWS's "Show secret key": 64 upper-case base32 characters.
    CHECK(formats::isSecretKeyText(QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")));
    CHECK(formats::isSecretKeyText(QStringLiteral("  jbsw y3dp ehpk 3pxp\n")));    // grouped, lower case with digits
    CHECK(formats::isSecretKeyText(QStringLiteral("GEZDGNBVGY3TQOJQ======")));     // padded
    CHECK_FALSE(formats::isSecretKeyText(QStringLiteral("JBSWY3DPEHPK3PX")));      // 15 characters
    CHECK_FALSE(formats::isSecretKeyText(QStringLiteral("internationalization"))); // a word: no digit
    CHECK_FALSE(formats::isSecretKeyText(QStringLiteral("JBSWY3DPehpk3pxp")));     // mixed case
    CHECK_FALSE(formats::isSecretKeyText(QStringLiteral("JBSWY3DPEHPK3PXP1")));    // 1 is not base32
    CHECK_FALSE(formats::isSecretKeyText(QStringLiteral("amazon web services")));
    CHECK(formats::isOtpUriText(QStringLiteral(" otpauth://totp/A:b?secret=JBSWY3DP\nmore")));
    CHECK(formats::isOtpUriText(kTransferUri));
    CHECK_FALSE(formats::isOtpUriText(QStringLiteral("Amazon otpauth://totp/A:b?secret=JBSWY3DP")));
}
