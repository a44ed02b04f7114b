// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

#include <QRandomGenerator>
#include <QStandardPaths>

using namespace twostep;
using namespace twostep::otp;

// oathtool (Debian's oath-toolkit) is an independent implementation of RFC 4226/6238; it supports
// 6 to 8 digits.
TEST_CASE("200 random TOTP and HOTP cases agree with oathtool", "[otp][oathtool]")
{
    const QString oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
    REQUIRE_FALSE(oathtool.isEmpty());
    QRandomGenerator random(6238);
    const char* const names[] = {"SHA1", "SHA256", "SHA512"};
    for (int i = 0; i < 200; ++i) {
        std::vector<std::uint8_t> bytes(static_cast<std::size_t>(random.bounded(10, 65)));
        for (auto& byte : bytes) {
            byte = static_cast<std::uint8_t>(random.bounded(256));
        }
        const SecretBytes secret(bytes);
        const QString base32 = encodeBase32(secret.bytes());
        const bool hotp = i % 4 == 3;
        // oathtool's --hotp has no algorithm choice: HMAC-SHA1 only.
        const auto algorithm = hotp ? Algorithm::Sha1 : static_cast<Algorithm>(random.bounded(3));
        const int digits = random.bounded(6, 9);
        const std::int64_t period =
            std::array<std::int64_t, 5>{30, 30, 60, 15, random.bounded(1, 120)}[static_cast<std::size_t>(i) % 5];
        const long long time = static_cast<long long>(random.bounded(4'000'000'000U));
        const std::uint64_t counter = random.bounded(1'000'000U);

        Result<OtpParameters> parameters =
            OtpParameters::create(hotp ? OtpType::Hotp : OtpType::Totp, algorithm, digits, period, counter);
        REQUIRE(parameters.ok());
        Result<OtpGenerator> generator = OtpGenerator::create(*parameters, secret);
        REQUIRE(generator.ok());

        QStringList arguments{QStringLiteral("--base32"), QStringLiteral("--digits=%1").arg(digits)};
        if (hotp) {
            arguments << QStringLiteral("--hotp") << QStringLiteral("--counter=%1").arg(counter);
        } else {
            arguments << QStringLiteral("--totp=%1").arg(QString::fromLatin1(names[static_cast<int>(algorithm)]))
                      << QStringLiteral("--time-step-size=%1s").arg(period) << QStringLiteral("--now=@%1").arg(time);
        }
        arguments << base32;
        INFO("oathtool " << arguments.join(QLatin1Char(' ')).toStdString());
        const test::ProcessResult expected = test::runProcess(oathtool, arguments);
        INFO(expected.err.toStdString());
        REQUIRE(expected.exitCode == 0);
        CHECK(generator->codeAt(test::unixTime(time)) == QString::fromLatin1(expected.out.trimmed()));
    }
}
