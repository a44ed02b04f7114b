// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/AccountReplace.h"

#include <QTemporaryDir>

using namespace twostep;

TEST_CASE("Replacing an account is one save: the new one takes the old one's place, the old one gets a tombstone",
          "[vault][replace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    vault::Vault vault = vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests()).value();
    REQUIRE(vault.addAccounts(test::makeAccounts(3)));
    const QString oldId = vault.entries().at(1).id;
    const std::uint64_t generation = vault.generation();

    const otp::Account redone = test::makeAccount(7);
    const auto added = vault::addAccountsReplacing(vault, {redone, test::makeAccount(8)}, {oldId});
    REQUIRE(added);
    CHECK(vault.generation() == generation + 1);
    REQUIRE(vault.entries().size() == 4);
    CHECK(vault.entries().at(1).id == added->at(0).id); // in the replaced row's place
    CHECK(vault.entries().at(1).account.secret == redone.secret);
    CHECK(vault.entries().at(3).id == added->at(1).id); // no id to replace: appended
    CHECK(vault.entry(oldId) == nullptr);
    REQUIRE(vault.tombstones().size() == 1);
    CHECK(vault.tombstones().constFirst().id == oldId);

    // An id no longer in the vault (removed meanwhile) appends instead.
    REQUIRE(vault::addAccountsReplacing(vault, {test::makeAccount(9)}, {oldId}));
    CHECK(vault.entries().size() == 5);
    CHECK(vault::addAccountsReplacing(vault, {otp::Account{}}, {}).kind() == vault::SaveKind::Refused);
}
