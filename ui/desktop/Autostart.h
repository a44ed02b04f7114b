// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace twostep::ui {

// "Start with the session": the XDG autostart entry
// $XDG_CONFIG_HOME/autostart/io.github.twostep.Twostep.desktop (Desktop Application Autostart
// Specification), which starts `twostep --minimized`. The file itself is the setting: it is
// off until the user turns it on, and removing the file by hand turns it off.
class Autostart final
{
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry; the error names the file that could not be written or removed.
    static Status setEnabled(bool enabled);
};

} // namespace twostep::ui
