// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/Base32.h"

using namespace twostep;
using namespace twostep::otp;

namespace {
QByteArray toBytes(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}
} // namespace

TEST_CASE("base32 encodes the RFC 4648 section 10 vectors", "[base32]")
{
    const auto [plain, encoded] = GENERATE(table<const char*, const char*>({
        {"f", "MY======"},
        {"fo", "MZXQ===="},
        {"foo", "MZXW6==="},
        {"foob", "MZXW6YQ="},
        {"fooba", "MZXW6YTB"},
        {"foobar", "MZXW6YTBOI======"},
    }));
    const QByteArray bytes(plain);
    const auto span =
        std::span(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    CHECK(encodeBase32(span, true) == QString::fromLatin1(encoded));
    CHECK(encodeBase32(span, false) == QString::fromLatin1(encoded).remove(QLatin1Char('=')));

    Result<SecretBytes> decoded = decodeBase32(QString::fromLatin1(encoded));
    REQUIRE(decoded.ok());
    CHECK(toBytes(*decoded) == bytes);
}

TEST_CASE("base32 decoding is lenient about case, spaces, hyphens and padding", "[base32]")
{
    const QString variant = GENERATE(as<QString>{}, QStringLiteral("MZXW6YTBOI======"), QStringLiteral("mzxw6ytboi"),
                                     QStringLiteral("mzxw 6ytb oi"), QStringLiteral("MZXW-6YTB-OI"),
                                     QStringLiteral(" MzXw6YtBoI== "), QStringLiteral("mzxw\t6ytb\noi"));
    Result<SecretBytes> decoded = decodeBase32(variant);
    REQUIRE(decoded.ok());
    CHECK(toBytes(*decoded) == QByteArray("foobar"));
}

TEST_CASE("base32 errors name the bad character and its position", "[base32]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"MZXW1YTB", "'1' at position 5"},
        {"MZXW6YT0", "'0' at position 8"},
        {"AB!C", "'!' at position 3"},
        {"MZ=XW", "after padding at position 4"},
    }));
    Result<SecretBytes> decoded = decodeBase32(QString::fromLatin1(input));
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().code == ErrorCode::InvalidInput);
    INFO(decoded.error().detail.toStdString());
    CHECK(decoded.error().detail.contains(QString::fromLatin1(expected)));
}

TEST_CASE("base32 rejects empty input and a stray final character", "[base32]")
{
    CHECK_FALSE(decodeBase32(QString()).ok());
    CHECK_FALSE(decodeBase32(QStringLiteral("  ==")).ok());
    CHECK_FALSE(decodeBase32(QStringLiteral("M")).ok());
    CHECK_FALSE(decodeBase32(QStringLiteral("MZX")).ok()); // 15 bits: one byte and 7 stray bits
    CHECK_FALSE(decodeBase32(QStringLiteral("MZXW6YTB\u00e9")).ok());
}

TEST_CASE("base32 round-trips every length up to 64 bytes", "[base32]")
{
    std::vector<std::uint8_t> bytes;
    for (int length = 1; length <= 64; ++length) {
        bytes.push_back(static_cast<std::uint8_t>(length * 37 + 11));
        Result<SecretBytes> decoded = decodeBase32(encodeBase32(bytes));
        REQUIRE(decoded.ok());
        CHECK(std::vector<std::uint8_t>(decoded->bytes().begin(), decoded->bytes().end()) == bytes);
    }
}
