// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/SntpClient.h"
#include "otp/TimeStep.h"

#include <QFrame>

#include <chrono>

class QLabel;
class QPushButton;

namespace twostep::ui {

class AccountListModel;
class Settings;

// The bar above the account list that warns when the codes may be wrong because the clock is:
// systemd-timedated says it is not synchronised, or (an opt-in setting) an NTP server the user
// named is more than kWarnAbove away. Then it offers to compute the codes shown at now + offset.
class ClockBar final : public QFrame
{
    Q_OBJECT
public:
    // Services allow 30 s each way at most; 10 s already eats a third of a code's life.
    static constexpr std::chrono::seconds kWarnAbove{10};

    // `clock` is this computer's clock (tests pass one that is off).
    ClockBar(Settings& settings, AccountListModel* model, QWidget* parent = nullptr,
             otp::Clock clock = otp::systemTime);

    // Asks timedated, and measures against the server when the setting is on.
    void check();
    // Asks timedated again (each unlock: the clock may have been put right, or have lost its server).
    void checkSynchronisation();
    QString message() const;
    // The offset added to the codes shown (0 until the user applies one).
    std::chrono::milliseconds appliedOffset() const { return m_applied; }

Q_SIGNALS:
    void statusMessage(const QString& text);
    // A measurement ended (shown in the bar or the status bar).
    void measured();

private:
    void measureIfWanted();
    void showMeasurement(const QString& server, const Result<otp::SntpMeasurement>& measurement);
    void applyOffset();
    void refresh();

    Settings& m_settings;
    AccountListModel* m_model;
    otp::Clock m_clock;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_apply;
    QPushButton* m_close;
    bool m_unsynchronised = false;
    QString m_offsetWarning;
    QString m_measuredServer; // the setting last measured, "" when off
    std::chrono::milliseconds m_offset{0};
    std::chrono::milliseconds m_applied{0};
};

} // namespace twostep::ui
