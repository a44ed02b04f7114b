// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Chronyd.h"
#include "TestSupport.h"
#include "otp/SntpClient.h"

#include <QElapsedTimer>

#include <unistd.h>

using namespace twostep;
using std::chrono::milliseconds;

namespace {

const QByteArray kNonce = QByteArrayLiteral("\x01\x23\x45\x67\x89\xab\xcd\xef");

// A 64-bit NTP timestamp (RFC 4330 §3) of a Unix time in milliseconds, era 0.
QByteArray ntpTimestamp(std::int64_t unixMs)
{
    const auto seconds = static_cast<std::uint32_t>(unixMs / 1000 + 2'208'988'800LL);
    const auto fraction = static_cast<std::uint32_t>((static_cast<std::uint64_t>(unixMs % 1000) << 32) / 1000);
    QByteArray bytes(8, '\0');
    for (int i = 0; i < 4; ++i) {
        bytes[i] = static_cast<char>(seconds >> (24 - 8 * i));
        bytes[4 + i] = static_cast<char>(fraction >> (24 - 8 * i));
    }
    return bytes;
}

// A server reply: `first` holds LI, VN and mode; T2 and T3 in Unix milliseconds.
QByteArray reply(unsigned char first, int stratum, const QByteArray& originate, std::int64_t t2, std::int64_t t3)
{
    QByteArray bytes(48, '\0');
    bytes[0] = static_cast<char>(first);
    bytes[1] = static_cast<char>(stratum);
    bytes.replace(24, 8, originate);
    bytes.replace(32, 8, ntpTimestamp(t2));
    bytes.replace(40, 8, ntpTimestamp(t3));
    return bytes;
}

constexpr unsigned char kServerV4 = (4 << 3) | 4;

otp::ClockTime at(std::int64_t unixMs)
{
    return otp::ClockTime(milliseconds(unixMs));
}

} // namespace

TEST_CASE("The SNTP request is 48 bytes of version 4 client mode carrying the nonce", "[otp][sntp]")
{
    const QByteArray request = otp::sntpRequest(kNonce);
    REQUIRE(request.size() == 48);
    CHECK(static_cast<unsigned char>(request[0]) == 0x23); // LI 0, VN 4, mode 3 (RFC 4330 §5)
    CHECK(request.mid(40, 8) == kNonce);
    CHECK(request.mid(1, 39) == QByteArray(39, '\0'));
}

TEST_CASE("The SNTP offset and round trip follow RFC 4330 section 5", "[otp][sntp]")
{
    // T1 = 1000.000 s, T2 = 1010.500 s, T3 = 1010.600 s, T4 = 1000.200 s (Unix, our clock at T1 and T4):
    // offset = ((T2 - T1) + (T3 - T4)) / 2 = (10.5 + 10.4) / 2 = 10.45 s; delay = 0.2 - 0.1 = 0.1 s.
    const auto measured =
        otp::readSntpReply(reply(kServerV4, 2, kNonce, 1'010'500, 1'010'600), kNonce, at(1'000'000), at(1'000'200));
    REQUIRE(measured);
    CHECK(measured->offset == milliseconds(10'450));
    CHECK(measured->roundTrip == milliseconds(100));
    CHECK(measured->stratum == 2);

    // A clock ahead of the server's gives a negative offset; version 3 servers answer too.
    const auto behind = otp::readSntpReply(reply((3 << 3) | 4, 1, kNonce, 1'700'000'000'000, 1'700'000'000'000), kNonce,
                                           at(1'700'000'030'000), at(1'700'000'030'000));
    REQUIRE(behind);
    CHECK(behind->offset == milliseconds(-30'000));
}

TEST_CASE("An SNTP reply that is short, foreign, a kiss-o'-death or unsynchronised is refused with the reason",
          "[otp][sntp]")
{
    const auto read = [](const QByteArray& bytes) { return otp::readSntpReply(bytes, kNonce, at(1000), at(1000)); };
    const auto shortReply = read(reply(kServerV4, 2, kNonce, 1000, 1000).left(47));
    REQUIRE_FALSE(shortReply);
    CHECK(shortReply.error().code == ErrorCode::CorruptFile);
    CHECK(shortReply.error().detail.contains(QStringLiteral("47 bytes")));

    const auto clientMode = read(reply((4 << 3) | 3, 2, kNonce, 1000, 1000));
    REQUIRE_FALSE(clientMode);
    CHECK(clientMode.error().detail.contains(QStringLiteral("mode 3")));

    const auto otherRequest = read(reply(kServerV4, 2, QByteArrayLiteral("12345678"), 1000, 1000));
    REQUIRE_FALSE(otherRequest);
    CHECK(otherRequest.error().code == ErrorCode::CorruptFile);

    QByteArray kiss = reply(kServerV4, 0, kNonce, 1000, 1000);
    kiss.replace(12, 4, QByteArrayLiteral("RATE"));
    const auto kissed = read(kiss);
    REQUIRE_FALSE(kissed);
    CHECK(kissed.error().code == ErrorCode::Unsupported);
    CHECK(kissed.error().detail.contains(QStringLiteral("RATE")));

    const auto unsynchronised = read(reply((3 << 6) | kServerV4, 2, kNonce, 1000, 1000));
    REQUIRE_FALSE(unsynchronised);
    CHECK(unsynchronised.error().code == ErrorCode::Unsupported);
    CHECK(unsynchronised.error().detail.contains(QStringLiteral("not synchronised")));

    QByteArray noTransmit = reply(kServerV4, 2, kNonce, 1000, 1000);
    noTransmit.replace(40, 8, QByteArray(8, '\0'));
    CHECK_FALSE(read(noTransmit));
}

TEST_CASE("A silent NTP server ends the measurement at the timeout", "[otp][sntp]")
{
    // A bound socket that never answers: the request is received and dropped.
    std::uint16_t port = 0;
    const int silent = test::bindLoopbackUdp(port);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto measured = otp::measureClockOffset(QStringLiteral("127.0.0.1"), port, milliseconds(300));
    ::close(silent);
    REQUIRE_FALSE(measured);
    CHECK(measured.error().code == ErrorCode::IoError);
    CHECK(elapsed.elapsed() >= 250);
    CHECK(elapsed.elapsed() < 3000);
    CHECK_FALSE(otp::measureClockOffset(QStringLiteral("  ")));
}

TEST_CASE("The offset measured against a real chronyd is the offset its clock was given", "[otp][sntp][chrony]")
{
    const int offsetSeconds = GENERATE(37, -90);
    test::Chronyd chronyd;
    if (const std::optional<QString> cannot = chronyd.start(offsetSeconds)) {
        TWOSTEP_SKIP(cannot->toStdString());
    }
    const auto measured = otp::measureClockOffset(QStringLiteral("127.0.0.1"), chronyd.port, milliseconds(1000));
    INFO((measured ? QString() : measured.error().detail).toStdString());
    REQUIRE(measured);
    INFO("offset " << measured->offset.count() << " ms, round trip " << measured->roundTrip.count() << " ms");
    CHECK(measured->stratum == 1);
    CHECK(std::abs(measured->offset.count() - offsetSeconds * 1000LL) < 500);
    CHECK(measured->roundTrip < milliseconds(500));
}
