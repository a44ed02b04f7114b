// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/AccountDetailsEdit.h"

#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;

TEST_CASE("icons matched from a pack are stored in the encrypted vault per account", "[vault][details]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, test::password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(test::makeAccounts(3)));
    const QString first = vault->entries().at(0).id;
    const QString third = vault->entries().at(2).id;
    const otp::AccountIcon svg{QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg"/>)"), otp::kSvgMime};
    REQUIRE(setAccountIcons(*vault, {{first, svg}, {third, svg}, {QStringLiteral("gone"), svg}}));

    Result<Vault> reopened = Vault::open(path, test::password());
    REQUIRE(reopened);
    CHECK(reopened->entries().at(0).account.details.icon == svg);
    CHECK(reopened->entries().at(1).account.details.icon.isEmpty());
    CHECK(reopened->entries().at(2).account.details.icon == svg);

    const auto refused = setAccountIcons(*vault, {{first, otp::AccountIcon{QByteArray("GIF89a"), otp::kPngMime}}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("recorded uses add to the count and set the last use without counting as an edit", "[vault][details]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, test::password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(test::makeAccounts(2)));
    const VaultEntry before = vault->entries().at(1);
    const QDateTime when = QDateTime::fromString(QStringLiteral("2026-11-30T12:00:00.000Z"), Qt::ISODateWithMs);
    REQUIRE(recordUses(*vault, {{before.id, 2}}, when));
    REQUIRE(recordUses(*vault, {{before.id, 1}, {QStringLiteral("gone"), 5}}, when.addSecs(60)));
    const VaultEntry* after = vault->entry(before.id);
    REQUIRE(after != nullptr);
    CHECK(after->useCount == 3);
    CHECK(after->lastUsed == when.addSecs(60));
    CHECK(after->updated == before.updated);
    CHECK(vault->entries().at(0).useCount == 0);
}
