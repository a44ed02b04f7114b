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

int runImport(const QStringList&)
{
    return notYet("import");
}
int runExport(const QStringList&)
{
    return notYet("export");
}

} // namespace twostep::cli
