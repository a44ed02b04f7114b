// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Settings.h"

#include <QCoreApplication>
#include <QString>

namespace twostep::ui {

// Which code a copy hands over when the current time step is about to end: a code typed in the
// last seconds often arrives expired, so by default the next step's code goes (Settings::NearStepEnd).
class StepEndChoice final
{
    Q_DECLARE_TR_FUNCTIONS(twostep::ui::StepEndChoice)

public:
    static constexpr qint64 kNearEndSeconds = 3;

    StepEndChoice(const QString& code, const QString& nextCode, qint64 secondsRemaining, Settings::NearStepEnd policy);

    QString code() const { return m_next ? m_nextCode : m_code; }
    // Whether code() is the next step's.
    bool next() const { return m_next; }
    // The status line after copying; `clearSeconds` is the clipboard's clear timer (0: never).
    QString statusText(int clearSeconds) const;

private:
    QString m_code;
    QString m_nextCode;
    qint64 m_secondsRemaining;
    bool m_nearEnd;
    bool m_next;
};

} // namespace twostep::ui
