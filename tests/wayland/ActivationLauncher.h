// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace twostep::test {

// A launcher as GNOME Shell is one: a Wayland client (twostep_activation_client) that holds the
// focus and gets real xdg-activation tokens from mutter for key presses made in its window.
class ActivationLauncher
{
public:
    ActivationLauncher();
    ~ActivationLauncher();
    ActivationLauncher(const ActivationLauncher&) = delete;
    ActivationLauncher& operator=(const ActivationLauncher&) = delete;

    // Waits until its window has the keyboard focus.
    bool waitUntilFocused(int timeoutMs = 10000);
    // Waits until its window lost the keyboard focus.
    bool waitUntilUnfocused(int timeoutMs = 10000);
    // Presses a key on the seat (mutter_session.sh's virtual keyboard) and returns the token the
    // compositor issued for that press; empty when none came.
    QString tokenForKeyPress(int timeoutMs = 10000);
    // True while no focus change or token arrived that nobody waited for.
    bool stillFocused();

private:
    // Waits for a line starting with `prefix`, consuming it and every line before it.
    QByteArray waitForLine(const QByteArray& prefix, int timeoutMs);

    QProcess m_process;
    QByteArray m_output;
};

} // namespace twostep::test
