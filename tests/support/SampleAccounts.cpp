// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAccounts.h"

#include "TestSupport.h"
#include "otp/Base32.h"

#include <QFile>

#include <vector>

namespace twostep::test {

namespace {

otp::Account row(const char* issuer, const char* name, otp::OtpType type, const char* secret, otp::Algorithm algorithm,
                 int digits, std::int64_t periodOrCounter)
{
    otp::Account account;
    account.issuer = QString::fromUtf8(issuer);
    account.name = QString::fromUtf8(name);
    account.secret = otp::decodeBase32(QString::fromLatin1(secret)).value();
    const bool hotp = type == otp::OtpType::Hotp;
    account.parameters = otp::OtpParameters::create(type, algorithm, digits, hotp ? 30 : periodOrCounter,
                                                    hotp ? static_cast<std::uint64_t>(periodOrCounter) : 0)
                             .value();
    return account;
}

} // namespace

const QList<otp::Account>& sampleTable()
{
    using otp::Algorithm;
    using otp::OtpType;
    static const QList<otp::Account> table = {
        row("Deno", "Mason", OtpType::Totp, "4SJHB4GSD43FZBAI7C2HLRJGPQ", Algorithm::Sha1, 6, 30),
        row("SPDX", "James", OtpType::Totp, "5OM4WOOGPLQEF6UGN3CPEOOLWU", Algorithm::Sha256, 7, 20),
        row("Airbnb", "Elijah", OtpType::Totp, "7ELGJSGXNCCTV3O6LKJWYFV2RA", Algorithm::Sha512, 8, 50),
        row("Issuu", "James", OtpType::Hotp, "YOOMIXWS5GN6RTBPUFFWKTW5M4", Algorithm::Sha1, 6, 1),
        row("Air Canada", "Benjamin", OtpType::Hotp, "KUVJJOM753IHTNDSZVCNKL7GII", Algorithm::Sha256, 7, 50),
        row("WWE", "Mason", OtpType::Hotp, "5VAML3X35THCEBVRLV24CGBKOY", Algorithm::Sha512, 8, 10300),
        row("Boeing", "Sophia", OtpType::Steam, "JRZCL47CMXVOQMNPZR2F7J4RGI", Algorithm::Sha1, 5, 30),
        row("Battle.net", "US-2211-2050-3346", OtpType::Totp, "BMGRXPGFARQQF4GMT25JATL2VYLAHDBI", Algorithm::Sha1, 8,
            30),
    };
    return table;
}

otp::Account sampleAccount(const QString& label)
{
    for (const otp::Account& account : sampleTable()) {
        if (account.label() == label) {
            return account;
        }
    }
    FAIL("no sample account " << label.toStdString());
    return {};
}

QByteArray readSample(const QString& fileName)
{
    QFile file(samplesDir() + QLatin1Char('/') + fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const SecretBytes& samplePassword()
{
    static const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("test"));
    return password;
}

QString describe(const otp::Account& account)
{
    const otp::OtpParameters& p = account.parameters;
    return QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 digits | period %7 | counter %8")
        .arg(account.issuer, account.name, otp::typeName(p.type()), otp::encodeBase32(account.secret.bytes()),
             otp::algorithmName(p.algorithm()))
        .arg(p.digits())
        .arg(p.period())
        .arg(p.counter());
}

QList<otp::Account> numberedAccounts(int count, const QString& issuerPrefix, std::size_t secretSize)
{
    QList<otp::Account> accounts;
    for (int i = 0; i < count; ++i) {
        otp::Account account;
        account.issuer = issuerPrefix + QString::number(i);
        account.name = QStringLiteral("user%1").arg(i);
        const std::vector<std::uint8_t> secret(secretSize, static_cast<std::uint8_t>(i + 1));
        account.secret = SecretBytes(std::span<const std::uint8_t>(secret));
        accounts.append(account);
    }
    return accounts;
}

otp::Account awsAccount(const QString& name, const char* base32)
{
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = name;
    account.secret = otp::decodeBase32(QString::fromLatin1(base32)).value();
    return account;
}

} // namespace twostep::test
