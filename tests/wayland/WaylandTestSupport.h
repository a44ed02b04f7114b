// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"

#include <QGuiApplication>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// Helpers of the tests that run under mutter --headless (tests/wayland/mutter_session.sh).
namespace twostep::test {

// True when this process is a client of the compositor that mutter_session.sh started.
bool onMutter();
// The clipboard's text/plain as another client reads it (wl-paste); empty when nothing is copied.
QString wlPaste();

// Tells a helper client (focus holder, launcher) to quit on its stdin; kills it if it does not.
void quitHelper(QProcess& process);

// A second Wayland client that takes the focus while it runs (the focus holder).
class FocusHolder
{
public:
    // `clipboardText`: what it copies once it has the focus (empty: nothing).
    explicit FocusHolder(const QString& clipboardText = {});
    ~FocusHolder();
    FocusHolder(const FocusHolder&) = delete;
    FocusHolder& operator=(const FocusHolder&) = delete;

    // Waits until it reported having the focus.
    bool waitUntilActive(int timeoutMs = 10000);
    // Closes its window: the compositor gives the focus to the window below.
    void quit();

private:
    QProcess m_process;
    QByteArray m_output;
};

// A main window on a new vault with one time-based account, unlocked, shown and focused.
struct UnlockedWindow
{
    explicit UnlockedWindow(int clearSeconds);
    QString code() const;

    QTemporaryDir dir;
    ui::Settings settings;
    ui::ClipboardService clipboard{QGuiApplication::clipboard()};
    ui::MainWindow window;
    QString id;
};

} // namespace twostep::test
