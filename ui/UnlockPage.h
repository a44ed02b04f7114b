// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecretBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace twostep::ui {

// Asks for the vault password. A failed attempt shows why under the field, selects what was
// typed and keeps the focus there, so the user simply types again.
class UnlockPage final : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(const QString& vaultPath, QWidget* parent = nullptr);

    SecretBytes takePassword(); // the typed password; the field keeps it until clear()
    void showError(const QString& text);
    void setBusy(bool busy);
    void reset();

Q_SIGNALS:
    void unlockRequested();

private:
    void submit();

    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_unlock;
};

} // namespace twostep::ui
