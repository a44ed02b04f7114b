// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QTemporaryDir>

using namespace twostep;
using test::runCli;

namespace {
const QString kRfcSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // RFC 6238's SHA1 seed
const QString kFromStdin = QStringLiteral("-");
} // namespace

TEST_CASE("code --secret - and --uri - read the value from standard input", "[cli][stdin]")
{
    // RFC 6238 appendix B, T = 59, SHA1: 94287082.
    const test::ProcessResult secret =
        runCli({QStringLiteral("code"), QStringLiteral("--secret"), kFromStdin, QStringLiteral("--digits"),
                QStringLiteral("8"), QStringLiteral("--time"), QStringLiteral("59")},
               kRfcSecret.toLatin1() + "\r\n");
    INFO(secret.err.toStdString());
    REQUIRE(secret.exitCode == 0);
    CHECK(secret.out == QByteArray("94287082\n"));

    const test::ProcessResult uri =
        runCli({QStringLiteral("code"), QStringLiteral("--uri"), kFromStdin, QStringLiteral("--time"),
                QStringLiteral("1111111109")},
               "otpauth://totp/ACME:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8&issuer=ACME\n");
    REQUIRE(uri.exitCode == 0);
    CHECK(uri.out == QByteArray("07081804\n"));
}

TEST_CASE("code --secret - with nothing on standard input exits 2 naming the option", "[cli][stdin]")
{
    const test::ProcessResult empty = runCli({QStringLiteral("code"), QStringLiteral("--secret"), kFromStdin});
    CHECK(empty.exitCode == 2);
    CHECK(empty.out.isEmpty());
    CHECK(empty.err.contains("no --secret value on standard input"));

    const test::ProcessResult tooLong =
        runCli({QStringLiteral("code"), QStringLiteral("--uri"), kFromStdin}, QByteArray(70000, 'A'));
    CHECK(tooLong.exitCode == 2);
    CHECK(tooLong.err.contains("the --uri value is longer than 65536 bytes"));
}

TEST_CASE("add --uri - reads the URI before the password of --password-stdin", "[cli][stdin]")
{
    QTemporaryDir dir;
    const QStringList environment{QStringLiteral("TWOSTEP_VAULT=") + dir.filePath(QStringLiteral("v.twostep"))};
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--password-stdin"), QStringLiteral("--kdf-memory"),
                    QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1"),
                    QStringLiteral("--kdf-parallelism"), QStringLiteral("1")},
                   "pw\n", environment)
                .exitCode == 0);
    const test::ProcessResult added =
        runCli({QStringLiteral("add"), QStringLiteral("--uri"), kFromStdin, QStringLiteral("--password-stdin")},
               "otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=" + kRfcSecret.toLatin1() + "\npw\n",
               environment);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    REQUIRE(added.outLines().size() == 1);
    const test::ProcessResult code =
        runCli({QStringLiteral("code"), QStringLiteral("root@123456789012"), QStringLiteral("--password-stdin"),
                QStringLiteral("--time"), QStringLiteral("59")},
               "pw\n", environment);
    REQUIRE(code.exitCode == 0);
    CHECK(code.out == QByteArray("287082\n"));
}

TEST_CASE("qr --uri - draws the URI read from standard input", "[cli][stdin]")
{
    const test::ProcessResult drawn = runCli({QStringLiteral("qr"), QStringLiteral("--uri"), kFromStdin},
                                             "otpauth://totp/ACME:me?secret=" + kRfcSecret.toLatin1() + '\n');
    REQUIRE(drawn.exitCode == 0);
    CHECK(drawn.outLines().size() > 20);
    CHECK(drawn.out.contains("\xe2\x96\x88"));
}
