// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecretBytes.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace twostep::ui {

class ReservedLabel;

// How guessable a password looks: a rough entropy estimate from its length and character classes.
enum class PasswordStrength { Empty, Weak, Fair, Good, Strong };
PasswordStrength estimatePasswordStrength(const QString& password);

// First run: choose the vault password (twice), see how strong it is, and read that nobody can
// recover it. Emits createRequested() when both fields agree; takePassword() hands it over once.
class CreateVaultPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CreateVaultPage(const QString& vaultPath, QWidget* parent = nullptr);

    SecretBytes takePassword();
    void showError(const QString& text);
    // While the vault's key is derived: the fields read-only, the button disabled as "Creating…".
    void setBusy(bool busy);
    void reset();

Q_SIGNALS:
    void createRequested();

private:
    static QString strengthHint(PasswordStrength strength);
    void updateState();
    void submit();

    QLineEdit* m_password;
    QLineEdit* m_confirm;
    ReservedLabel* m_strength;
    ReservedLabel* m_error;
    QPushButton* m_create;
    bool m_busy = false;
};

} // namespace twostep::ui
