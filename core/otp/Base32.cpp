// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"

#include <array>

namespace twostep::otp {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

constexpr std::array<std::int8_t, 128> makeDecodeTable()
{
    std::array<std::int8_t, 128> table{};
    table.fill(-1);
    for (int i = 0; i < 32; ++i) {
        const auto c = static_cast<unsigned char>(kAlphabet[i]);
        table[c] = static_cast<std::int8_t>(i);
        if (c >= 'A' && c <= 'Z') {
            const auto lower = static_cast<unsigned char>(c - 'A' + 'a');
            table[lower] = static_cast<std::int8_t>(i);
        }
    }
    return table;
}

constexpr auto kDecodeTable = makeDecodeTable();

bool isIgnored(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('-') || c == QLatin1Char('=') ||
           c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

QString describe(QChar c)
{
    if (c.isPrint()) {
        return QStringLiteral("'%1'").arg(c);
    }
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Result<SecretBytes> decodeBase32(QStringView text)
{
    SecretBytes out((static_cast<std::size_t>(text.size()) * 5) / 8 + 1);
    std::size_t written = 0;
    std::uint32_t buffer = 0;
    int bits = 0;
    bool seenPadding = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isIgnored(c)) {
            seenPadding = seenPadding || c == QLatin1Char('=');
            continue;
        }
        const char16_t u = c.unicode();
        const int value = u < 128 ? kDecodeTable[u] : -1;
        if (value < 0) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("invalid base32 character %1 at position %2").arg(describe(c)).arg(i + 1));
        }
        if (seenPadding) {
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("base32 character %1 after padding at position %2").arg(describe(c)).arg(i + 1));
        }
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.data()[written++] = static_cast<std::uint8_t>(buffer >> bits);
            buffer &= (1u << bits) - 1;
        }
    }
    if (written == 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the base32 secret is empty"));
    }
    // Leftover bits of a well-formed encoding are fewer than 5 of zero; anything else is a truncated
    // or mistyped secret.
    if (bits >= 5) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the base32 secret has a stray character at the end (length does not fit)"));
    }
    SecretBytes result(std::span<const std::uint8_t>(out.data(), written));
    return result;
}

QString encodeBase32(std::span<const std::uint8_t> bytes, bool pad)
{
    QString out;
    const std::size_t encodedLength = (bytes.size() + 4) / 5 * 8;
    out.reserve(static_cast<qsizetype>(encodedLength));
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 31u]));
        }
        buffer &= (1u << bits) - 1;
    }
    if (bits > 0) {
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31u]));
    }
    if (pad) {
        while (out.size() % 8 != 0) {
            out.append(QLatin1Char('='));
        }
    }
    return out;
}

} // namespace twostep::otp
