// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The two sources of `twostep-cli code ACCOUNT` besides the password, for tests/bench/cli_code_bench.sh:
//   twostep_cli_sources_bench remember VAULT   the vault password on stdin; adds a keyring slot and
//                                              stores its key in the desktop keyring
//   twostep_cli_sources_bench serve VAULT      the vault password on stdin; serves codes as the
//                                              unlocked window does ("allow while unlocked"),
//                                              prints "ready" once listening, until killed
#include "common/SecretBytes.h"
#include "keyring/KeyringStore.h"
#include "ui/Settings.h"
#include "ui/desktop/CodeServer.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

using namespace twostep;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3 ||
        (arguments[1] != QLatin1String("remember") && arguments[1] != QLatin1String("serve"))) {
        std::fputs("usage: twostep_cli_sources_bench remember|serve VAULT (password on stdin)\n", stderr);
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    SecretBytes password = SecretBytes::fromUtf8(QString::fromStdString(line));
    std::fill(line.begin(), line.end(), '\0');
    Result<vault::Vault> opened = vault::Vault::open(arguments[2], password);
    if (!opened) {
        std::fprintf(stderr, "cannot open the vault: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    if (arguments[1] == QLatin1String("remember")) {
        if (Status remembered = keyring::KeyringStore().remember(*opened); !remembered) {
            std::fprintf(stderr, "keyring: %s\n", qPrintable(remembered.error().detail));
            return 1;
        }
        return 0;
    }
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setCodesForCommandLine(ui::Settings::CliCodes::AllowWhileUnlocked);
    QWidget window;
    ui::CodeServer server(
        settings, [&opened]() -> const vault::Vault* { return &*opened; }, &window);
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.error()));
        return 1;
    }
    std::puts("ready");
    std::fflush(stdout);
    return QApplication::exec();
}
