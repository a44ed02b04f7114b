// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsMfaArnOption.h"

#include "CliCommon.h"
#include "Commands.h"
#include "VaultAccess.h"
#include "otp/AwsMfaArn.h"
#include "vault/AwsMfaArnEdit.h"

namespace twostep::cli {

namespace {
const QString kArn = QStringLiteral("arn");
} // namespace

void addArnOption(QCommandLineParser& parser)
{
    parser.addOption({kArn,
                      QStringLiteral("The AWS MFA device ARN, arn:aws:iam::ACCOUNTID:mfa/DEVICE (derived from AWS's "
                                     "label when it names the 12-digit account id)."),
                      QStringLiteral("ARN")});
}

Status applyArnOption(const QCommandLineParser& parser, QList<otp::Account>& accounts,
                      const QList<vault::VaultEntry>& entries)
{
    if (parser.isSet(kArn)) {
        if (accounts.size() != 1) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--arn names one account, not %1").arg(accounts.size()));
        }
        Result<QString> arn = otp::checkedAwsMfaArn(parser.value(kArn));
        if (!arn) {
            return arn.error();
        }
        if (Status free = vault::checkAwsMfaArnFree(entries, *arn); !free) {
            return free;
        }
        accounts.first().awsMfaArn = *arn;
        return {};
    }
    for (otp::Account& account : accounts) {
        account.awsMfaArn = otp::derivedAwsMfaArn(account);
        if (!account.awsMfaArn.isEmpty()) {
            printNote(QStringLiteral("note: %1: MFA device ARN %2 (from the label; change it with 'twostep-cli edit "
                                     "ACCOUNT --arn ARN')")
                          .arg(account.label(), account.awsMfaArn));
            if (Status free = vault::checkAwsMfaArnFree(entries, account.awsMfaArn); !free) {
                printNote(QStringLiteral("warning: %1; 'code ARN' matches both accounts until one is removed")
                              .arg(free.error().detail));
            }
        } else if (otp::isAwsIssuer(account.issuer)) {
            printNote(QStringLiteral("note: %1 names an account alias, not its id: set the MFA device ARN with "
                                     "'twostep-cli edit ACCOUNT --arn arn:aws:iam::ACCOUNTID:mfa/DEVICE'")
                          .arg(account.label()));
        }
    }
    return {};
}

int runEdit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Change what an account carries besides its label: the AWS MFA device ARN (--arn '' clears it)."));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"), QStringLiteral("Id or part of \"issuer:name\"."));
    addVaultOptions(parser);
    addArnOption(parser);
    int exitCode = kSuccess;
    if (!parseOrExit(parser, QStringLiteral("edit"), arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("edit needs exactly one ACCOUNT"));
    }
    if (!parser.isSet(kArn)) {
        return usageError(QStringLiteral("edit needs --arn"));
    }
    const QString arn = parser.value(kArn);
    if (!arn.isEmpty()) {
        if (Result<QString> checked = otp::checkedAwsMfaArn(arn); !checked) {
            return fail(checked.error());
        }
    }
    Result<VaultAccount> account = openVaultAccount(parser);
    if (!account) {
        return fail(account.error());
    }
    if (Status saved = vault::setAwsMfaArn(account->vault, account->entry.id, arn); !saved) {
        return fail(saved.error());
    }
    printNote(arn.isEmpty() ? QStringLiteral("%1: no MFA device ARN").arg(account->entry.account.label())
                            : QStringLiteral("%1: MFA device ARN %2").arg(account->entry.account.label(), arn));
    return kSuccess;
}

} // namespace twostep::cli
