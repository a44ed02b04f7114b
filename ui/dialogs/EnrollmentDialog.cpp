// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/EnrollmentDialog.h"

#include "ui/ErrorText.h"
#include "ui/HandedOutCode.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/ClockSynchronisation.h"
#include "ui/dialogs/DialogSpacing.h"
#include "ui/dialogs/ReplaceQuestion.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twostep::ui {

namespace {

constexpr std::int64_t kWaitThresholdSeconds = 5;

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QLabel* makeCodeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 2.6);
    font.setBold(true);
    label->setFont(font);
    // Never shorter than its digits: a layout short of room squeezes the other lines first.
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

} // namespace

EnrollmentDialog::EnrollmentDialog(const otp::Account& account, ClipboardService& clipboard, QWidget* parent,
                                   otp::Clock clock)
    : QDialog(parent), m_clock(std::move(clock)), m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("enrollmentDialog"));
    m_timeBased = account.parameters.isTimeBased();
    m_period = account.parameters.period();
    if (auto generator = otp::OtpGenerator::create(account)) {
        m_generator.emplace(std::move(generator).value());
    } else {
        buildUi(account);
        m_errorLabel->setText(errorText(generator.error()));
        m_errorLabel->show();
        return;
    }
    buildUi(account);

    m_boundaryTimer.setSingleShot(true);
    m_boundaryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_boundaryTimer, &QTimer::timeout, this, &EnrollmentDialog::refresh);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &EnrollmentDialog::refresh);
    if (m_timeBased) {
        m_countdownTimer.start();
    }
    refresh();
    queryClockSynchronisation();
}

EnrollmentDialog::~EnrollmentDialog() = default;

QString EnrollmentDialog::awsAccountId(const otp::Account& account)
{
    if (account.issuer.compare(QStringLiteral("Amazon Web Services"), Qt::CaseInsensitive) != 0) {
        return {};
    }
    const qsizetype at = account.name.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return {};
    }
    return account.name.mid(at + 1).trimmed();
}

void EnrollmentDialog::buildUi(const otp::Account& account)
{
    setWindowTitle(tr("Set up two-factor authentication"));
    auto* layout = new QVBoxLayout(this);
    applyDialogSpacing(layout);

    auto* awsIdLabel = makeLabel(QStringLiteral("awsAccountIdLabel"), this);
    auto* accountLabel = makeLabel(QStringLiteral("accountLabel"), this);
    const QString awsId = awsAccountId(account);
    if (!awsId.isEmpty()) {
        awsIdLabel->setText(tr("AWS account: %1").arg(awsId));
        accountLabel->setText(tr("MFA device: %1").arg(account.name.left(account.name.lastIndexOf(QLatin1Char('@')))));
    } else {
        awsIdLabel->hide();
        accountLabel->setText(account.label());
    }
    auto* identity = new QVBoxLayout;
    identity->setSpacing(2);
    identity->addWidget(awsIdLabel);
    identity->addWidget(accountLabel);
    m_twinLabel = makeLabel(QStringLiteral("olderTwinLabel"), this);
    m_twinLabel->hide();
    identity->addWidget(m_twinLabel);
    layout->addLayout(identity);

    auto* grid = new QGridLayout;
    const auto addColumn = [&](int column, const QString& title, QLabel*& codeLabel, QLabel*& validityLabel,
                               int number) {
        auto* titleLabel = new QLabel(title, this);
        titleLabel->setObjectName(QStringLiteral("code%1TitleLabel").arg(number));
        titleLabel->setAlignment(Qt::AlignCenter);
        codeLabel = makeCodeLabel(QStringLiteral("code%1Label").arg(number), this);
        validityLabel = makeLabel(QStringLiteral("validity%1Label").arg(number), this);
        validityLabel->setAlignment(Qt::AlignCenter);
        auto* copyButton = new QPushButton(tr("Copy"), this);
        copyButton->setObjectName(QStringLiteral("copyCode%1Button").arg(number));
        copyButton->setAutoDefault(false);
        connect(copyButton, &QPushButton::clicked, this, [this, number] { copyCode(number); });
        grid->addWidget(titleLabel, 0, column);
        grid->addWidget(codeLabel, 1, column);
        grid->addWidget(validityLabel, 2, column);
        grid->addWidget(copyButton, 3, column, Qt::AlignHCenter);
    };
    addColumn(0, tr("MFA code 1"), m_code1Label, m_validity1Label, 1);
    addColumn(1, tr("MFA code 2"), m_code2Label, m_validity2Label, 2);
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(6);
    // Room for the widest code (10 digits, grouped) so neither code ever reaches the window's edge.
    const int codeWidth = m_code1Label->fontMetrics().horizontalAdvance(QStringLiteral("00000 00000")) + 24;
    grid->setColumnMinimumWidth(0, codeWidth);
    grid->setColumnMinimumWidth(1, codeWidth);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);

    auto* hint = makeLabel(QStringLiteral("hintLabel"), this);
    hint->setText(tr("Enter code 1 in the \"MFA code 1\" field and code 2 in the \"MFA code 2\" field, then "
                     "submit right away."));
    layout->addWidget(hint);

    m_waitLabel = makeLabel(QStringLiteral("waitLabel"), this);
    m_waitLabel->setText(tr("Less than 5 seconds left: wait for the next pair so that both codes are still "
                            "valid when you submit them."));
    m_waitLabel->hide();
    reserveSpaceWhenHidden(m_waitLabel);
    layout->addWidget(m_waitLabel);

    m_clockWarning = makeLabel(QStringLiteral("clockWarningLabel"), this);
    m_clockWarning->setText(tr("Warning: this computer's clock is not synchronised with a time server. If the codes "
                               "are rejected, turn on automatic time synchronisation (NTP) and try again."));
    m_clockWarning->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_clockWarning->hide();
    reserveSpaceWhenHidden(m_clockWarning);
    // Below the codes: its room, kept while it is hidden, is no empty band above them.
    layout->addWidget(m_clockWarning);

    m_errorLabel = makeLabel(QStringLiteral("errorLabel"), this);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    // What the last click put on the clipboard, here: the main window's status bar is under this dialog.
    m_copiedLabel = makeLabel(QStringLiteral("copiedLabel"), this);
    reserveLines(m_copiedLabel, 2);
    layout->addWidget(m_copiedLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyNextButton = buttons->addButton(tr("Copy code 1"), QDialogButtonBox::ActionRole);
    m_copyNextButton->setObjectName(QStringLiteral("copyNextCodeButton"));
    // As wide as its longer text, so that turning into "Copy code 2" moves nothing.
    m_copyNextButton->setText(tr("Copy code 2"));
    const int secondWidth = m_copyNextButton->sizeHint().width();
    m_copyNextButton->setText(tr("Copy code 1"));
    m_copyNextButton->setMinimumWidth(std::max(secondWidth, m_copyNextButton->sizeHint().width()));
    connect(m_copyNextButton, &QPushButton::clicked, this, &EnrollmentDialog::copyNextCode);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(std::max(560, 2 * codeWidth + grid->horizontalSpacing() + 2 * kDialogMargin));
    new WrappedLinesKeeper(this);
}

