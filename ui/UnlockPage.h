// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecretBytes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace twostep::ui {

// Asks for the vault password. A failed attempt shows why under the field and keeps the focus in
// the emptied field (no attempt is kept), so the user simply types again. "Remember on this computer"
// (off by default) asks for a keyring slot at this unlock; a vault that has one offers
// "Unlock with keyring" instead of trying it on its own after every lock.
class UnlockPage final : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(const QString& vaultPath, QWidget* parent = nullptr);

    SecretBytes takePassword(); // the typed password; the field is emptied (undo history too)
    bool rememberRequested() const;
    void setKeyringAvailable(bool available); // shows "Unlock with keyring"
    void showError(const QString& text);
    void showHint(const QString& text); // a neutral note, e.g. why the keyring did not unlock
    void setBusy(bool busy);
    void reset();

Q_SIGNALS:
    void unlockRequested();
    void keyringUnlockRequested();

private:
    void submit();

    QLineEdit* m_password;
    QLabel* m_error;
    QLabel* m_hint;
    QPushButton* m_unlock;
    QCheckBox* m_remember;
    QPushButton* m_keyringUnlock;
};

} // namespace twostep::ui
