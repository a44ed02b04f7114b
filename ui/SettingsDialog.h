// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace twostep::ui {

class ClockAndSearchSettings;
class ReservedLabel;
class Settings;

// Edits the Settings; writes them when accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    // The vault's "Remember on this computer" (a keyring slot); only an unlocked vault can change it.
    void setRememberOnThisComputer(bool remembered, bool editable);
    // Without a keyring (KeyringStore::isAvailable) the box is off and a note says why.
    void setKeyringAvailable(bool available);

    // A section another part adds (the desktop shortcut), above the buttons.
    void addSection(QWidget* section);

    void accept() override;

Q_SIGNALS:
    // Emitted by accept() when the box changed; the owner of the vault carries it out.
    void rememberOnThisComputerChanged(bool remember);

private:
    // No tray on this desktop: the tray options are off, and the returned label says why.
    QLabel* disableTrayOptions();
    void fitWidthToOptions();

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
    QComboBox* m_nearStepEnd;
    ReservedLabel* m_noKeyring;
    ClockAndSearchSettings* m_clockAndSearch;
    QVBoxLayout* m_sections = nullptr;
    QScrollArea* m_scroll = nullptr;
};

} // namespace twostep::ui
