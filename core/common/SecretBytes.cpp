// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SecretBytes.h"

#include <QString>

#include <openssl/crypto.h>

#include <sys/mman.h>

namespace twostep {

SecretBytes::SecretBytes(std::span<const std::uint8_t> bytes) : m_bytes(bytes.begin(), bytes.end())
{
    lock();
}

SecretBytes::SecretBytes(std::size_t size) : m_bytes(size, 0)
{
    lock();
}

SecretBytes SecretBytes::takeFrom(QByteArray& source)
{
    SecretBytes result(
        std::span(reinterpret_cast<const std::uint8_t*>(source.constData()), static_cast<std::size_t>(source.size())));
    if (!source.isEmpty()) {
        OPENSSL_cleanse(source.data(), static_cast<std::size_t>(source.size()));
    }
    source.clear();
    return result;
}

SecretBytes SecretBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

void wipeText(QString& text)
{
    if (!text.isEmpty()) {
        QChar* characters = text.data();
        OPENSSL_cleanse(characters, static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

SecretBytes::SecretBytes(const SecretBytes& other) : m_bytes(other.m_bytes)
{
    lock();
}

SecretBytes& SecretBytes::operator=(const SecretBytes& other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
        lock();
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

void SecretBytes::clear()
{
    wipe();
}

bool SecretBytes::operator==(const SecretBytes& other) const
{
    if (m_bytes.size() != other.m_bytes.size()) {
        return false;
    }
    return m_bytes.empty() || CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void SecretBytes::lock()
{
    // Best effort: keeps the page out of swap where RLIMIT_MEMLOCK allows.
    if (!m_bytes.empty()) {
        (void)mlock(m_bytes.data(), m_bytes.size());
    }
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty()) {
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
        (void)munlock(m_bytes.data(), m_bytes.size());
    }
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

} // namespace twostep
