// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/TimeStep.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstdint>

// How far this computer's clock is from an NTP server's, by SNTP (RFC 4330): one 48-byte client
// request over UDP and its reply. Codes are only as right as the clock, so the window can offer
// to compute them at now + offset. No widgets, no Qt Network: POSIX sockets.
namespace twostep::otp {

struct SntpMeasurement
{
    // The server's time minus this computer's, RFC 4330 §5: ((T2 - T1) + (T3 - T4)) / 2.
    std::chrono::milliseconds offset{0};
    // (T4 - T1) - (T3 - T2): the time the request and reply spent on the network.
    std::chrono::milliseconds roundTrip{0};
    int stratum = 0;
};

inline constexpr int kSntpPacketBytes = 48;
inline constexpr std::uint16_t kNtpPort = 123;
// A reply later than this is no measurement worth having.
inline constexpr std::chrono::milliseconds kSntpDefaultTimeout{3000};

// The request of RFC 4330 §4: LI 0, VN 4, mode 3 (client), everything zero but the transmit
// timestamp, which carries `nonce` (8 random bytes, not our clock: the reply's originate
// timestamp must echo it, and the server learns nothing of our time).
QByteArray sntpRequest(const QByteArray& nonce);

// Checks a reply (RFC 4330 §5: mode 4 server, version 3 or 4, leap indicator not 3 "not
// synchronised", stratum 1..15 (0 is a kiss-o'-death, named in the detail), originate timestamp
// == `nonce`, transmit timestamp set) and computes the offset from T1 (`sent`) and T4 (`received`)
// read on our clock. CorruptFile for a malformed or foreign reply, Unsupported for a server that
// refuses or is not synchronised itself.
Result<SntpMeasurement> readSntpReply(const QByteArray& reply, const QByteArray& nonce, ClockTime sent,
                                      ClockTime received);

// One measurement against `host` (a name or an address) on UDP `port`, waiting at most `timeout`
// for the reply. NotFound when the name does not resolve, IoError for socket errors and timeouts.
// Blocks: call it off the GUI thread. `clock` reads T1 and T4 (tests pass their own).
Result<SntpMeasurement> measureClockOffset(const QString& host, std::uint16_t port = kNtpPort,
                                           std::chrono::milliseconds timeout = kSntpDefaultTimeout,
                                           const Clock& clock = systemTime);

} // namespace twostep::otp
