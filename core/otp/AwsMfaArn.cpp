// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/AwsMfaArn.h"

#include <QRegularExpression>

namespace twostep::otp {

namespace {
// IAM's name rule for MFA devices: letters, digits and +=,.@_- (1 to 256 of them); an optional path.
const QRegularExpression& arnPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:mfa/([A-Za-z0-9_+=,.@-]+/)*[A-Za-z0-9_+=,.@-]{1,256}$"));
    return pattern;
}
} // namespace

bool isAwsIssuer(const QString& issuer)
{
    return issuer.compare(QLatin1String("Amazon Web Services"), Qt::CaseInsensitive) == 0;
}

QString derivedAwsMfaArn(const Account& account)
{
    if (!isAwsIssuer(account.issuer)) {
        return {};
    }
    const qsizetype at = account.name.lastIndexOf(QLatin1Char('@'));
    static const QRegularExpression accountId(QStringLiteral("^[0-9]{12}$"));
    if (at <= 0 || !accountId.match(QStringView(account.name).mid(at + 1)).hasMatch()) {
        return {};
    }
    const QString arn =
        QStringLiteral("arn:aws:iam::%1:mfa/%2").arg(account.name.mid(at + 1), QStringView(account.name).left(at));
    return arnPattern().match(arn).hasMatch() ? arn : QString();
}

QString awsMfaArn(const Account& account)
{
    return account.awsMfaArn.isEmpty() ? derivedAwsMfaArn(account) : account.awsMfaArn;
}

Result<QString> checkedAwsMfaArn(const QString& text)
{
    if (arnPattern().match(text).hasMatch()) {
        return text;
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("'%1' is not an MFA device ARN: it looks like arn:aws:iam::123456789012:mfa/DEVICE")
                         .arg(text.left(300)));
}

} // namespace twostep::otp
