// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCommandLineParser>
#include <QString>

namespace twostep::cli {

// `--secret -`, `--uri -`: the value as the first line of standard input, because a value on the
// command line is visible to every local user in /proc/PID/cmdline while the command runs.
// It is read before any password of --password-stdin.
Result<QString> optionValue(const QCommandLineParser& parser, const QString& name);
// The sentence --help adds to such an option.
QString stdinOptionHint();

} // namespace twostep::cli
