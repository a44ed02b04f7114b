// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace twostep::ui {

class AccountListModel;
class GlobalShortcuts;
class Settings;

// The Settings section for the desktop-wide shortcut: which account "copy the code" copies, and
// whether the desktop's GlobalShortcuts portal bound it; where it did not, the `twostep --copy`
// command line to bind in the desktop's own custom-shortcut settings.
class ShortcutSettings final : public QGroupBox
{
    Q_OBJECT
public:
    // `command` runs this Twostep from a shortcut, up to the ACCOUNT ("twostep --copy").
    ShortcutSettings(Settings& settings, const AccountListModel& accounts, const GlobalShortcuts& shortcuts,
                     const QString& command, QWidget* parent = nullptr);

    // Writes the chosen account (the Settings dialog's OK).
    void save();

private:
    void updateText();

    Settings& m_settings;
    const GlobalShortcuts& m_shortcuts;
    QString m_command;
    QComboBox* m_account;
    QLabel* m_status;
    QLineEdit* m_commandLine;
};

} // namespace twostep::ui
