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

    // The vault's "Remember on this computer" (a keyring slot); only an unlocked vault can change it.
    void setRememberOnThisComputer(bool remembered, bool editable);

    void accept() override;

Q_SIGNALS:
    // Emitted by accept() when the box changed; the owner of the vault carries it out.
    void rememberOnThisComputerChanged(bool remember);

private:
    Settings& m_settings;
    QSpinBox* m_clipboardSeconds;
    QSpinBox* m_idleMinutes;
    QCheckBox* m_lockOnScreenLock;
    QCheckBox* m_closeToTray;
    QCheckBox* m_showNextCode;
    QCheckBox* m_hideCodes;
    QCheckBox* m_startWithSession;
    QCheckBox* m_remember;
    bool m_remembered = false;
    QComboBox* m_language;
    QComboBox* m_cliCodes;
};

} // namespace twostep::ui
