// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PasswordField.h"

#include <QLineEdit>

namespace twostep::ui {

SecretBytes takePassword(QLineEdit& field)
{
    QString text = field.text();
    field.setText(QString());
    SecretBytes password = SecretBytes::fromUtf8(text);
    wipeText(text);
    return password;
}

void forgetPassword(QLineEdit& field)
{
    QString text = field.text();
    field.setText(QString());
    wipeText(text);
}

} // namespace twostep::ui
