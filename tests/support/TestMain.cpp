// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
// Wide enough that a skip reason stays on one line for scripts/test.sh to quote.
#define CATCH_CONFIG_CONSOLE_WIDTH 200
#include <QGuiApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char* argv[])
{
    // Core tests draw into QImages (QR codes, text on fake screenshots); no display is needed.
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);
    // Vaults remember the highest generation seen under XDG_STATE_HOME: never the user's own.
    QTemporaryDir state;
    qputenv("XDG_STATE_HOME", state.path().toUtf8());
    return Catch::Session().run(argc, argv);
}
