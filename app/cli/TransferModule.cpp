// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "CliModule.h"
#include "Commands.h"

using namespace twostep::cli;

// The commands that read or draw images and foreign formats (ZXing, libqrencode, Qt Gui, protobuf).
extern "C" __attribute__((visibility("default"))) int twostep_cli_transfer_run(const QString& command,
                                                                               const QStringList& arguments)
{
    const std::pair<const char*, int (*)(const QStringList&)> commands[] = {
        {"add", runAdd}, {"import", runImport}, {"export", runExport}, {"qr", runQr}, {"scan", runScan}};
    for (const auto& [name, run] : commands) {
        if (command == QLatin1String(name)) {
            return run(arguments);
        }
    }
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}
