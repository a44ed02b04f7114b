// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopReachFixture.h"
#include "TestSupport.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMimeData>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace twostep;

TEST_CASE("twostep --copy puts the running window's code on the clipboard and names the account in a notification",
          "[desktop][copy]")
{
    test::privateSessionBus();
    test::NotificationListener server;
    test::RunningWindow running;
    running.unlock();
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const auto copy = running.startTwostep({QStringLiteral("--copy"), QStringLiteral("alice@123456789012")});
    CHECK(test::RunningWindow::waitForExit(*copy).exitCode == ui::kCopyDone);
    const QString copied = test::clipboardText();
    CHECK(test::isCopiedCode(copied, before));
    CHECK(copied.size() == 6);
    // The usual clipboard rules: marked secret for clipboard managers, cleared by the timer.
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    REQUIRE(mime != nullptr);
    CHECK(mime->data(QStringLiteral("x-kde-passwordManagerHint")) == "secret");
    CHECK(running.clipboard->holdsOurText());

    REQUIRE(QTest::qWaitFor([&server] { return server.shown.size() == 1; }, 5000));
    const test::NotificationListener::Shown& shown = server.shown.constFirst();
    CHECK(shown.summary == QStringLiteral("Code copied"));
    CHECK(shown.body.contains(QStringLiteral("Amazon Web Services — alice@123456789012")));
    CHECK_FALSE(shown.body.contains(copied));
    CHECK_FALSE(shown.summary.contains(copied));
    CHECK(shown.hints.value(QStringLiteral("desktop-entry")).toString() == QGuiApplication::desktopFileName());
    CHECK(running.fallbackShown.isEmpty());

    // The issuer's initials, as twostep-cli code takes them; the second notification replaces the first.
    const auto again = running.startTwostep({QStringLiteral("--copy"), QStringLiteral("aws")});
    CHECK(test::RunningWindow::waitForExit(*again).exitCode == ui::kCopyDone);
    REQUIRE(QTest::qWaitFor([&server] { return server.shown.size() == 2; }, 5000));
    CHECK(server.shown.at(1).replacesId == 1);

    // The MFA device ARN, as AWS shows it.
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    const qint64 arnBefore = QDateTime::currentSecsSinceEpoch();
    const auto byArn =
        running.startTwostep({QStringLiteral("--copy"), QStringLiteral("arn:aws:iam::123456789012:mfa/alice")});
    CHECK(test::RunningWindow::waitForExit(*byArn).exitCode == ui::kCopyDone);
    CHECK(test::isCopiedCode(test::clipboardText(), arnBefore));
}

TEST_CASE("twostep --copy of an unknown or ambiguous account exits 4 and leaves the clipboard alone", "[desktop][copy]")
{
    test::privateSessionBus();
    test::RunningWindow running;
    running.unlock();
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));

    const auto missing = running.startTwostep({QStringLiteral("--copy"), QStringLiteral("nobody")});
    const test::ProcessResult notFound = test::RunningWindow::waitForExit(*missing);
    CHECK(notFound.exitCode == ui::kCopyNoAccount);
    CHECK(QString::fromUtf8(notFound.err).contains(QStringLiteral("no account matches 'nobody'")));

    // "@" is in both labels.
    const auto ambiguous = running.startTwostep({QStringLiteral("--copy"), QStringLiteral("@")});
    const test::ProcessResult several = test::RunningWindow::waitForExit(*ambiguous);
    CHECK(several.exitCode == ui::kCopyNoAccount);
    const QString said = QString::fromUtf8(several.err);
    CHECK(said.contains(QStringLiteral("matches 2 accounts")));
    CHECK(said.contains(QStringLiteral("bob@example.com")));
    CHECK(test::clipboardText() == QStringLiteral("untouched"));
}

TEST_CASE("twostep --copy with no window running exits 3", "[desktop][copy]")
{
    test::RunningWindow running;
    running.instance.reset(); // nobody listens on the socket any more
    const auto copy = running.startTwostep({QStringLiteral("--copy"), QStringLiteral("aws")});
    const test::ProcessResult result = test::RunningWindow::waitForExit(*copy);
    CHECK(result.exitCode == ui::kCopyNoWindow);
    CHECK(QString::fromUtf8(result.err).contains(QStringLiteral("not running")));
}

TEST_CASE("twostep without its window module exits 8 naming the module; --copy needs no module", "[desktop][copy]")
{
    // The launcher alone in a folder with no lib/twostep beside it.
    QTemporaryDir dir;
    const QString bin = dir.filePath(QStringLiteral("bin"));
    REQUIRE(QDir().mkpath(bin));
    const QString launcher = bin + QStringLiteral("/twostep");
    REQUIRE(QFile::copy(QStringLiteral(TWOSTEP_GUI_PATH), launcher));
    const test::ProcessResult window = test::runProcess(launcher, {QStringLiteral("--version")});
    CHECK(window.exitCode == 8);
    CHECK(QString::fromUtf8(window.err).contains(QStringLiteral("twostep-gui.so")));

    const QString runtime = dir.filePath(QStringLiteral("run"));
    REQUIRE(QDir().mkpath(runtime));
    REQUIRE(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcess copy;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    copy.setProcessEnvironment(env);
    copy.start(launcher, {QStringLiteral("--vault"), dir.filePath(QStringLiteral("v.twostep")),
                          QStringLiteral("--copy"), QStringLiteral("aws")});
    REQUIRE(copy.waitForFinished(20000));
    CHECK(copy.exitCode() == ui::kCopyNoWindow);
}

TEST_CASE("With the vault locked, --copy shows the window, copies after the password, and exits 5 when refused",
          "[desktop][copy]")
{
    test::privateSessionBus();
    test::NotificationListener server;
    test::RunningWindow running;
    running.window->hide();

    const auto copy = running.startTwostep({QStringLiteral("--copy"), QStringLiteral("aws")});
    REQUIRE(QTest::qWaitFor([&running] { return running.window->isVisible(); }, 20000));
    CHECK(copy->state() != QProcess::NotRunning); // still waiting for the password
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    running.unlock();
    CHECK(test::RunningWindow::waitForExit(*copy).exitCode == ui::kCopyDone);
    const QString copied = test::clipboardText();
    CHECK(test::isCopiedCode(copied, before));

    // Locked again, and the window is closed instead of unlocked: nothing is copied.
    running.window->lock();
    REQUIRE_FALSE(running.window->isUnlocked());
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    running.window->hide();
    const auto refused = running.startTwostep({QStringLiteral("--copy"), QStringLiteral("aws")});
    REQUIRE(QTest::qWaitFor([&running] { return running.window->isVisible(); }, 20000));
    running.window->close();
    const test::ProcessResult stayedLocked = test::RunningWindow::waitForExit(*refused);
    CHECK(stayedLocked.exitCode == ui::kCopyStayedLocked);
    CHECK(QString::fromUtf8(stayedLocked.err).contains(QStringLiteral("stayed locked")));
    CHECK(test::clipboardText() == QStringLiteral("untouched"));
}

TEST_CASE("Without a notification server the copy is announced through the tray's fallback", "[desktop][copy]")
{
    test::privateSessionBus();
    test::RunningWindow running;
    running.unlock();
    const auto copy = running.startTwostep({QStringLiteral("--copy"), QStringLiteral("Example")});
    CHECK(test::RunningWindow::waitForExit(*copy).exitCode == ui::kCopyDone);
    REQUIRE(QTest::qWaitFor([&running] { return running.fallbackShown.size() == 1; }, 5000));
    CHECK(running.fallbackShown.constFirst() == QStringLiteral("Code copied"));
}
