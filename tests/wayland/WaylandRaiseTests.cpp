// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A second start of twostep raising the running window on GNOME's compositor (mutter --headless):
// the second process hands on the XDG_ACTIVATION_TOKEN its launcher gave it, and the running
// window gives it to the compositor with its activation request.
#include "TestSupport.h"
#include "WaylandTestSupport.h"
#include "ui/desktop/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>

using namespace twostep;

TEST_CASE("On mutter a second start hands its activation token to the window it raises", "[wayland][raise]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    QTemporaryDir dir;
    const QString vaultPath = dir.filePath(QStringLiteral("vault.twostep"));
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(vaultPath, settings, clipboard);
    ui::SingleInstance instance(vaultPath);
    REQUIRE(instance.listen());
    // The running side as app/gui/main.cpp wires it.
    QObject::connect(&instance, &ui::SingleInstance::messageReceived, &window,
                     [&window](const QStringList& /*message*/, const QString& token) {
                         ui::SingleInstance::adoptActivationToken(token);
                         window.raiseFromOutside();
                     });
    window.show();
    REQUIRE(QTest::qWaitFor([&window] { return window.isActiveWindow(); }, 10000));
    test::FocusHolder other;
    REQUIRE(other.waitUntilActive());
    REQUIRE(QTest::qWaitFor([&window] { return !window.isActiveWindow(); }, 5000));

    QSignalSpy received(&instance, &ui::SingleInstance::messageReceived);
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), QStringLiteral("launcher-token-1"));
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(TWOSTEP_GUI_PATH), {QStringLiteral("--vault"), vaultPath});
    REQUIRE(QTest::qWaitFor([&second] { return second.state() == QProcess::NotRunning; }, 30000));
    CHECK(second.exitCode() == 0);
    REQUIRE(received.size() == 1);
    CHECK(received.at(0).at(0).toStringList() == QStringList{QStringLiteral("raise")});
    CHECK(received.at(0).at(1).toString() == QStringLiteral("launcher-token-1"));
    // Qt's Wayland plugin took the token from the environment into xdg_activation_v1.activate.
    CHECK(qEnvironmentVariable("XDG_ACTIVATION_TOKEN").isEmpty());
    CHECK(window.isVisible());
}
