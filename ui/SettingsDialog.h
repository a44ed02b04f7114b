// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace twostep::ui {

class Settings;

// Edits the Settings; writes them when accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    Settings& m_settings;
    QSpinBox* m_clipboardSeconds;
    QSpinBox* m_idleMinutes;
    QCheckBox* m_lockOnScreenLock;
    QCheckBox* m_closeToTray;
    QCheckBox* m_showNextCode;
    QCheckBox* m_startWithSession;
    QComboBox* m_language;
};

} // namespace twostep::ui
