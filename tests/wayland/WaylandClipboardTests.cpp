// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The clipboard on GNOME's compositor (mutter --headless, see mutter_session.sh): mutter takes
// clipboard changes only from the focused client and keeps a copy of a released selection, so
// what another program (wl-paste) reads is the test's judge.
#include "TestSupport.h"
#include "WaylandTestSupport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace twostep;

namespace {
// Longer than ClipboardService::kCopyCheckMs and the compositor's round trips.
constexpr int kSettleMs = 1500;

// Copies the account's code while the window is focused; returns the code once the copy took.
QString copyFocused(test::UnlockedWindow& fixture)
{
    QSignalSpy copied(&fixture.clipboard, &ui::ClipboardService::copied);
    fixture.window.copyCode(fixture.id);
    // Read back at once: the shown code may roll over to the next time step meanwhile.
    const QString code = QGuiApplication::clipboard()->text();
    REQUIRE(code.size() == 6);
    REQUIRE(copied.wait(kSettleMs));
    return code;
}

// Waits until the other window has the focus and Twostep's window no longer has it.
void focusElsewhere(test::FocusHolder& other, const test::UnlockedWindow& fixture)
{
    REQUIRE(other.waitUntilActive());
    REQUIRE(QTest::qWaitFor([&fixture] { return !fixture.window.isActiveWindow(); }, 5000));
}

// Closes the other window and waits until Twostep's window has the focus again.
void focusBack(test::FocusHolder& other, const test::UnlockedWindow& fixture)
{
    other.quit();
    REQUIRE(QTest::qWaitFor([&fixture] { return fixture.window.isActiveWindow(); }, 10000));
}
} // namespace

TEST_CASE("On mutter a copied code is cleared after the timer while the window is focused", "[wayland][clipboard]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    test::UnlockedWindow fixture(2);
    const QString code = copyFocused(fixture);
    CHECK(test::wlPaste() == code);
    QSignalSpy cleared(&fixture.clipboard, &ui::ClipboardService::cleared);
    REQUIRE((!cleared.isEmpty() || cleared.wait(5000)));
    QTest::qWait(kSettleMs);
    CHECK(test::wlPaste().isEmpty());
}

TEST_CASE("On mutter a code due for clearing while another window is focused is cleared at the next focus",
          "[wayland][clipboard]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    test::UnlockedWindow fixture(2);
    QSignalSpy notices(&fixture.clipboard, &ui::ClipboardService::notice);
    const QString code = copyFocused(fixture);

    test::FocusHolder other;
    focusElsewhere(other, fixture);
    // The timer fires while the other window has the focus: mutter would refuse the change.
    REQUIRE(QTest::qWaitFor([&fixture] { return fixture.clipboard.isClearPending(); }, 5000));
    CHECK(test::wlPaste() == code);
    REQUIRE(notices.size() == 1);
    CHECK(notices.at(0).at(0).toString().contains(QStringLiteral("only while its window is focused")));
    CHECK(fixture.window.statusBar()->currentMessage() == notices.at(0).at(0).toString());

    // Back to Twostep: the pending clear happens, with empty content that mutter cannot restore.
    focusBack(other, fixture);
    REQUIRE(QTest::qWaitFor([&fixture] { return !fixture.clipboard.isClearPending(); }, 5000));
    QTest::qWait(kSettleMs);
    CHECK(test::wlPaste().isEmpty());
    CHECK(notices.size() == 1);
}

TEST_CASE("On mutter a lock while another window is focused clears the code when Twostep is focused again",
          "[wayland][clipboard]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    test::UnlockedWindow fixture(300);
    const QString code = copyFocused(fixture);

    test::FocusHolder other;
    focusElsewhere(other, fixture);
    // An idle or screen lock: Twostep remembers what it copied although the vault is gone.
    fixture.window.lockAutomatically();
    CHECK_FALSE(fixture.window.isUnlocked());
    CHECK(fixture.clipboard.isClearPending());
    CHECK(test::wlPaste() == code);

    focusBack(other, fixture);
    QTest::qWait(kSettleMs);
    CHECK(test::wlPaste().isEmpty());
}

TEST_CASE("On mutter Ctrl+L clears a copied code at once while the window is focused", "[wayland][clipboard]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    test::UnlockedWindow fixture(300);
    CHECK(test::wlPaste() == copyFocused(fixture));
    REQUIRE(QTest::qWaitFor([&fixture] { return fixture.window.isActiveWindow(); }, 10000));
    QTest::keyClick(&fixture.window, Qt::Key_L, Qt::ControlModifier);
    CHECK_FALSE(fixture.window.isUnlocked());
    QTest::qWait(kSettleMs);
    CHECK(test::wlPaste().isEmpty());
}

TEST_CASE("On mutter a copy while another window is focused is reported as not copied", "[wayland][clipboard]")
{
    if (!test::onMutter()) {
        TWOSTEP_SKIP("not a client of mutter (run through tests/wayland/mutter_session.sh)");
    }
    test::UnlockedWindow fixture(30);
    const QString theirs = QStringLiteral("the other program's text");
    test::FocusHolder other(theirs);
    focusElsewhere(other, fixture);
    REQUIRE(QTest::qWaitFor([&theirs] { return test::wlPaste() == theirs; }, 5000));

    // The tray's "Copy code" runs while another window has the focus.
    QSignalSpy copied(&fixture.clipboard, &ui::ClipboardService::copied);
    QSignalSpy failed(&fixture.clipboard, &ui::ClipboardService::copyFailed);
    fixture.window.copyCode(fixture.id);
    REQUIRE(failed.wait(kSettleMs * 2));
    CHECK(copied.isEmpty());
    const QString message = failed.at(0).at(0).toString();
    CHECK(message.contains(QStringLiteral("not copied")));
    CHECK(message.contains(QStringLiteral("Open Twostep's window")));
    CHECK(fixture.window.statusBar()->currentMessage() == message);
    // Whatever mutter left there (its own choice), it is not the code.
    CHECK(test::wlPaste() != fixture.code());
    CHECK_FALSE(fixture.clipboard.holdsOurText());
}
