// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StepEndChoice.h"

namespace twostep::ui {

StepEndChoice::StepEndChoice(const QString& code, const QString& nextCode, qint64 secondsRemaining,
                             Settings::NearStepEnd policy)
    : m_code(code), m_nextCode(nextCode), m_secondsRemaining(secondsRemaining),
      m_nearEnd(secondsRemaining < kNearEndSeconds),
      m_next(m_nearEnd && policy == Settings::NearStepEnd::CopyNext && !nextCode.isEmpty())
{}

QString StepEndChoice::statusText(int clearSeconds) const
{
    const int left = static_cast<int>(m_secondsRemaining);
    if (m_next) {
        return tr("The code had %n second(s) left: the next code was copied; it works from the next step on.", nullptr,
                  left);
    }
    if (m_nearEnd) {
        return tr("Code copied, but it expires in %n second(s): enter it at once, or wait and copy the next one.",
                  nullptr, left);
    }
    return clearSeconds > 0 ? tr("Code copied; the clipboard is cleared in %n seconds.", nullptr, clearSeconds)
                            : tr("Code copied.");
}

} // namespace twostep::ui
