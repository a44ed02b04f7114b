// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/SecretBytes.h"

#include <array>

using namespace twostep;

namespace {
QByteArray toBytes(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}

SecretBytes secretOf(const char* text)
{
    QByteArray bytes(text);
    return SecretBytes::takeFrom(bytes);
}
} // namespace

TEST_CASE("takeFrom keeps the bytes and leaves the source empty", "[secretbytes]")
{
    QByteArray source("\x00\x01\xfe\xff key", 8);
    const SecretBytes secret = SecretBytes::takeFrom(source);
    CHECK(toBytes(secret) == QByteArray("\x00\x01\xfe\xff key", 8));
    CHECK(source.isEmpty());
}

TEST_CASE("fromUtf8 holds the exact UTF-8 bytes, without normalisation", "[secretbytes]")
{
    // U+00E9 precomposed (NFC) and e + U+0301 (NFD) are different passwords.
    CHECK(toBytes(SecretBytes::fromUtf8(QString(QChar(0x00E9)))) == QByteArray("\xc3\xa9"));
    CHECK(toBytes(SecretBytes::fromUtf8(QStringLiteral("e") + QChar(0x0301))) == QByteArray("e\xcc\x81"));
    CHECK(toBytes(SecretBytes::fromUtf8(QString::fromUtf8("비밀"))) == QByteArray("\xeb\xb9\x84\xeb\xb0\x80"));
}

TEST_CASE("a sized SecretBytes is zero-filled and writable", "[secretbytes]")
{
    SecretBytes secret(std::size_t{4});
    CHECK(toBytes(secret) == QByteArray(4, '\0'));
    secret.bytes()[2] = 0x7f;
    CHECK(toBytes(secret) == QByteArray("\0\0\x7f\0", 4));
}

TEST_CASE("a copy is deep: changing it leaves the original as it was", "[secretbytes]")
{
    const SecretBytes original = secretOf("12345678901234567890");
    SecretBytes copy = original;
    REQUIRE(copy == original);
    REQUIRE(copy.data() != original.data());
    copy.bytes()[0] = 'X';
    CHECK_FALSE(copy == original);
    CHECK(toBytes(original) == QByteArray("12345678901234567890"));

    SecretBytes assigned = secretOf("other");
    assigned = original;
    CHECK(assigned == original);
    const SecretBytes& self = assigned;
    assigned = self;
    CHECK(toBytes(assigned) == QByteArray("12345678901234567890"));
}

TEST_CASE("a move hands the bytes over and leaves the source empty", "[secretbytes]")
{
    SecretBytes source = secretOf("master key");
    SecretBytes moved = std::move(source);
    CHECK(toBytes(moved) == QByteArray("master key"));
    CHECK(source.empty()); // NOLINT(bugprone-use-after-move): the moved-from state is the contract

    SecretBytes target = secretOf("old");
    target = std::move(moved);
    CHECK(toBytes(target) == QByteArray("master key"));
    CHECK(moved.empty()); // NOLINT(bugprone-use-after-move)
}

TEST_CASE("clear empties the bytes", "[secretbytes]")
{
    SecretBytes secret = secretOf("password");
    secret.clear();
    CHECK(secret.empty());
    CHECK(secret.size() == 0);
    CHECK(secret == SecretBytes());
}

TEST_CASE("equality compares length and every byte", "[secretbytes]")
{
    const std::array<std::uint8_t, 3> abc{'a', 'b', 'c'};
    const std::array<std::uint8_t, 3> abd{'a', 'b', 'd'};
    const std::array<std::uint8_t, 2> ab{'a', 'b'};
    CHECK(SecretBytes(abc) == SecretBytes(abc));
    CHECK_FALSE(SecretBytes(abc) == SecretBytes(abd));
    CHECK_FALSE(SecretBytes(abc) == SecretBytes(ab));
    CHECK_FALSE(SecretBytes(ab) == SecretBytes());
    CHECK(SecretBytes() == SecretBytes());
}

TEST_CASE("wipeText empties the text and leaves a copy that shared its buffer intact", "[secretbytes]")
{
    const QString kept = QStringLiteral("correct horse battery staple");
    QString shared = kept;
    wipeText(shared);
    CHECK(shared.isEmpty());
    CHECK(kept == QStringLiteral("correct horse battery staple"));

    QString empty;
    wipeText(empty);
    CHECK(empty.isEmpty());
}
