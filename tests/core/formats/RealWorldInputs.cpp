// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RealWorldInputs.h"

#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

#include <QDir>
#include <QFile>

namespace twostep::test {

QByteArray readInput(const QString& name)
{
    QFile file(QDir(testDataDir()).filePath(QStringLiteral("inputs/") + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString codeAt(const otp::Account& account, long long unixTime)
{
    Result<otp::OtpGenerator> generator = otp::OtpGenerator::create(account);
    REQUIRE(generator.ok());
    return generator->codeAt(test::unixTime(unixTime));
}

QString secretOf(const otp::Account& account)
{
    return otp::encodeBase32(account.secret.bytes());
}

void checkLabel(const otp::Account& account, const char* issuer, const char* name)
{
    CHECK(account.issuer == QString::fromUtf8(issuer));
    CHECK(account.name == QString::fromUtf8(name));
}

void checkAccount(const otp::Account& account, const char* issuer, const char* name, const char* code)
{
    checkLabel(account, issuer, name);
    CHECK(codeAt(account, kNewYear) == QString::fromLatin1(code));
}

} // namespace twostep::test
