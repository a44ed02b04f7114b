// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QStandardPaths>

using namespace twostep;
using test::runCli;

namespace {
const QString kSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST_CASE("twostep-cli code agrees with oathtool on every algorithm, digit count and period", "[cli][oathtool]")
{
    const QString oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
    REQUIRE_FALSE(oathtool.isEmpty());
    const QString algorithm =
        GENERATE(as<QString>{}, QStringLiteral("SHA1"), QStringLiteral("SHA256"), QStringLiteral("SHA512"));
    const int digits = GENERATE(6, 7, 8);
    const int period = GENERATE(30, 60, 15, 7);
    const QString time = QStringLiteral("1700000123");

    const test::ProcessResult ours = runCli(
        {QStringLiteral("code"), QStringLiteral("--secret"), kSecret, QStringLiteral("--algorithm"), algorithm,
         QStringLiteral("--digits"), QString::number(digits), QStringLiteral("--period"), QString::number(period),
         QStringLiteral("--time"), time, QStringLiteral("--window"), QStringLiteral("3")});
    const test::ProcessResult theirs = test::runProcess(
        oathtool, {QStringLiteral("--totp=") + algorithm, QStringLiteral("--base32"),
                   QStringLiteral("--digits=%1").arg(digits), QStringLiteral("--time-step-size=%1s").arg(period),
                   QStringLiteral("--now=@") + time, QStringLiteral("--window=2"), kSecret});
    REQUIRE(ours.exitCode == 0);
    REQUIRE(theirs.exitCode == 0);
    CHECK(ours.outLines().size() == 3);
    CHECK(ours.out == theirs.out);
    CHECK(ours.err.isEmpty());
}

TEST_CASE("twostep-cli code --window 2 gives AWS's two consecutive codes", "[cli]")
{
    // RFC 6238 seed at T = 59: steps 1 and 2.
    const test::ProcessResult result = runCli(
        {QStringLiteral("code"), QStringLiteral("--secret"), kSecret, QStringLiteral("--time"), QStringLiteral("59"),
         QStringLiteral("--window"), QStringLiteral("2"), QStringLiteral("--digits"), QStringLiteral("8")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.outLines() == QStringList{QStringLiteral("94287082"), QStringLiteral("37359152")});
}

TEST_CASE("twostep-cli code reads otpauth URIs, hotp counters and Steam", "[cli]")
{
    const test::ProcessResult uri =
        runCli({QStringLiteral("code"), QStringLiteral("--uri"),
                QStringLiteral("otpauth://totp/ACME:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8&issuer=ACME"),
                QStringLiteral("--time"), QStringLiteral("1111111109")});
    REQUIRE(uri.exitCode == 0);
    CHECK(uri.out == QByteArray("07081804\n"));

    const test::ProcessResult hotp =
        runCli({QStringLiteral("code"), QStringLiteral("--secret"), kSecret, QStringLiteral("--counter"),
                QStringLiteral("0"), QStringLiteral("--window"), QStringLiteral("3")});
    REQUIRE(hotp.exitCode == 0);
    CHECK(hotp.out == QByteArray("755224\n287082\n359152\n"));

    const test::ProcessResult steam =
        runCli({QStringLiteral("code"), QStringLiteral("--secret"), QStringLiteral("JRZCL47CMXVOQMNPZR2F7J4RGI"),
                QStringLiteral("--type"), QStringLiteral("steam"), QStringLiteral("--time"), QStringLiteral("59")});
    REQUIRE(steam.exitCode == 0);
    CHECK(steam.out == QByteArray("9WW3X\n"));
}

TEST_CASE("invalid input exits 2 with one clear line on stderr and nothing on stdout", "[cli]")
{
    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const std::vector<Case> cases = {
        {{QStringLiteral("--secret"), QStringLiteral("GEZDGNB1")},
         QStringLiteral("invalid base32 character '1' at position 8")},
        {{QStringLiteral("--secret"), kSecret, QStringLiteral("--algorithm"), QStringLiteral("MD5")},
         QStringLiteral("--algorithm must be SHA1, SHA256 or SHA512, not 'MD5'")},
        {{QStringLiteral("--secret"), kSecret, QStringLiteral("--digits"), QStringLiteral("11")},
         QStringLiteral("--digits must be a whole number from 6 to 10, not '11'")},
        {{QStringLiteral("--secret"), kSecret, QStringLiteral("--digits"), QStringLiteral("5")},
         QStringLiteral("--digits must be a whole number from 6 to 10, not '5'")},
        {{QStringLiteral("--secret"), kSecret, QStringLiteral("--period"), QStringLiteral("0")},
         QStringLiteral("--period must be a positive whole number of seconds, not '0'")},
        {{QStringLiteral("--secret"), kSecret, QStringLiteral("--window"), QStringLiteral("0")},
         QStringLiteral("--window must be a whole number")},
        {{QStringLiteral("--secret"), kSecret, QStringLiteral("--time"), QStringLiteral("yesterday")},
         QStringLiteral("--time must be a Unix time")},
        {{QStringLiteral("--uri"), QStringLiteral("otpauth://totp/x?issuer=y")},
         QStringLiteral("invalid --uri: parameter 'secret' is missing")},
        {{QStringLiteral("--uri"), QStringLiteral("http://example.com")},
         QStringLiteral("invalid --uri: not an otpauth URI")},
        {{QStringLiteral("--uri"), QStringLiteral("otpauth://hotp/x?secret=GEZDGNBV")},
         QStringLiteral("parameter 'counter' is missing")},
        {{QStringLiteral("--secret"), kSecret, QStringLiteral("--type"), QStringLiteral("hotp")},
         QStringLiteral("--counter is required for hotp")},
        {{}, QStringLiteral("code needs --secret, --uri or an ACCOUNT")},
        {{QStringLiteral("--bogus")}, QStringLiteral("Unknown option 'bogus'")},
    };
    for (const Case& c : cases) {
        QStringList argv = c.arguments;
        argv.prepend(QStringLiteral("code"));
        const test::ProcessResult result = runCli(argv);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(QString::fromUtf8(result.err).contains(c.message));
        CHECK(QString::fromUtf8(result.err).startsWith(QStringLiteral("twostep-cli: ")));
        CHECK(QString::fromUtf8(result.err).count(QLatin1Char('\n')) <= 2);
    }
}

TEST_CASE("twostep-cli --version and --help succeed, an unknown command is a usage error", "[cli]")
{
    const test::ProcessResult version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("twostep-cli "));
    const test::ProcessResult help = runCli({QStringLiteral("code"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("--window"));
    const test::ProcessResult unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
}

// oathtool --hotp -c 18446744073709551614 -w 1 3132333435363738393031323334353637383930
TEST_CASE("twostep-cli code --counter stops at 2^64-1 instead of wrapping to 0", "[cli]")
{
    const test::ProcessResult last =
        runCli({QStringLiteral("code"), QStringLiteral("--secret"), kSecret, QStringLiteral("--counter"),
                QStringLiteral("18446744073709551614"), QStringLiteral("--window"), QStringLiteral("2")});
    REQUIRE(last.exitCode == 0);
    CHECK(last.out == QByteArray("488204\n094451\n"));

    const test::ProcessResult past =
        runCli({QStringLiteral("code"), QStringLiteral("--secret"), kSecret, QStringLiteral("--counter"),
                QStringLiteral("18446744073709551614"), QStringLiteral("--window"), QStringLiteral("3")});
    CHECK(past.exitCode == 2);
    CHECK(past.out.isEmpty());
    CHECK(past.err.contains("counter 18446744073709551614 with --window 3 passes the largest HOTP counter, "
                            "18446744073709551615"));

    const test::ProcessResult tooLarge = runCli({QStringLiteral("code"), QStringLiteral("--secret"), kSecret,
                                                 QStringLiteral("--counter"), QStringLiteral("18446744073709551616")});
    CHECK(tooLarge.exitCode == 2);
    CHECK(tooLarge.out.isEmpty());
    CHECK(tooLarge.err.contains("--counter must be a whole number from 0 to 18446744073709551615, not "
                                "'18446744073709551616'"));
}
