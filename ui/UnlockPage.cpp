// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UnlockPage.h"

#include "ui/PasswordField.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twostep::ui {

UnlockPage::UnlockPage(const QString& vaultPath, QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Unlock your vault"), this);
    title->setObjectName(QStringLiteral("unlockTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setAccessibleName(tr("Vault password"));
    m_password->setAccessibleDescription(tr("The password that unlocks the vault."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));

    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d93f3f;"));
    m_error->hide();

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("unlockHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();

    m_remember = new QCheckBox(tr("Remember on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setToolTip(tr("The desktop keyring keeps a key for this vault, so Twostep unlocks without the "
                              "password when it starts. The password keeps working. Turn it off in Settings."));

    m_keyringUnlock = new QPushButton(tr("Unlock with keyring"), this);
    m_keyringUnlock->setObjectName(QStringLiteral("keyringUnlockButton"));
    m_keyringUnlock->hide();

    auto* where = new QLabel(tr("Vault file: %1").arg(vaultPath), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addWidget(m_remember);
    layout->addWidget(m_keyringUnlock, 0, Qt::AlignLeft);
    layout->addStretch(2);
    layout->addWidget(where);

    connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_keyringUnlock, &QPushButton::clicked, this, [this] {
        if (m_keyringUnlock->isEnabled()) {
            Q_EMIT keyringUnlockRequested();
        }
    });
    setFocusProxy(m_password);
}

void UnlockPage::submit()
{
    if (!m_password->text().isEmpty() && m_unlock->isEnabled()) {
        Q_EMIT unlockRequested();
    }
}

SecretBytes UnlockPage::takePassword()
{
    return ui::takePassword(*m_password);
}

bool UnlockPage::rememberRequested() const
{
    return m_remember->isChecked();
}

void UnlockPage::setKeyringAvailable(bool available)
{
    m_keyringUnlock->setVisible(available);
}

void UnlockPage::showHint(const QString& text)
{
    m_hint->setText(text);
    m_hint->show();
    m_password->setFocus(Qt::OtherFocusReason);
}

void UnlockPage::showError(const QString& text)
{
    m_hint->hide();
    m_error->setText(text);
    m_error->show();
    m_password->setFocus(Qt::OtherFocusReason);
}

void UnlockPage::setBusy(bool busy)
{
    m_unlock->setEnabled(!busy);
    m_keyringUnlock->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_password->setReadOnly(busy);
    m_unlock->setText(busy ? tr("Unlocking…") : tr("Unlock"));
}

void UnlockPage::reset()
{
    forgetPassword(*m_password);
    m_error->hide();
    m_hint->hide();
    m_remember->setChecked(false);
    setBusy(false);
}

} // namespace twostep::ui
