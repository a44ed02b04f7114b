// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/Account.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace twostep::ui {

// Typing an account in: issuer, name and the secret key (AWS "Show secret key"), validated as
// base32 on every keystroke with the decoder's exact error, masked unless "Show" is on; advanced:
// type, algorithm, digits, period, counter.
class ManualEntryWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ManualEntryWidget(QWidget* parent = nullptr);

    // The account as typed, or the first thing that is wrong with it.
    Result<otp::Account> account() const;
    bool isComplete() const { return m_complete; }
    // A pasted or dropped secret key: filled in, the issuer asked next.
    void setSecretKey(const QString& key);

Q_SIGNALS:
    void completeChanged(bool complete);

private:
    void validate();
    void updateTypeFields();
    Result<otp::OtpParameters> parameters() const;

    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_secret = nullptr;
    QPushButton* m_showSecret = nullptr;
    QLabel* m_error = nullptr;
    QGroupBox* m_advanced = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_algorithm = nullptr;
    QSpinBox* m_digits = nullptr;
    QSpinBox* m_period = nullptr;
    QSpinBox* m_counter = nullptr;
    bool m_complete = false;
};

} // namespace twostep::ui
