// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"

#include <QDialog>

class QDateTime;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace twostep::ui {

class AccountDetailsFields;

// Edits an account: issuer and name, and its groups, note and icon. The secret and the parameters are not editable
// here. The name or the issuer must stay non-empty.
class EditAccountDialog final : public QDialog
{
    Q_OBJECT
public:
    EditAccountDialog(const QString& issuer, const QString& name, QWidget* parent = nullptr);

    QString issuer() const;
    QString name() const;
    // An AWS account's MFA device ARN as a field (otp/AwsMfaArn.h): empty or an IAM MFA device ARN.
    void showAwsMfaArn(const QString& arn);
    QString awsMfaArn() const;
    // When the account was added: tells apart two rows of one issuer and name (a redone enrollment).
    void showAdded(const QDateTime& created);
    // Rows for groups, note and icon (AccountDetailsFields), filled from `details`.
    void showDetails(const otp::AccountDetails& details);
    otp::AccountDetails details() const; // as edited; what showDetails() got when not shown

private:
    void validate();

    QFormLayout* m_form = nullptr;
    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_arn = nullptr;
    AccountDetailsFields* m_details = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

// The question before an account is deleted, naming it and saying that its codes stop working
// here. Built unopened so callers choose exec() or open(); "Delete" is not the default button.
QMessageBox* createDeleteConfirmation(const otp::Account& account, QWidget* parent);
// exec()s the question: true when the user chose Delete.
bool confirmDelete(const otp::Account& account, QWidget* parent);

} // namespace twostep::ui
