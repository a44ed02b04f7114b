// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockPage.h"

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
    layout->addStretch(2);
    layout->addWidget(where);

    connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);
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
    return SecretBytes::fromUtf8(m_password->text());
}

void UnlockPage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

void UnlockPage::setBusy(bool busy)
{
    m_unlock->setEnabled(!busy);
    m_password->setReadOnly(busy);
    m_unlock->setText(busy ? tr("Unlocking…") : tr("Unlock"));
}

void UnlockPage::reset()
{
    m_password->clear();
    m_error->hide();
    setBusy(false);
}

} // namespace twostep::ui
