// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "CliModule.h"
#include "Commands.h"
#include "common/ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>
#include <map>

using namespace twostep::cli;

namespace {

const char* const kUsage = R"(Usage: twostep-cli COMMAND [OPTIONS]

Codes and QR codes:
  code --secret BASE32 | --uri URI [--time UNIX] [--window N]   print one-time codes
  code ACCOUNT [--window 2]                                     codes of a vault account
  scan IMAGE... [--expand]                                      print the OTP QR codes in images
  qr (--uri URI | ACCOUNT) [-o FILE.png|FILE.svg --i-know-this-is-plaintext]
                                                                draw an account as a QR code

The vault:
  init, list, add, show, edit, rename, rm, passwd
  status                       where the vault is and its file's facts (no password)
  import FILE, export --format FORMAT
  merge FILE [--dry-run]       merge another copy of the vault (a conflict copy) into it

Run 'twostep-cli COMMAND --help' for the options of a command, 'man twostep-cli' for the
exit status of each kind of failure.
)";

} // namespace

int main(int argc, char* argv[])
{
    twostep::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twostep"));
    QCoreApplication::setOrganizationName(QStringLiteral("twostep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWOSTEP_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        std::fputs(kUsage, stderr);
        return kUsageError;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return kSuccess;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("twostep-cli %s\n", TWOSTEP_VERSION);
        return kSuccess;
    }

    const std::map<QString, int (*)(const QStringList&)> commands = {
        {QStringLiteral("code"), runCode},     {QStringLiteral("init"), runInit},     {QStringLiteral("list"), runList},
        {QStringLiteral("show"), runShow},     {QStringLiteral("rename"), runRename}, {QStringLiteral("rm"), runRemove},
        {QStringLiteral("passwd"), runPasswd}, {QStringLiteral("status"), runStatus}, {QStringLiteral("edit"), runEdit},
        {QStringLiteral("merge"), runMerge},
    };
    const auto found = commands.find(command);
    if (found == commands.end() && !isTransferCommand(command)) {
        return usageError(QStringLiteral("unknown command '%1'").arg(command));
    }
    const int exitCode = found != commands.end() ? found->second(arguments) : runTransferCommand(command, arguments);
    std::fflush(stdout);
    return exitCode;
}
