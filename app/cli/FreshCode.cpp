// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreshCode.h"

#include "CliCommon.h"
#include "otp/HandedOutStep.h"
#include "otp/OtpGenerator.h"

#include <QDateTime>

#include <thread>

namespace twostep::cli {

namespace {
const QString kFresh = QStringLiteral("fresh");

std::chrono::sys_seconds currentTime()
{
    return std::chrono::sys_seconds(std::chrono::seconds(QDateTime::currentSecsSinceEpoch()));
}
} // namespace

void addFreshOption(QCommandLineParser& parser)
{
    parser.addOption(
        {kFresh, QStringLiteral("Never a code already handed out: when one of this account was given "
                                "in the current time step, wait for the next (AWS refuses a code twice).")});
}

Result<std::chrono::sys_seconds> freshCodeTime(const QCommandLineParser& parser, const vault::VaultEntry& entry,
                                               std::chrono::sys_seconds now, long long window)
{
    const otp::OtpParameters& p = entry.account.parameters;
    if (!parser.isSet(kFresh) || p.type() == otp::OtpType::Hotp) {
        return now;
    }
    Result<otp::HandedOutStep> record = otp::HandedOutStep::open(entry.id);
    if (!record) {
        return record.error();
    }
    std::uint64_t step = otp::timeStep(now, p.period());
    if (record->last() && *record->last() >= step) {
        step = *record->last() + 1;
        const std::chrono::sys_seconds start(std::chrono::seconds(static_cast<long long>(step) * p.period()));
        printNote(QStringLiteral("a code of %1 was already handed out in this time step; waiting %2 s for the next")
                      .arg(entry.account.label())
                      .arg((start - now).count()));
        std::this_thread::sleep_until(std::chrono::system_clock::time_point(start));
        now = std::max(start, currentTime());
        step = otp::timeStep(now, p.period());
    }
    if (Status saved = record->record(step + static_cast<std::uint64_t>(window) - 1); !saved) {
        return saved.error();
    }
    return now;
}

} // namespace twostep::cli
