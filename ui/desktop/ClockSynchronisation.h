// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

namespace twostep::ui {

// Asks systemd-timedated (org.freedesktop.timedate1 on the system bus) whether the clock is
// NTP-synchronised and calls `answer` on `context`'s thread. Without timedated (containers,
// other init systems) `answer` never runs: there is nothing to say.
void queryClockSynchronised(QObject* context, std::function<void(bool synchronised)> answer);

} // namespace twostep::ui
