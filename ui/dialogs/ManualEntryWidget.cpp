// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ManualEntryWidget.h"

#include "otp/Account.h"
#include "otp/Base32.h"
#include "ui/dialogs/DialogSpacing.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace twostep::ui {

ManualEntryWidget::ManualEntryWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("manualEntryWidget"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_issuer = new QLineEdit(this);
    m_issuer->setObjectName(QStringLiteral("issuerLineEdit"));
    m_issuer->setPlaceholderText(tr("e.g. Amazon Web Services"));
    form->addRow(tr("&Issuer:"), m_issuer);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. root@123456789012"));
    form->addRow(tr("&Account name:"), m_name);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretLineEdit"));
    m_secret->setPlaceholderText(tr("The secret key shown by \"Show secret key\""));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_showSecret = new QPushButton(tr("S&how"), this);
    m_showSecret->setObjectName(QStringLiteral("showSecretButton"));
    m_showSecret->setCheckable(true);
    m_showSecret->setAutoDefault(false);
    m_showSecret->setToolTip(tr("Show or hide the secret key"));
    // As wide as "Hide", so that the field does not move when the text changes.
    m_showSecret->setText(tr("&Hide"));
    const int hideWidth = m_showSecret->sizeHint().width();
    m_showSecret->setText(tr("S&how"));
    m_showSecret->setMinimumWidth(std::max(hideWidth, m_showSecret->sizeHint().width()));
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    form->addRow(tr("&Secret key:"), secretRow);
    qobject_cast<QLabel*>(form->labelForField(secretRow))->setBuddy(m_secret);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("secretErrorLabel"));
    // Room for two lines of the decoder's reason, so that the form never moves while typing.
    reserveLines(m_error, 2);
    layout->addWidget(m_error);

    m_advanced = new QGroupBox(tr("Advanced"), this);
    m_advanced->setObjectName(QStringLiteral("advancedGroup"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto* advancedForm = new QFormLayout(m_advanced);
    m_type = new QComboBox(m_advanced);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->addItem(tr("Time-based (TOTP)"), QVariant::fromValue(static_cast<int>(otp::OtpType::Totp)));
    m_type->addItem(tr("Counter-based (HOTP)"), QVariant::fromValue(static_cast<int>(otp::OtpType::Hotp)));
    m_type->addItem(tr("Steam"), QVariant::fromValue(static_cast<int>(otp::OtpType::Steam)));
    advancedForm->addRow(tr("&Type:"), m_type);
    m_algorithm = new QComboBox(m_advanced);
    m_algorithm->setObjectName(QStringLiteral("algorithmComboBox"));
    for (const auto algorithm : {otp::Algorithm::Sha1, otp::Algorithm::Sha256, otp::Algorithm::Sha512}) {
        m_algorithm->addItem(otp::algorithmName(algorithm), QVariant::fromValue(static_cast<int>(algorithm)));
    }
    advancedForm->addRow(tr("A&lgorithm:"), m_algorithm);
    m_digits = new QSpinBox(m_advanced);
    m_digits->setObjectName(QStringLiteral("digitsSpinBox"));
    m_digits->setRange(otp::kMinDigits, otp::kMaxDigits);
    m_digits->setValue(otp::kDefaultDigits);
    advancedForm->addRow(tr("&Digits:"), m_digits);
    m_period = new QSpinBox(m_advanced);
    m_period->setObjectName(QStringLiteral("periodSpinBox"));
    m_period->setRange(1, 86400);
    m_period->setValue(static_cast<int>(otp::kDefaultPeriod));
    m_period->setSuffix(tr(" s"));
    advancedForm->addRow(tr("&Period:"), m_period);
    m_counter = new QSpinBox(m_advanced);
    m_counter->setObjectName(QStringLiteral("counterSpinBox"));
    m_counter->setRange(0, std::numeric_limits<int>::max());
    advancedForm->addRow(tr("&Counter:"), m_counter);
    layout->addWidget(m_advanced);
    layout->addStretch();

    for (QLineEdit* edit : {m_issuer, m_name, m_secret}) {
        connect(edit, &QLineEdit::textChanged, this, &ManualEntryWidget::validate);
    }
    connect(m_showSecret, &QPushButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ManualEntryWidget::updateTypeFields);
    connect(m_advanced, &QGroupBox::toggled, this, &ManualEntryWidget::validate);
    setFocusProxy(m_secret);
    updateTypeFields();
}

void ManualEntryWidget::setSecretKey(const QString& key)
{
    m_secret->setText(key.trimmed());
    m_issuer->setFocus();
}

void ManualEntryWidget::updateTypeFields()
{
    const auto type = static_cast<otp::OtpType>(m_type->currentData().toInt());
    m_period->setEnabled(type != otp::OtpType::Hotp);
    m_counter->setEnabled(type == otp::OtpType::Hotp);
    m_digits->setEnabled(type != otp::OtpType::Steam);
    m_algorithm->setEnabled(type != otp::OtpType::Steam);
    validate();
}

Result<otp::OtpParameters> ManualEntryWidget::parameters() const
{
    if (!m_advanced->isChecked()) {
        return otp::OtpParameters::totpDefaults();
    }
    const auto type = static_cast<otp::OtpType>(m_type->currentData().toInt());
    if (type == otp::OtpType::Steam) {
        return otp::OtpParameters::steamDefaults();
    }
    return otp::OtpParameters::create(type, static_cast<otp::Algorithm>(m_algorithm->currentData().toInt()),
                                      m_digits->value(), m_period->value(),
                                      static_cast<std::uint64_t>(m_counter->value()));
}

Result<otp::Account> ManualEntryWidget::account() const
{
    otp::Account account;
    account.issuer = m_issuer->text();
    account.name = m_name->text();
    otp::normalizeLabel(account);
    if (m_secret->text().trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Enter the secret key."));
    }
    auto secret = otp::decodeBase32(m_secret->text());
    if (!secret) {
        return secret.error();
    }
    account.secret = std::move(secret).value();
    if (!otp::requireName(account)) {
        return makeError(ErrorCode::InvalidInput, tr("Enter an account name or an issuer."));
    }
    auto params = parameters();
    if (!params) {
        return params.error();
    }
    account.parameters = *params;
    return account;
}

void ManualEntryWidget::validate()
{
    const Result<otp::Account> typed = account();
    // Say nothing before anything is typed; afterwards, the exact reason.
    const bool untouched = m_secret->text().isEmpty() && m_name->text().isEmpty() && m_issuer->text().isEmpty();
    m_error->setText(typed || untouched ? QString() : typed.error().detail);
    const bool complete = typed.ok();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged(complete);
    }
}

} // namespace twostep::ui
