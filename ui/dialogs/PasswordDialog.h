// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecretBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace twostep::ui {

// Asks for the vault password once more, for a change that needs it (turning "Remember on this
// computer" off in a session unlocked through the keyring). passwordEntered() hands over; the
// caller takes the password, runs its check (setBusy() meanwhile), then accept() or showError().
class PasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString& why, QWidget* parent = nullptr);

    SecretBytes takePassword(); // the field is emptied (undo history too)
    void setBusy(bool busy);    // while the key is derived: read-only, OK disabled
    void showError(const QString& text);

Q_SIGNALS:
    void passwordEntered();

private:
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_ok;
    QString m_okText;
};

} // namespace twostep::ui
