// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace twostep::test {

struct TerminalRun
{
    int exitCode = -1;
    QByteArray screen; // what the pseudo-terminal showed
};

// Runs `command` with /bin/sh -c on a new pseudo-terminal that is its controlling terminal (what
// /dev/tty opens), types `typed` once `prompt` is on the screen, and waits for the shell to end.
// `environment` entries "NAME=value" are added to the current environment.
TerminalRun runOnTerminal(const QString& command, const QByteArray& prompt, const QByteArray& typed,
                          const QStringList& environment);

} // namespace twostep::test
