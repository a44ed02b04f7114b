// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs only inside tests/ui/desktop/keyring_test.sh: a private D-Bus session with a real
// gnome-keyring-daemon, so nothing here can touch the keyring of the user running the tests.
#include "TestSupport.h"
#include "keyring/KeyringStore.h"
#include "otp/OtpauthUri.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace twostep;

namespace {

// RFC 6238's SHA1 key; at Unix time 59 its 8-digit code is 94287082 (Appendix B).
const QString kUri = QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@123456789012?"
                                    "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Amazon%20Web%20Services");
const QRegularExpression kOneCode(QStringLiteral("^[0-9]{6}\n$"));

void requireTestSession()
{
    if (qEnvironmentVariableIsEmpty("TWOSTEP_KEYRING_TEST_SESSION")) {
        FAIL("run this binary through tests/ui/desktop/keyring_test.sh (ctest does): it must not use your own keyring");
    }
}

// A vault with the AWS account and a keyring slot; the slot's key goes into the keyring when
// `keyInKeyring` (as "Remember on this computer" does), else nowhere. No Twostep window runs in
// keyring_test.sh's runtime folder.
struct RememberedVault
{
    explicit RememberedVault(bool keyInKeyring)
    {
        Result<vault::Vault> created = vault::Vault::create(path, SecretBytes::fromUtf8(QStringLiteral("unused pw")),
                                                            vault::fastKdfParametersForTests());
        REQUIRE(created);
        Result<otp::ParsedUri> parsed = otp::parseOtpauthUri(kUri);
        REQUIRE(parsed);
        REQUIRE(created->addAccount(parsed->account));
        if (keyInKeyring) {
            REQUIRE(keyring::KeyringStore().remember(*created));
        } else {
            REQUIRE(created->addKeyringSlot());
        }
        slotId = created->keyringSlotIds().value(0);
    }

    // As aws-vault 7.2 runs mfa_process: sh -c, stdin from /dev/null; setsid: no terminal to ask on.
    test::ProcessResult code(const QString& arguments) const
    {
        return test::runProcess(QStringLiteral("setsid"),
                                {QStringLiteral("-w"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("exec '%1' code %2 </dev/null").arg(test::cliPath(), arguments)},
                                {}, {QStringLiteral("TWOSTEP_VAULT=") + path});
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QString slotId;
};

} // namespace

TEST_CASE("code ACCOUNT with no window and stdin from /dev/null unlocks through the keyring slot", "[cli][keyring]")
{
    requireTestSession();
    const RememberedVault vault(true);
    const test::ProcessResult now = vault.code(QStringLiteral("arn:aws:iam::123456789012:mfa/root-account-mfa-device"));
    INFO(now.err.toStdString());
    CHECK(now.exitCode == 0);
    CHECK(kOneCode.match(QString::fromLatin1(now.out)).hasMatch());
    CHECK_FALSE(now.err.contains("password"));

    const test::ProcessResult at59 = vault.code(QStringLiteral("root-account-mfa-device --time 59"));
    CHECK(at59.exitCode == 0);
    CHECK(at59.out == "287082\n");
}

TEST_CASE("code ACCOUNT whose keyring entry is gone says which sources it tried", "[cli][keyring]")
{
    requireTestSession();
    const RememberedVault vault(false);
    const test::ProcessResult result = vault.code(QStringLiteral("root-account-mfa-device"));
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains("tried the Twostep window (not running), the keyring (the desktop keyring holds no key "
                              "that opens "));
    CHECK(result.err.contains("then: no password"));
}

TEST_CASE("code ACCOUNT with no keyring to ask falls through to the terminal", "[.nokeyring]")
{
    const RememberedVault vault(false);
    const test::ProcessResult result = vault.code(QStringLiteral("root-account-mfa-device"));
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains("the keyring ("));
    CHECK(result.err.contains("then: no password"));
}
