// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A second start of twostep raising the running window on GNOME's compositor (mutter --headless):
// the second process hands on the XDG_ACTIVATION_TOKEN its launcher gave it, and the running
// window gives it to the compositor with its activation request. The launcher is a real Wayland
// client holding the focus, so mutter judges the token as it judges GNOME Shell's.
#include "ActivationLauncher.h"
#include "TestSupport.h"
#include "WaylandTestSupport.h"
#include "ui/desktop/SingleInstance.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

using namespace twostep;

namespace {
// The running Twostep, wired as app/gui/main.cpp wires it, shown and focused.
struct RunningWindow
{
    RunningWindow()
    {
        REQUIRE(instance.listen());
        QObject::connect(&instance, &ui::SingleInstance::messageReceived, &window,
                         [this](const QStringList& /*message*/, const QString& token) {
                             ui::SingleInstance::adoptActivationToken(token);
                             window.raiseFromOutside();
                         });
        window.show();
        REQUIRE(QTest::qWaitFor([this] { return window.isActiveWindow(); }, 10000));
    }

    // Waits until the launcher has the focus and this window no longer has it.
    void loseFocusTo(test::ActivationLauncher& launcher)
    {
        REQUIRE(launcher.waitUntilFocused());
        REQUIRE(QTest::qWaitFor([this] { return !window.isActiveWindow(); }, 5000));
    }

    // Starts twostep a second time with `token` as its launcher's, as the raise message's sender.
    void startSecond(const QString& token)
    {
        QSignalSpy received(&instance, &ui::SingleInstance::messageReceived);
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), token);
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(TWOSTEP_GUI_PATH), {QStringLiteral("--vault"), vaultPath});
        REQUIRE(QTest::qWaitFor([&second] { return second.state() == QProcess::NotRunning; }, 30000));
        CHECK(second.exitCode() == 0);
        REQUIRE((!received.isEmpty() || received.wait(5000)));
        CHECK(received.at(0).at(0).toStringList() == QStringList{QStringLiteral("raise")});
        CHECK(received.at(0).at(1).toString() == token);
        // Qt's Wayland plugin took the token from the environment into xdg_activation_v1.activate.
        CHECK(qEnvironmentVariable("XDG_ACTIVATION_TOKEN").isEmpty());
    }

    QTemporaryDir dir;
    const QString vaultPath = dir.filePath(QStringLiteral("vault.twostep"));
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::ClipboardService clipboard{QGuiApplication::clipboard()};
    ui::MainWindow window{vaultPath, settings, clipboard};
    ui::SingleInstance instance{vaultPath};
};

// The twostep program itself, whose keyboard focus its Wayland protocol trace tells.
class TracedTwostep
{
public:
    explicit TracedTwostep(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WAYLAND_DEBUG"), QStringLiteral("client"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(TWOSTEP_GUI_PATH), arguments);
        REQUIRE(m_process.waitForStarted(5000));
    }
    ~TracedTwostep()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    TracedTwostep(const TracedTwostep&) = delete;
    TracedTwostep& operator=(const TracedTwostep&) = delete;

    // Waits until the compositor's last keyboard event to it was enter (`focused`) or leave.
    bool waitUntilFocused(bool focused, int timeoutMs)
    {
        return QTest::qWaitFor([this, focused] { return readFocus() == focused; }, timeoutMs);
    }

private:
    bool readFocus()
    {
        m_trace += m_process.readAllStandardError();
        qsizetype end = -1;
        while ((end = m_trace.indexOf('\n')) >= 0) {
            const QByteArray line = m_trace.left(end);
            m_trace.remove(0, end + 1);
            // Events the client received carry no "->" (that marks its requests).
            if (!line.contains("->") && line.contains("wl_keyboard@")) {
                m_focused = line.contains(".enter(") || (m_focused && !line.contains(".leave("));
            }
        }
        return m_focused;
    }

    QProcess m_process;
    QByteArray m_trace;
    bool m_focused = false;
};

// Longer than mutter needs to act on an activation request.
constexpr int kSettleMs = 2000;
} // namespace

TEST_CASE("On mutter a second start with its launcher's activation token raises the window", "[wayland][raise]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    RunningWindow running;
    test::ActivationLauncher launcher;
    running.loseFocusTo(launcher);
    // The user presses a key in the launcher: mutter issues a token for that press.
    const QString token = launcher.tokenForKeyPress();
    REQUIRE_FALSE(token.isEmpty());

    running.startSecond(token);
    CHECK(QTest::qWaitFor([&running] { return running.window.isActiveWindow(); }, 10000));
    CHECK(launcher.waitUntilUnfocused(kSettleMs));
}

TEST_CASE("On mutter a second start with a token mutter never issued leaves the window behind", "[wayland][raise]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    RunningWindow running;
    test::ActivationLauncher launcher;
    running.loseFocusTo(launcher);

    running.startSecond(QStringLiteral("launcher-token-1"));
    QTest::qWait(kSettleMs);
    CHECK_FALSE(running.window.isActiveWindow());
    CHECK(launcher.stillFocused());
}

TEST_CASE("On mutter twostep started again from a launcher raises the running twostep", "[wayland][raise]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    QTemporaryDir dir;
    const QStringList arguments{QStringLiteral("--vault"), dir.filePath(QStringLiteral("vault.twostep")),
                                QStringLiteral("--config"), dir.filePath(QStringLiteral("settings.ini"))};
    TracedTwostep running(arguments);
    REQUIRE(running.waitUntilFocused(true, 30000));
    test::ActivationLauncher launcher;
    REQUIRE(launcher.waitUntilFocused());
    REQUIRE(running.waitUntilFocused(false, 5000));
    const QString token = launcher.tokenForKeyPress();
    REQUIRE_FALSE(token.isEmpty());

    const test::ProcessResult second = test::runProcess(QStringLiteral(TWOSTEP_GUI_PATH), arguments, {},
                                                        {QStringLiteral("XDG_ACTIVATION_TOKEN=") + token}, 30000);
    CHECK(second.exitCode == 0);
    CHECK(running.waitUntilFocused(true, 10000));
    CHECK(launcher.waitUntilUnfocused(kSettleMs));
}
