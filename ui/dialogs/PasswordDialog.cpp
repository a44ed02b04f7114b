// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PasswordDialog.h"

#include "ui/PasswordField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twostep::ui {

PasswordDialog::PasswordDialog(const QString& why, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Vault password"));
    auto* text = new QLabel(why, this);
    text->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("vaultPasswordLineEdit"));
    m_password->setAccessibleName(tr("Vault password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_error->setObjectName(QStringLiteral("vaultPasswordErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d93f3f;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("vaultPasswordOkButton"));
    m_okText = m_ok->text();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // OK does not close the dialog: the caller closes it once the password proved right.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_password->text().isEmpty() && m_ok->isEnabled()) {
            Q_EMIT passwordEntered();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SecretBytes PasswordDialog::takePassword()
{
    return ui::takePassword(*m_password);
}

void PasswordDialog::setBusy(bool busy)
{
    m_password->setReadOnly(busy);
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Checking…") : m_okText);
}

void PasswordDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
    m_password->setFocus();
}

} // namespace twostep::ui
