// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "Commands.h"

namespace twostep::cli {

namespace {
int notYet(const char* command)
{
    printError(QStringLiteral("'%1' is not available in this build yet").arg(QString::fromLatin1(command)));
    return kUsageError;
}
} // namespace

int runScan(const QStringList&)
{
    return notYet("scan");
}
int runQr(const QStringList&)
{
    return notYet("qr");
}

} // namespace twostep::cli
