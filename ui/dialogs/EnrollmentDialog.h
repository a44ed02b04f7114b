// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"
#include "otp/OtpGenerator.h"
#include "otp/TimeStep.h"

#include <QDateTime>
#include <QDialog>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace twostep::ui {

class ClipboardService;

// The AWS "Assign MFA device" step: the codes of the current and the next time step side by side
// ("MFA code 1", "MFA code 2"), each with a copy button and its remaining validity. A single
// timer aimed at the step boundary swaps in the next pair; a 1 s timer counts down. Lines that
// come and go (the wait hint, the clock warning, what was copied) keep their room while hidden, so
// the dialog never changes its size while open and the codes are never squeezed.
// Warns first when the system clock is not NTP-synchronised (systemd-timedated over D-Bus).
class EnrollmentDialog final : public QDialog
{
    Q_OBJECT
public:
    EnrollmentDialog(const otp::Account& account, ClipboardService& clipboard, QWidget* parent = nullptr,
                     otp::Clock clock = otp::systemTime);
    ~EnrollmentDialog() override;

    // The AWS account id (or alias) of an "Amazon Web Services" account named NAME@ACCOUNT, else empty.
    static QString awsAccountId(const otp::Account& account);

    // The vault id of the account: copied codes are recorded as handed out (ui::recordHandedOut).
    void setAccountId(const QString& id) { m_accountId = id; }

    QString code1() const { return m_code1; }
    QString code2() const { return m_code2; }

public Q_SLOTS:
    // Re-reads the time source: new codes when the step changed, new countdowns always.
    void refresh();
    // Shows or hides the warning that the clock may drift; the D-Bus answer lands here.
    void setClockSynchronized(bool synchronized);
    // A redone enrollment: another account with this issuer and name, added on `added`, is in the vault.
    void setOlderTwin(const QDateTime& added);

private:
    void buildUi(const otp::Account& account);
    void queryClockSynchronisation();
    void armBoundaryTimer(otp::ClockTime now);
    // "Copy code 1", then "Copy code 2": two pastes into the console's two fields.
    void copyNextCode();
    void copyCode(int number);
    void setNextCopy(int number);

    otp::Clock m_clock;
    ClipboardService& m_clipboard;
    std::optional<otp::OtpGenerator> m_generator;
    bool m_timeBased = true;
    std::int64_t m_period = 30;
    std::optional<std::uint64_t> m_shownStep;
    QString m_code1;
    QString m_code2;

    QTimer m_boundaryTimer;
    QTimer m_countdownTimer;
    QLabel* m_clockWarning = nullptr;
    QLabel* m_code1Label = nullptr;
    QLabel* m_code2Label = nullptr;
    QLabel* m_validity1Label = nullptr;
    QLabel* m_validity2Label = nullptr;
    QLabel* m_waitLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_copiedLabel = nullptr;
    QLabel* m_twinLabel = nullptr;
    QPushButton* m_copyNextButton = nullptr;
    int m_nextCopy = 1;
    QString m_accountId;
};

} // namespace twostep::ui
