// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/SntpClient.h"

#include "crypto/Crypto.h"

#include <cerrno>
#include <cstring>
#include <memory>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twostep::otp {

namespace {

using std::chrono::microseconds;

// Seconds from the NTP prime epoch (1900-01-01) to the Unix epoch.
constexpr std::int64_t kNtpToUnixSeconds = 2'208'988'800;
constexpr std::int64_t kEraSeconds = std::int64_t{1} << 32;
constexpr int kOriginateOffset = 24;
constexpr int kReceiveOffset = 32;
constexpr int kTransmitOffset = 40;

std::uint64_t readBigEndian64(const QByteArray& bytes, int at)
{
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) {
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    }
    return value;
}

// RFC 4330 §3: a seconds field with its top bit clear is past 2036 (era 1), so the format lasts until 2104.
microseconds unixTimeOf(std::uint64_t timestamp)
{
    const auto seconds = static_cast<std::int64_t>(timestamp >> 32);
    const std::int64_t era = (seconds & 0x8000'0000) != 0 ? 0 : kEraSeconds;
    const auto fraction = static_cast<std::int64_t>(((timestamp & 0xffff'ffffU) * 1'000'000U) >> 32);
    return microseconds((seconds + era - kNtpToUnixSeconds) * 1'000'000 + fraction);
}

struct AddressList
{
    addrinfo* head = nullptr;
    ~AddressList() { freeaddrinfo(head); }
};

struct Socket
{
    int fd = -1;
    ~Socket()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// One request to one address; the reply's bytes, or an error once `deadline` passes.
Result<QByteArray> exchange(const addrinfo& address, const QByteArray& request,
                            std::chrono::steady_clock::time_point deadline)
{
    Socket socket{::socket(address.ai_family, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP)};
    if (socket.fd < 0 || ::connect(socket.fd, address.ai_addr, address.ai_addrlen) != 0) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot open a UDP socket: %1").arg(errnoText()));
    }
    if (::send(socket.fd, request.constData(), static_cast<std::size_t>(request.size()), 0) != request.size()) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot send the NTP request: %1").arg(errnoText()));
    }
    QByteArray reply(512, Qt::Uninitialized);
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd waiting{socket.fd, POLLIN, 0};
        const int ready = left.count() > 0 ? ::poll(&waiting, 1, static_cast<int>(left.count())) : 0;
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            return makeError(ErrorCode::IoError, QStringLiteral("no NTP reply within the time allowed"));
        }
        const ssize_t got = ::recv(socket.fd, reply.data(), static_cast<std::size_t>(reply.size()), 0);
        if (got < 0) {
            return makeError(ErrorCode::IoError, QStringLiteral("no NTP reply: %1").arg(errnoText()));
        }
        reply.truncate(static_cast<int>(got));
        return reply;
    }
}

// The four letters of a kiss-o'-death; anything else in them is not shown.
QString kissCode(const QByteArray& reply)
{
    QString code;
    for (const char c : reply.mid(12, 4)) {
        if (c >= 'A' && c <= 'Z') {
            code += QLatin1Char(c);
        }
    }
    return code;
}

} // namespace

QByteArray sntpRequest(const QByteArray& nonce)
{
    QByteArray request(kSntpPacketBytes, '\0');
    request[0] = static_cast<char>((0 << 6) | (4 << 3) | 3);
    request.replace(kTransmitOffset, 8, nonce.left(8).leftJustified(8, '\0'));
    return request;
}

Result<SntpMeasurement> readSntpReply(const QByteArray& reply, const QByteArray& nonce, ClockTime sent,
                                      ClockTime received)
{
    if (reply.size() < kSntpPacketBytes) {
        return makeError(
            ErrorCode::CorruptFile,
            QStringLiteral("the NTP reply has %1 bytes, fewer than %2").arg(reply.size()).arg(kSntpPacketBytes));
    }
    const auto first = static_cast<unsigned char>(reply[0]);
    const int leap = first >> 6;
    const int version = (first >> 3) & 7;
    const int mode = first & 7;
    const int stratum = static_cast<unsigned char>(reply[1]);
    if (mode != 4 || version < 3 || version > 4) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("not an NTP server reply (version %1, mode %2)").arg(version).arg(mode));
    }
    if (reply.mid(kOriginateOffset, 8) != nonce.left(8).leftJustified(8, '\0')) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("the NTP reply answers another request"));
    }
    if (stratum == 0) {
        // RFC 4330 §8: a kiss-o'-death; its reference identifier holds four ASCII letters.
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("the NTP server refused the request (kiss code %1)").arg(kissCode(reply)));
    }
    if (leap == 3 || stratum > 15) {
        return makeError(ErrorCode::Unsupported, QStringLiteral("the NTP server's own clock is not synchronised"));
    }
    const std::uint64_t transmitStamp = readBigEndian64(reply, kTransmitOffset);
    if (transmitStamp == 0) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("the NTP reply has no transmit timestamp"));
    }
    const microseconds t1 = sent.time_since_epoch();
    const microseconds t2 = unixTimeOf(readBigEndian64(reply, kReceiveOffset));
    const microseconds t3 = unixTimeOf(transmitStamp);
    const microseconds t4 = received.time_since_epoch();
    SntpMeasurement measurement;
    measurement.offset = std::chrono::round<std::chrono::milliseconds>(((t2 - t1) + (t3 - t4)) / 2);
    measurement.roundTrip = std::chrono::round<std::chrono::milliseconds>((t4 - t1) - (t3 - t2));
    measurement.stratum = stratum;
    return measurement;
}

Result<SntpMeasurement> measureClockOffset(const QString& host, std::uint16_t port, std::chrono::milliseconds timeout,
                                           const Clock& clock)
{
    if (host.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no NTP server named"));
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    AddressList addresses;
    const QByteArray service = QByteArray::number(port);
    if (const int failed =
            ::getaddrinfo(host.trimmed().toUtf8().constData(), service.constData(), &hints, &addresses.head);
        failed != 0) {
        return makeError(ErrorCode::NotFound, QStringLiteral("cannot find the NTP server %1: %2")
                                                  .arg(host, QString::fromLocal8Bit(::gai_strerror(failed))));
    }
    Result<QByteArray> nonce = crypto::randomBytes(8);
    if (!nonce) {
        return nonce.error();
    }
    const QByteArray request = sntpRequest(*nonce);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    Error last = makeError(ErrorCode::IoError, QStringLiteral("the NTP server %1 has no address").arg(host));
    for (const addrinfo* address = addresses.head; address != nullptr; address = address->ai_next) {
        const ClockTime sent = clock();
        Result<QByteArray> reply = exchange(*address, request, deadline);
        const ClockTime received = clock();
        if (reply) {
            return readSntpReply(*reply, *nonce, sent, received);
        }
        last = reply.error();
    }
    return last;
}

} // namespace twostep::otp
