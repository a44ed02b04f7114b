// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WidgetTestSupport.h"
#include "otp/OtpGenerator.h"
#include "otp/TimeStep.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/StepEndChoice.h"
#include "ui/desktop/ClipboardService.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <chrono>

namespace twostep::test {

inline const QString kWindowPassword = QStringLiteral("correct horse battery staple");

// A main window on a vault in a fresh folder, with its own settings file and clipboard service.
struct WindowFixture
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::ClipboardService clipboard{QGuiApplication::clipboard()};
    ui::MainWindow window{path, settings, clipboard};
};

// Shows the window and creates its vault through the first-run form; the key is derived off
// the UI thread, so this waits for the unlocked list.
inline void createThroughForm(ui::MainWindow& window)
{
    window.show();
    QTest::keyClicks(child<QLineEdit>(window, "newPasswordLineEdit"), kWindowPassword);
    QTest::keyClicks(child<QLineEdit>(window, "confirmPasswordLineEdit"), kWindowPassword);
    QTest::mouseClick(child<QPushButton>(window, "createVaultButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
}

// Types the password into the unlock page and waits for the unlocked list (the key is derived off
// the UI thread).
inline void unlockThroughForm(ui::MainWindow& window, const QString& password = kWindowPassword)
{
    auto* field = child<QLineEdit>(window, "passwordLineEdit");
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
}

// The code now, computed twice so a step boundary in between cannot make the test flaky.
inline QString currentCoreCode(const otp::Account& account, const QString& shown)
{
    const auto generator = otp::OtpGenerator::create(account).value();
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    const QString code = generator.codeAt(now);
    return code == shown ? code : generator.codeAt(now - std::chrono::seconds(1));
}

// The code a copy hands over now: the current one, or the next step's in its last seconds
// (ui::StepEndChoice), each also one second back so a boundary in between cannot make a test flaky.
inline QString copiedCoreCode(const otp::Account& account, const QString& copied)
{
    const auto generator = otp::OtpGenerator::create(account).value();
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    const std::chrono::seconds period(account.parameters.period());
    for (const auto at : {now, now - std::chrono::seconds(1)}) {
        const bool nearEnd =
            otp::secondsRemaining(at, account.parameters.period()) < ui::StepEndChoice::kNearEndSeconds;
        if (generator.codeAt(at) == copied || (nearEnd && generator.codeAt(at + period) == copied)) {
            return copied;
        }
    }
    return generator.codeAt(now);
}

} // namespace twostep::test
