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

int runInit(const QStringList&)
{
    return notYet("init");
}
int runList(const QStringList&)
{
    return notYet("list");
}
int runAdd(const QStringList&)
{
    return notYet("add");
}
int runShow(const QStringList&)
{
    return notYet("show");
}
int runRename(const QStringList&)
{
    return notYet("rename");
}
int runRemove(const QStringList&)
{
    return notYet("rm");
}
int runPasswd(const QStringList&)
{
    return notYet("passwd");
}
int runVaultCode(const QStringList&)
{
    return notYet("code ACCOUNT");
}

} // namespace twostep::cli
