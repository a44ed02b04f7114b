// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
// Wide enough that a skip reason stays on one line for scripts/test.sh to quote.
#define CATCH_CONFIG_CONSOLE_WIDTH 200
#include <QApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char* argv[])
{
    // Real widgets driven by QTest events; offscreen unless a test runs under Xvfb on purpose.
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    // Vaults remember the highest generation seen under XDG_STATE_HOME: never the user's own.
    QTemporaryDir state;
    qputenv("XDG_STATE_HOME", state.path().toUtf8());
    QApplication::setApplicationName(QStringLiteral("twostep-tests"));
    QApplication::setOrganizationName(QStringLiteral("twostep"));
    return Catch::Session().run(argc, argv);
}
