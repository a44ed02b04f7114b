// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace twostep {

// Owns secret bytes (OTP keys, master keys, passwords) and wipes them with OPENSSL_cleanse when
// destroyed, reassigned or cleared. Copies are explicit deep copies that wipe themselves too.
// Never converts implicitly to text; the memory is locked (mlock, best effort) while held.
class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::span<const std::uint8_t> bytes);
    explicit SecretBytes(std::size_t size); // zero-filled, for writing into
    // Takes the bytes of `source` and wipes `source` afterwards.
    static SecretBytes takeFrom(QByteArray& source);
    static SecretBytes fromUtf8(const QString& text); // the exact UTF-8 bytes, e.g. of a password

    SecretBytes(const SecretBytes& other);
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    std::uint8_t* data() { return m_bytes.data(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    std::span<const std::uint8_t> bytes() const { return m_bytes; }
    std::span<std::uint8_t> bytes() { return m_bytes; }

    void clear();
    // Constant-time comparison.
    bool operator==(const SecretBytes& other) const;

private:
    void lock();
    void wipe();

    std::vector<std::uint8_t> m_bytes;
};

// Overwrites `bytes` (OPENSSL_cleanse) and empties it. A buffer shared with another QByteArray
// is copied first (Qt's copy on write), so only the last owner's wipe reaches the original.
void wipeBytes(QByteArray& bytes);

// Overwrites the characters of `text` and empties it. A buffer shared with another QString is
// copied first (Qt's copy on write), so only the last owner's wipe reaches the original.
void wipeText(QString& text);

} // namespace twostep
