// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace twostep::ui {

class Settings;

// The settings dialog's rows for desktop search (its keyword) and the clock check against an
// NTP server (off by default, with what it sends said next to it).
class ClockAndSearchSettings final : public QWidget
{
    Q_OBJECT
public:
    ClockAndSearchSettings(Settings& settings, QWidget* parent = nullptr);
    void save();

private:
    Settings& m_settings;
    QLineEdit* m_keyword;
    QCheckBox* m_measureClock;
    QLineEdit* m_ntpServer;
};

} // namespace twostep::ui
