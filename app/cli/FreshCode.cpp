// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreshCode.h"

#include "CliCommon.h"
#include "otp/HandedOutStep.h"
#include "otp/OtpGenerator.h"

#include <thread>

namespace twostep::cli {

namespace {
const QString kFresh = QStringLiteral("fresh");
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
    // Codes for another --time are not handed out for now: recording them could make --fresh wait for years.
    if (p.type() == otp::OtpType::Hotp || parser.isSet(QStringLiteral("time"))) {
        return now;
    }
    const bool fresh = parser.isSet(kFresh);
    const std::uint64_t current = otp::timeStep(now, p.period());
    Result<std::uint64_t> step =
        otp::HandedOutStep::handOut(entry.id, current, fresh, static_cast<std::uint64_t>(window));
    if (!step) {
        if (fresh) {
            return step.error();
        }
        // Plain `code` worked before the record existed and still does; only --fresh needs it.
        printNote(QStringLiteral("note: %1").arg(step.error().detail));
        return now;
    }
    if (*step == current) {
        return now;
    }
    // The step is claimed before the wait, so the lock is never held while sleeping.
    const std::chrono::sys_seconds start(std::chrono::seconds(static_cast<long long>(*step) * p.period()));
    printNote(QStringLiteral("a code of %1 was already handed out in this time step; waiting %2 s for the next")
                  .arg(entry.account.label())
                  .arg((start - now).count()));
    std::this_thread::sleep_until(std::chrono::system_clock::time_point(start));
    return start;
}

} // namespace twostep::cli
