// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/AwsMfaArn.h"
#include "otp/OtpauthUri.h"

using namespace twostep;

namespace {
// The account of AWS's QR code for this label (as the console percent-encodes it).
otp::Account awsAccount(const QString& encodedLabel)
{
    Result<otp::ParsedUri> parsed = otp::parseOtpauthUri(
        QStringLiteral(
            "otpauth://totp/Amazon%20Web%20Services:%1?secret=GEZDGNBVGY3TQOJQ&issuer=Amazon%20Web%20Services")
            .arg(encodedLabel));
    REQUIRE(parsed);
    return std::move(parsed->account);
}
} // namespace

TEST_CASE("the MFA device ARN is derived from AWS's label when it names the 12-digit account id", "[otp][aws]")
{
    const auto [label, arn] = GENERATE(table<QString, QString>({
        {QStringLiteral("root-account-mfa-device@123456789012"),
         QStringLiteral("arn:aws:iam::123456789012:mfa/root-account-mfa-device")},
        // An `@` inside the device name: split at the last one.
        {QStringLiteral("alice%40work@123456789012"), QStringLiteral("arn:aws:iam::123456789012:mfa/alice@work")},
        {QStringLiteral("device@000000000001"), QStringLiteral("arn:aws:iam::000000000001:mfa/device")},
        // An account alias: the id is not in the label, so no ARN.
        {QStringLiteral("device@my-alias"), QString()},
        {QStringLiteral("device@12345678901"), QString()}, // 11 digits: an alias
        {QStringLiteral("@123456789012"), QString()},      // no device name
        {QStringLiteral("a%20b@123456789012"), QString()}, // IAM refuses a space
    }));
    INFO(label.toStdString());
    const otp::Account account = awsAccount(label);
    CHECK(otp::derivedAwsMfaArn(account) == arn);
    CHECK(otp::awsMfaArn(account) == arn);
}

TEST_CASE("no ARN is derived for another issuer, and a stored ARN wins over the derived one", "[otp][aws]")
{
    otp::Account other = awsAccount(QStringLiteral("device@123456789012"));
    other.issuer = QStringLiteral("GitHub");
    CHECK(otp::derivedAwsMfaArn(other).isEmpty());

    otp::Account aliased = awsAccount(QStringLiteral("device@my-alias"));
    aliased.awsMfaArn = QStringLiteral("arn:aws:iam::111122223333:mfa/device");
    CHECK(otp::awsMfaArn(aliased) == QStringLiteral("arn:aws:iam::111122223333:mfa/device"));
}

TEST_CASE("a user's ARN must be an IAM MFA device ARN", "[otp][aws]")
{
    for (const QString& good : {QStringLiteral("arn:aws:iam::123456789012:mfa/root-account-mfa-device"),
                                QStringLiteral("arn:aws-us-gov:iam::123456789012:mfa/a+b=c,d.e@f_g-h"),
                                QStringLiteral("arn:aws-cn:iam::123456789012:mfa/path/device")}) {
        CHECK(otp::checkedAwsMfaArn(good));
    }
    for (const QString& bad :
         {QStringLiteral("arn:aws:iam::12345678901:mfa/device"), QStringLiteral("arn:aws:iam::123456789012:user/alice"),
          QStringLiteral("arn:aws:iam::123456789012:mfa/"), QStringLiteral("arn:aws:iam::123456789012:mfa/dev ice"),
          QStringLiteral("device")}) {
        INFO(bad.toStdString());
        const Result<QString> checked = otp::checkedAwsMfaArn(bad);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().code == ErrorCode::InvalidInput);
    }
}
