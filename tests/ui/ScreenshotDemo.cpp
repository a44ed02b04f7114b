// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotDemo.h"

#include "otp/OtpauthUri.h"

#include <QStringList>

namespace twostep::screenshots {

namespace {

const QString kAwsUri = QStringLiteral(
    "otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret=%1&issuer=Amazon%20Web%20Services");

otp::Account parsed(const QString& uri)
{
    return otp::parseOtpauthUri(uri).value().account;
}

} // namespace

otp::ClockTime at(long long unixSeconds)
{
    return otp::ClockTime(std::chrono::seconds(unixSeconds));
}

QList<otp::Account> demoAccounts()
{
    const QStringList uris = {
        kAwsUri.arg(QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")),
        QStringLiteral("otpauth://totp/GitHub:alice-example?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=GitHub"),
        QStringLiteral("otpauth://totp/Google:alice@example.com?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&issuer=Google"),
        QStringLiteral("otpauth://totp/Dropbox:alice@example.com?secret=OULQLE6VLHZCP435IIQFNZYBVF2IQSNW&"
                       "issuer=Dropbox"),
        QStringLiteral("otpauth://totp/Cloudflare:alice@example.com?secret=OOHCF4FMVOAUZQGGVHP52HDKDE7KE6HE&"
                       "issuer=Cloudflare"),
        QStringLiteral("otpauth://totp/GitLab:alice?secret=TWLNTVNRVXOX47TBDGRDWHS3L5UFIUYS&issuer=GitLab"),
        QStringLiteral("otpauth://totp/Discord:alice@example.com?secret=4G5EQB5BLWCXT5447WIKA76ACXTBEVLF&"
                       "issuer=Discord"),
        QStringLiteral("otpauth://totp/Proton%20Mail:alice@proton.me?secret=I2O7YCYYY47LEY6EUFDWKRPHWBSKP6DC&"
                       "issuer=Proton%20Mail"),
        QStringLiteral("otpauth://totp/Bitwarden:alice@example.com?secret=VANHGAL7C4RZVNQWWU64LYDUSHOSOTBR&"
                       "issuer=Bitwarden"),
        QStringLiteral("otpauth://totp/Battle.net:US-2211-2050-3346?secret=BMGRXPGFARQQF4GMT25JATL2VYLAHDBI&"
                       "issuer=Battle.net&digits=8"),
        QStringLiteral("otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1"),
        QStringLiteral("otpauth://totp/%EB%84%A4%EC%9D%B4%EB%B2%84:alice?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&"
                       "issuer=%EB%84%A4%EC%9D%B4%EB%B2%84"),
    };
    QList<otp::Account> accounts;
    for (const QString& uri : uris) {
        accounts.append(parsed(uri));
    }
    accounts[0].details.favorite = true; // AWS
    accounts[1].details.favorite = true; // GitHub
    return accounts;
}

otp::Account redoneAwsEnrollment()
{
    return parsed(kAwsUri.arg(QStringLiteral("QAADWAWT7TKXDJCPCBMMN2YD24KNHWFUNWZGCIOX2NJFDA4JQZQTWN7A24HXAS4K")));
}

otp::Account unsavedAccount()
{
    return parsed(
        QStringLiteral("otpauth://totp/Slack:alice@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Slack"));
}

} // namespace twostep::screenshots
