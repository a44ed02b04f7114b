// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace twostep;

namespace {

const QByteArray kPassword = "fresh pass\n";
const QString kSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
constexpr long long kPeriod = 5; // a short step keeps the wait short

QString oathtoolCode(long long step)
{
    const QString oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
    REQUIRE_FALSE(oathtool.isEmpty());
    const test::ProcessResult result =
        test::runProcess(oathtool, {QStringLiteral("--totp"), QStringLiteral("--base32"),
                                    QStringLiteral("--time-step-size=%1s").arg(kPeriod),
                                    QStringLiteral("--now=@%1").arg(step * kPeriod), kSecret});
    REQUIRE(result.exitCode == 0);
    return result.outLines().value(0);
}

// Just after a step boundary, so that a first run and the start of a second share their step.
void waitForStepStart()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QThread::msleep(static_cast<unsigned long>(kPeriod * 1000 - ms % (kPeriod * 1000) + 50));
}

// A vault holding one AWS account with a 5 s step, in private user folders.
struct FreshVault
{
    QTemporaryDir dir;
    QStringList environment = test::privateUserFolders(dir.path()) +
                              QStringList{QStringLiteral("TWOSTEP_VAULT=") + dir.filePath(QStringLiteral("v"))};
    const QString arn = QStringLiteral("arn:aws:iam::123456789012:mfa/root-account-mfa-device");

    FreshVault()
    {
        REQUIRE(run({QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                     QStringLiteral("--kdf-iterations"), QStringLiteral("1"), QStringLiteral("--kdf-parallelism"),
                     QStringLiteral("1")})
                    .exitCode == 0);
        REQUIRE(run({QStringLiteral("add"), QStringLiteral("--uri"), QStringLiteral("-")},
                    "otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@123456789012?secret=" +
                        kSecret.toLatin1() + "&period=5&issuer=Amazon%20Web%20Services\n")
                    .exitCode == 0);
    }
    test::ProcessResult run(QStringList arguments, const QByteArray& before = {}) const
    {
        arguments << QStringLiteral("--password-stdin");
        return test::runCli(arguments, before + kPassword, environment);
    }
};

} // namespace

TEST_CASE("code --fresh after a plain code in another process waits for the next step", "[cli][fresh]")
{
    FreshVault vault;
    waitForStepStart();
    const long long step = QDateTime::currentSecsSinceEpoch() / kPeriod;
    const test::ProcessResult plain = vault.run({QStringLiteral("code"), vault.arn});
    REQUIRE(plain.exitCode == 0);
    REQUIRE(plain.out == (oathtoolCode(step) + QLatin1Char('\n')).toLatin1());
    CHECK_FALSE(plain.err.contains("waiting"));

    const test::ProcessResult fresh = vault.run({QStringLiteral("code"), QStringLiteral("--fresh"), vault.arn});
    REQUIRE(fresh.exitCode == 0);
    CHECK(fresh.out == (oathtoolCode(step + 1) + QLatin1Char('\n')).toLatin1());
    CHECK(fresh.err.contains("was already handed out in this time step; waiting"));
    CHECK(QDateTime::currentSecsSinceEpoch() >= (step + 1) * kPeriod);

    // A plain code never waits, even right after a fresh one took this step.
    const test::ProcessResult again = vault.run({QStringLiteral("code"), vault.arn});
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.err.contains("waiting"));
}

TEST_CASE("code --fresh in a second process waits for the next step and gives its code", "[cli][fresh]")
{
    FreshVault vault;
    auto run = [&vault](const QStringList& arguments) { return vault.run(arguments); };
    const QStringList fresh{QStringLiteral("code"), QStringLiteral("--fresh"), vault.arn};
    waitForStepStart();

    const long long before = QDateTime::currentSecsSinceEpoch() / kPeriod;
    const test::ProcessResult first = run(fresh);
    const long long after = QDateTime::currentSecsSinceEpoch() / kPeriod;
    REQUIRE(first.exitCode == 0);
    REQUIRE(first.outLines().size() == 1);
    long long firstStep = -1;
    for (long long step = before; step <= after; ++step) {
        if (oathtoolCode(step) == first.outLines().first()) {
            firstStep = step;
        }
    }
    REQUIRE(firstStep >= 0);

    const test::ProcessResult second = run(fresh);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out == (oathtoolCode(firstStep + 1) + QLatin1Char('\n')).toLatin1());
    CHECK(second.err.contains("was already handed out in this time step; waiting"));

    // The record: the step number alone, no secret and no code.
    const QDir steps(vault.dir.filePath(QStringLiteral("runtime/twostep/steps")));
    const QStringList records = steps.entryList(QDir::Files);
    REQUIRE(records.size() == 1);
    QFile record(steps.filePath(records.first()));
    REQUIRE(record.open(QIODevice::ReadOnly));
    CHECK(record.readAll() == QByteArray::number(firstStep + 1) + '\n');
    CHECK((record.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("code --fresh needs a vault ACCOUNT and refuses --time", "[cli][fresh]")
{
    const test::ProcessResult secret =
        test::runCli({QStringLiteral("code"), QStringLiteral("--fresh"), QStringLiteral("--secret"), kSecret});
    CHECK(secret.exitCode == 2);
    CHECK(secret.err.contains("--fresh needs an ACCOUNT"));
    const test::ProcessResult time =
        test::runCli({QStringLiteral("code"), QStringLiteral("--fresh"), QStringLiteral("aws"),
                      QStringLiteral("--time"), QStringLiteral("59")});
    CHECK(time.exitCode == 2);
    CHECK(time.err.contains("cannot be combined with --time"));
}
