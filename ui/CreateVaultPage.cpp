// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CreateVaultPage.h"

#include "ui/PasswordField.h"
#include "ui/ReservedLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace twostep::ui {

PasswordStrength estimatePasswordStrength(const QString& password)
{
    if (password.isEmpty()) {
        return PasswordStrength::Empty;
    }
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const double bits = static_cast<double>(password.size()) * std::log2(qMax(alphabet, 2));
    if (bits < 40) {
        return PasswordStrength::Weak;
    }
    if (bits < 60) {
        return PasswordStrength::Fair;
    }
    return bits < 80 ? PasswordStrength::Good : PasswordStrength::Strong;
}

QString CreateVaultPage::strengthHint(PasswordStrength strength)
{
    switch (strength) {
    case PasswordStrength::Empty:
        break;
    case PasswordStrength::Weak:
        return tr("Strength: weak — easy to guess.");
    case PasswordStrength::Fair:
        return tr("Strength: fair — longer would be safer.");
    case PasswordStrength::Good:
        return tr("Strength: good.");
    case PasswordStrength::Strong:
        return tr("Strength: strong.");
    }
    return tr("Use a long passphrase: several unrelated words are easy to type and hard to guess.");
}

CreateVaultPage::CreateVaultPage(const QString& vaultPath, QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Create your vault"), this);
    title->setObjectName(QStringLiteral("createTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* intro = new QLabel(tr("Twostep keeps your accounts in an encrypted file. Choose the password that "
                                "opens it."),
                             this);
    intro->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPasswordLineEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_strength = new ReservedLabel(this);
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    // The hint's longest text is reserved, so the form does not jump while the password is typed.
    m_strength->setReservedTexts({strengthHint(PasswordStrength::Empty), strengthHint(PasswordStrength::Fair)});

    auto* form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_strength);
    form->addRow(tr("Repeat it:"), m_confirm);

    auto* warning = new QLabel(tr("If you forget this password, the accounts in the vault cannot be recovered: "
                                  "nobody, not even Twostep, can open it without the password."),
                               this);
    warning->setObjectName(QStringLiteral("noRecoveryLabel"));
    warning->setWordWrap(true);

    auto* where = new QLabel(tr("Vault file: %1").arg(vaultPath), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);

    m_error = new ReservedLabel(this);
    m_error->setObjectName(QStringLiteral("createErrorLabel"));
    m_error->setReservedTexts({tr("The two passwords differ.")});
    m_error->setStyleSheet(QStringLiteral("color: #d93f3f;"));

    m_create = new QPushButton(tr("Create vault"), this);
    m_create->setObjectName(QStringLiteral("createVaultButton"));
    m_create->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(m_error);
    layout->addWidget(m_create, 0, Qt::AlignRight);
    layout->addStretch(2);
    layout->addWidget(where);

    connect(m_password, &QLineEdit::textChanged, this, &CreateVaultPage::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &CreateVaultPage::updateState);
    connect(m_password, &QLineEdit::returnPressed, m_confirm, qOverload<>(&QWidget::setFocus));
    connect(m_confirm, &QLineEdit::returnPressed, this, &CreateVaultPage::submit);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultPage::submit);
    setFocusProxy(m_password);
    updateState();
}

void CreateVaultPage::updateState()
{
    static const char* const kColors[] = {"", "#d93f3f", "#d9873f", "#3f9fd9", "#3fa14f"};
    const PasswordStrength strength = estimatePasswordStrength(m_password->text());
    const QString text = strengthHint(strength);
    m_strength->setText(text);
    m_strength->setStyleSheet(
        strength == PasswordStrength::Empty
            ? QString()
            : QStringLiteral("color: %1;").arg(QLatin1String(kColors[static_cast<int>(strength)])));
    const bool filled = !m_password->text().isEmpty();
    const bool match = m_password->text() == m_confirm->text();
    if (!m_confirm->text().isEmpty() && !match) {
        m_error->setText(tr("The two passwords differ."));
    } else {
        m_error->clear();
    }
    m_create->setEnabled(!m_busy && filled && match);
}

void CreateVaultPage::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setReadOnly(busy);
    m_confirm->setReadOnly(busy);
    m_create->setText(busy ? tr("Creating…") : tr("Create vault"));
    updateState();
}

void CreateVaultPage::submit()
{
    if (m_create->isEnabled()) {
        Q_EMIT createRequested();
    }
}

SecretBytes CreateVaultPage::takePassword()
{
    SecretBytes password = ui::takePassword(*m_password);
    forgetPassword(*m_confirm);
    return password;
}

void CreateVaultPage::showError(const QString& text)
{
    m_error->setText(text);
    m_password->setFocus();
}

void CreateVaultPage::reset()
{
    forgetPassword(*m_password);
    forgetPassword(*m_confirm);
    m_error->clear();
    setBusy(false);
}

} // namespace twostep::ui
