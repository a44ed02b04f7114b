// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/Account.h"
#include "vault/VaultEntry.h"

#include <QCommandLineParser>
#include <QList>

namespace twostep::cli {

// --arn ARN of `add` and `edit`: an AWS account's MFA device ARN (otp/AwsMfaArn.h).
void addArnOption(QCommandLineParser& parser);
// The ARN each account to add keeps: --arn (for one account only; InvalidInput when an account of
// `entries` has it already), else the one derived from AWS's label, said on stderr for the user to
// confirm, with a warning when another account has it too; for an AWS account alias a note says how
// to set it.
Status applyArnOption(const QCommandLineParser& parser, QList<otp::Account>& accounts,
                      const QList<vault::VaultEntry>& entries);

} // namespace twostep::cli
