// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace twostep;

namespace {

const QByteArray kPassword = "arn pass\n";

struct ArnVault
{
    QTemporaryDir dir;
    QStringList environment{QStringLiteral("TWOSTEP_VAULT=") + dir.filePath(QStringLiteral("v.twostep"))};

    ArnVault()
    {
        REQUIRE(run({QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                     QStringLiteral("--kdf-iterations"), QStringLiteral("1"), QStringLiteral("--kdf-parallelism"),
                     QStringLiteral("1")})
                    .exitCode == 0);
    }
    test::ProcessResult run(QStringList arguments, const QByteArray& before = {}) const
    {
        arguments << QStringLiteral("--password-stdin");
        return test::runCli(arguments, before + kPassword, environment);
    }
    // Adds AWS's QR code for `label` (percent-encoded as the console writes it).
    test::ProcessResult addAws(const QString& label, const QStringList& more = {},
                               const QByteArray& secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ") const
    {
        return run(QStringList{QStringLiteral("add"), QStringLiteral("--uri"), QStringLiteral("-")} + more,
                   "otpauth://totp/Amazon%20Web%20Services:" + label.toLatin1() + "?secret=" + secret +
                       "&issuer=Amazon%20Web%20Services\n");
    }
};

} // namespace

TEST_CASE("add derives the MFA device ARN of an account id label, and code ARN finds the account", "[cli][aws]")
{
    ArnVault vault;
    const test::ProcessResult added = vault.addAws(QStringLiteral("alice%40work@123456789012"));
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.contains("MFA device ARN arn:aws:iam::123456789012:mfa/alice@work"));

    const QString arn = QStringLiteral("arn:aws:iam::123456789012:mfa/alice@work");
    const test::ProcessResult code =
        vault.run({QStringLiteral("code"), arn, QStringLiteral("--time"), QStringLiteral("59")});
    REQUIRE(code.exitCode == 0);
    CHECK(code.out == QByteArray("287082\n")); // RFC 6238 SHA1 at T = 59, six digits

    const test::ProcessResult shown = vault.run({QStringLiteral("show"), arn});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.outLines().contains(QStringLiteral("awsMfaArn: ") + arn));

    const test::ProcessResult listed = vault.run({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray accounts = QJsonDocument::fromJson(listed.out).array();
    REQUIRE(accounts.size() == 1);
    CHECK(accounts.at(0).toObject().value(QStringLiteral("awsMfaArn")).toString() == arn);
}

TEST_CASE("an account alias label gets no ARN until edit --arn sets it, kept in the vault", "[cli][aws]")
{
    ArnVault vault;
    const test::ProcessResult added = vault.addAws(QStringLiteral("device@my-alias"));
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.contains("account alias"));
    const QString arn = QStringLiteral("arn:aws:iam::111122223333:mfa/device");
    CHECK(vault.run({QStringLiteral("code"), arn}).exitCode == 1); // no account matches

    const test::ProcessResult refused =
        vault.run({QStringLiteral("edit"), QStringLiteral("my-alias"), QStringLiteral("--arn"), QStringLiteral("x")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("is not an MFA device ARN"));

    REQUIRE(vault.run({QStringLiteral("edit"), QStringLiteral("my-alias"), QStringLiteral("--arn"), arn}).exitCode ==
            0);
    const test::ProcessResult code =
        vault.run({QStringLiteral("code"), arn, QStringLiteral("--time"), QStringLiteral("59")});
    REQUIRE(code.exitCode == 0);
    CHECK(code.out == QByteArray("287082\n"));
}

TEST_CASE("add --arn sets the ARN the label cannot give", "[cli][aws]")
{
    ArnVault vault;
    const QString arn = QStringLiteral("arn:aws:iam::111122223333:mfa/device");
    REQUIRE(vault.addAws(QStringLiteral("device@my-alias"), {QStringLiteral("--arn"), arn}).exitCode == 0);
    const test::ProcessResult shown = vault.run({QStringLiteral("show"), arn});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.outLines().contains(QStringLiteral("name: device@my-alias")));
}

TEST_CASE("edit and add refuse an ARN another account already has, naming that account", "[cli][aws]")
{
    ArnVault vault;
    REQUIRE(vault.addAws(QStringLiteral("alice@123456789012")).exitCode == 0);
    REQUIRE(vault.addAws(QStringLiteral("bob@my-alias"), {}, "JBSWY3DPEHPK3PXP").exitCode == 0);
    const QString alices = QStringLiteral("arn:aws:iam::123456789012:mfa/alice");

    const test::ProcessResult edited =
        vault.run({QStringLiteral("edit"), QStringLiteral("my-alias"), QStringLiteral("--arn"), alices});
    CHECK(edited.exitCode == 2);
    CHECK(edited.err.contains("is already the MFA device ARN of Amazon Web Services:alice@123456789012"));

    const test::ProcessResult added =
        vault.addAws(QStringLiteral("carol@my-alias"), {QStringLiteral("--arn"), alices}, "MFRGGZDFMZTWQ2LK");
    CHECK(added.exitCode == 2);
    CHECK(added.err.contains("is already the MFA device ARN of Amazon Web Services:alice@123456789012"));
    CHECK(vault.run({QStringLiteral("list")}).outLines().size() == 2);

    const test::ProcessResult code =
        vault.run({QStringLiteral("code"), alices, QStringLiteral("--time"), QStringLiteral("59")});
    CHECK(code.exitCode == 0);
    CHECK(code.out == QByteArray("287082\n"));
}

TEST_CASE("an imported account whose ARN the vault already has is added without it", "[cli][aws]")
{
    const QString arn = QStringLiteral("arn:aws:iam::111122223333:mfa/device");
    ArnVault source;
    REQUIRE(
        source.addAws(QStringLiteral("old@my-alias"), {QStringLiteral("--arn"), arn}, "JBSWY3DPEHPK3PXP").exitCode ==
        0);
    const QString backup = source.dir.filePath(QStringLiteral("backup.twostep"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("twostep"),
                          QStringLiteral("-o"), backup, QStringLiteral("--password-stdin")},
                         kPassword + "backup pass\n", source.environment)
                .exitCode == 0);

    ArnVault target;
    REQUIRE(target.addAws(QStringLiteral("device@other-alias"), {QStringLiteral("--arn"), arn}).exitCode == 0);
    const test::ProcessResult imported =
        test::runCli({QStringLiteral("import"), backup, QStringLiteral("--password-stdin")},
                     kPassword + "backup pass\n", target.environment);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QByteArray note = QByteArray("Amazon Web Services:old@my-alias: MFA device ARN ") + arn.toLatin1() +
                            QByteArray(" is already Amazon Web Services:device@other-alias's; added without it");
    CHECK(imported.err.contains(note));
    CHECK(target.run({QStringLiteral("list")}).outLines().size() == 2);
    const test::ProcessResult code =
        target.run({QStringLiteral("code"), arn, QStringLiteral("--time"), QStringLiteral("59")});
    CHECK(code.exitCode == 0);
    CHECK(code.out == QByteArray("287082\n"));
}