void EnrollmentDialog::copyNextCode()
{
    copyCode(m_nextCopy);
}

void EnrollmentDialog::copyCode(int number)
{
    const QString code = number == 1 ? m_code1 : m_code2;
    if (code.isEmpty()) {
        return;
    }
    if (m_timeBased && !m_accountId.isEmpty() && m_shownStep) {
        recordHandedOut(m_accountId, *m_shownStep + static_cast<std::uint64_t>(number - 1));
    }
    m_clipboard.copySecret(code);
    m_copiedLabel->setText(number == 1 ? tr("MFA code 1 copied: paste it into the \"MFA code 1\" field, then copy "
                                            "code 2.")
                                       : tr("MFA code 2 copied: paste it into the \"MFA code 2\" field."));
    setNextCopy(number == 1 ? 2 : 1);
}

void EnrollmentDialog::setNextCopy(int number)
{
    m_nextCopy = number;
    m_copyNextButton->setText(number == 1 ? tr("Copy code 1") : tr("Copy code 2"));
}

void EnrollmentDialog::setOlderTwin(const QDateTime& added)
{
    m_twinLabel->setText(tr("Another account with this issuer and name, added on %1, is in the vault. Once AWS "
                            "accepts these codes, only this one works.")
                             .arg(addedOnText(added)));
    m_twinLabel->show();
}

void EnrollmentDialog::refresh()
{
    if (!m_generator) {
        return;
    }
    if (!m_timeBased) {
        // hotp: the stored counter and the one after it; they never expire.
        const std::uint64_t counter = m_generator->parameters().counter();
        if (!m_shownStep) {
            m_shownStep = counter;
            m_code1 = m_generator->code(counter);
            m_code1Label->setText(otp::groupCode(m_code1));
            m_validity1Label->setText(tr("Counter %1").arg(counter));
            // counter + 1 would wrap to 0 and show an old code.
            const bool last = counter == otp::kMaxCounter;
            m_code2 = last ? QString() : m_generator->code(counter + 1);
            m_code2Label->setText(last ? QStringLiteral("—") : otp::groupCode(m_code2));
            m_validity2Label->setText(last ? tr("No counter after the largest") : tr("Counter %1").arg(counter + 1));
        }
        return;
    }
    const otp::ClockTime time = m_clock();
    const auto now = std::chrono::floor<std::chrono::seconds>(time);
    const std::uint64_t step = otp::timeStep(now, m_period);
    const std::int64_t left = otp::secondsRemaining(now, m_period);
    if (m_shownStep != step) {
        m_shownStep = step;
        m_code1 = m_generator->code(step);
        m_code2 = m_generator->code(step + 1);
        m_code1Label->setText(otp::groupCode(m_code1));
        m_code2Label->setText(otp::groupCode(m_code2));
        // A copied code 1 of the old pair does not go with code 2 of the new one.
        if (m_nextCopy == 2) {
            m_copiedLabel->setText(tr("New codes: copy code 1 again."));
            setNextCopy(1);
        }
    }
    m_validity1Label->setText(tr("Valid for %n more second(s)", nullptr, static_cast<int>(left)));
    m_validity2Label->setText(tr("Valid for %n more second(s)", nullptr, static_cast<int>(left + m_period)));
    m_waitLabel->setVisible(left < kWaitThresholdSeconds);
    armBoundaryTimer(time);
}

void EnrollmentDialog::armBoundaryTimer(otp::ClockTime now)
{
    // A few ms past the boundary, so the new step has certainly begun when the timer fires.
    m_boundaryTimer.start(static_cast<int>(otp::millisecondsToNextStep(m_period, now).count() + 5));
}

void EnrollmentDialog::setClockSynchronized(bool synchronized)
{
    m_clockWarning->setVisible(!synchronized);
}

void EnrollmentDialog::queryClockSynchronisation()
{
    queryClockSynchronised(this, [this](bool synchronised) { setClockSynchronized(synchronised); });
}

} // namespace twostep::ui
