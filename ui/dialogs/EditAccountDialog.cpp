// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/EditAccountDialog.h"

#include "otp/Account.h"
#include "otp/AwsMfaArn.h"
#include "ui/dialogs/AccountDetailsFields.h"
#include "ui/dialogs/DialogSpacing.h"
#include "ui/dialogs/ReplaceQuestion.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace twostep::ui {

EditAccountDialog::EditAccountDialog(const QString& issuer, const QString& name, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("editAccountDialog"));
    setWindowTitle(tr("Edit account"));
    auto* layout = new QVBoxLayout(this);
    applyDialogSpacing(layout);
    auto* form = m_form = new QFormLayout;
    m_issuer = new QLineEdit(issuer, this);
    m_issuer->setObjectName(QStringLiteral("issuerLineEdit"));
    form->addRow(tr("&Issuer:"), m_issuer);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    form->addRow(tr("&Account name:"), m_name);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    // Three lines high and wrapped (the ARN's format does not break): the reason coming and going never
    // resizes the dialog.
    reserveLines(m_error, 3);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(buttons);

    connect(m_issuer, &QLineEdit::textChanged, this, &EditAccountDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &EditAccountDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_name->setFocus();
    new WrappedLinesKeeper(this);
    resize(400, sizeHint().height());
}

QString EditAccountDialog::issuer() const
{
    return otp::normalizedLabelText(m_issuer->text());
}

QString EditAccountDialog::name() const
{
    return otp::normalizedLabelText(m_name->text());
}

void EditAccountDialog::showAwsMfaArn(const QString& arn)
{
    if (m_arn == nullptr) {
        m_arn = new QLineEdit(this);
        m_arn->setObjectName(QStringLiteral("awsMfaArnLineEdit"));
        m_arn->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:mfa/DEVICE"));
        m_form->addRow(tr("MFA device &ARN:"), m_arn);
        connect(m_arn, &QLineEdit::textChanged, this, &EditAccountDialog::validate);
    }
    m_arn->setText(arn);
}

void EditAccountDialog::showAdded(const QDateTime& created)
{
    auto* added = new QLabel(addedOnText(created), this);
    added->setObjectName(QStringLiteral("addedLabel"));
    added->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Added:"), added);
    resize(width(), sizeHint().height());
}

void EditAccountDialog::showDetails(const otp::AccountDetails& details)
{
    if (m_details == nullptr) {
        m_details = new AccountDetailsFields(m_form, this, details);
        resize(width(), sizeHint().height());
    }
}

otp::AccountDetails EditAccountDialog::details() const
{
    return m_details == nullptr ? otp::AccountDetails{} : m_details->details();
}

QString EditAccountDialog::awsMfaArn() const
{
    return m_arn == nullptr ? QString() : m_arn->text().trimmed();
}

void EditAccountDialog::validate()
{
    const bool named = !issuer().isEmpty() || !name().isEmpty();
    const bool arnOk = awsMfaArn().isEmpty() || otp::checkedAwsMfaArn(awsMfaArn());
    m_error->setText(!named  ? tr("Enter an account name or an issuer.")
                     : arnOk ? QString()
                             : tr("Enter the MFA device ARN as arn:aws:iam::ACCOUNTID:mfa/DEVICE, or leave it empty."));
    m_save->setEnabled(named && arnOk);
}

QMessageBox* createDeleteConfirmation(const otp::Account& account, QWidget* parent)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, EditAccountDialog::tr("Delete account"),
                        EditAccountDialog::tr("Delete %1?").arg(account.label()), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(EditAccountDialog::tr(
        "Twostep will no longer generate its codes. Unless the service has another way for you to sign in, turn "
        "off two-factor authentication there first, or keep a backup."));
    auto* remove = box->addButton(EditAccountDialog::tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    auto* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

bool confirmDelete(const otp::Account& account, QWidget* parent)
{
    std::unique_ptr<QMessageBox> box(createDeleteConfirmation(account, parent));
    box->exec();
    return box->clickedButton() == box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"));
}

} // namespace twostep::ui
