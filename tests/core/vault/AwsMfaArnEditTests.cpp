// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/AwsMfaArnEdit.h"

#include <QTemporaryDir>

using namespace twostep;
using test::awsAccount;

namespace {

const QString kAlices = QStringLiteral("arn:aws:iam::123456789012:mfa/alice");

} // namespace

TEST_CASE("setAwsMfaArn refuses an ARN another account has, naming it, and changes nothing", "[vault][aws]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.twostep"));
    Result<vault::Vault> opened = vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests());
    REQUIRE(opened);
    // alice's ARN comes from her label (a 12-digit account id); bob's label names an alias.
    REQUIRE(opened->addAccount(awsAccount(QStringLiteral("alice@123456789012"), "GEZDGNBVGY3TQOJQ")));
    REQUIRE(opened->addAccount(awsAccount(QStringLiteral("bob@my-alias"), "JBSWY3DPEHPK3PXP")));
    const QString bob = opened->find(QStringLiteral("bob")).value().id;

    const vault::SaveOutcome<> refused = vault::setAwsMfaArn(*opened, bob, kAlices);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().detail.contains(QStringLiteral("Amazon Web Services:alice@123456789012")));
    CHECK(opened->entry(bob)->account.awsMfaArn.isEmpty());
    CHECK(opened->find(kAlices).value().account.name == QStringLiteral("alice@123456789012"));

    // The account that has the ARN may set it again; another free ARN is taken.
    const QString alice = opened->find(kAlices).value().id;
    CHECK(vault::setAwsMfaArn(*opened, alice, kAlices));
    CHECK(vault::setAwsMfaArn(*opened, bob, QStringLiteral("arn:aws:iam::111122223333:mfa/bob")));
}

TEST_CASE("dropTakenAwsMfaArns keeps an ARN for its first account only", "[vault][aws]")
{
    QTemporaryDir dir;
    Result<vault::Vault> opened = vault::Vault::create(dir.filePath(QStringLiteral("v.twostep")), test::password(),
                                                       vault::fastKdfParametersForTests());
    REQUIRE(opened);
    REQUIRE(opened->addAccount(awsAccount(QStringLiteral("alice@123456789012"), "GEZDGNBVGY3TQOJQ")));
    const QString other = QStringLiteral("arn:aws:iam::111122223333:mfa/device");
    QList<otp::Account> incoming{awsAccount(QStringLiteral("old@alias"), "JBSWY3DPEHPK3PXP"),
                                 awsAccount(QStringLiteral("new@alias"), "MFRGGZDFMZTWQ2LK"),
                                 awsAccount(QStringLiteral("again@alias"), "MFRGGZDFMZTWQ2LKNNWG23TP")};
    incoming[0].awsMfaArn = kAlices;
    incoming[1].awsMfaArn = other;
    incoming[2].awsMfaArn = other;

    const QList<vault::TakenAwsMfaArn> dropped = vault::dropTakenAwsMfaArns(incoming, opened->entries());
    REQUIRE(dropped.size() == 2);
    CHECK(dropped[0].label == QStringLiteral("Amazon Web Services:old@alias"));
    CHECK(dropped[0].owner == QStringLiteral("Amazon Web Services:alice@123456789012"));
    CHECK(dropped[1].owner == QStringLiteral("Amazon Web Services:new@alias"));
    CHECK(incoming[0].awsMfaArn.isEmpty());
    CHECK(incoming[1].awsMfaArn == other);
    CHECK(incoming[2].awsMfaArn.isEmpty());
}
