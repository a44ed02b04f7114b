// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <sys/types.h>

namespace twostep::ui {

// Who asks the window for a code through process `pid` (the peer of the code socket, SO_PEERCRED):
// the peer itself unless it is twostep-cli; for twostep-cli its parent, and when that is a shell
// or a launcher such as env (aws-vault runs credential_process through sh), the first ancestor
// that is not. Names are the kernel's (/proc/PID/stat, at most 15 bytes), which a program of the
// same user can choose: they tell the user who asks, they do not prove it.
struct AskingProgram
{
    QString parent; // empty when /proc cannot tell
    QString runBy;  // empty when the parent is no go-between, or no ancestor in kMaxAncestors is
};

inline constexpr int kMaxAncestors = 16;

AskingProgram askingProgram(pid_t pid);

} // namespace twostep::ui
