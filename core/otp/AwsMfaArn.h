// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/Account.h"

#include <QString>

// The MFA device ARN of an AWS account, `arn:aws:iam::ACCOUNTID:mfa/DEVICE`: what
// `aws sts get-session-token --serial-number` and aws-vault's mfa_serial name (docs/FORMATS.md, AWS).
namespace twostep::otp {

// From AWS's label "Amazon Web Services:DEVICE@ACCOUNT" (issuer and name already percent-decoded
// by the otpauth parser), split at the last `@` since DEVICE may hold one: the ARN when ACCOUNT is
// a 12-digit account id, empty when it is an alias (or the account is not AWS's, or DEVICE has a
// character IAM refuses).
QString derivedAwsMfaArn(const Account& account);
// "Amazon Web Services", the issuer of AWS's QR codes, in any case.
bool isAwsIssuer(const QString& issuer);
// The ARN stored with the account, else the derived one; empty when neither.
QString awsMfaArn(const Account& account);
// `text` when it is an IAM MFA device ARN (any partition: aws, aws-cn, aws-us-gov), else
// InvalidInput saying the shape it needs.
Result<QString> checkedAwsMfaArn(const QString& text);

} // namespace twostep::otp
