// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SecretBytes.h"

#include <QString>

#include <openssl/crypto.h>

#include <cstdint>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>
#include <unordered_map>

namespace twostep {

namespace {

// mlock works on whole pages and does not count: unlocking one secret would unlock its page for
// the other secrets on it, and a system call per small secret dominated bulk imports (a million
// otpauth lines). Each page is locked once, by its first secret, and unlocked by its last.
class PageLocks final
{
public:
    void lock(const void* data, std::size_t size)
    {
        const std::lock_guard guard(m_mutex);
        forEachPage(data, size, [this](std::uintptr_t page) {
            if (m_counts[page]++ == 0) {
                (void)mlock(reinterpret_cast<void*>(page), m_pageSize);
            }
        });
    }

    void unlock(const void* data, std::size_t size)
    {
        const std::lock_guard guard(m_mutex);
        forEachPage(data, size, [this](std::uintptr_t page) {
            const auto found = m_counts.find(page);
            if (found != m_counts.end() && --found->second == 0) {
                m_counts.erase(found);
                (void)munlock(reinterpret_cast<void*>(page), m_pageSize);
            }
        });
    }

private:
    template <typename F> void forEachPage(const void* data, std::size_t size, F&& f) const
    {
        const auto first = reinterpret_cast<std::uintptr_t>(data) & ~(m_pageSize - 1);
        const auto last = (reinterpret_cast<std::uintptr_t>(data) + size - 1) & ~(m_pageSize - 1);
        for (std::uintptr_t page = first; page <= last; page += m_pageSize) {
            f(page);
        }
    }

    const std::uintptr_t m_pageSize = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    std::mutex m_mutex;
    std::unordered_map<std::uintptr_t, std::size_t> m_counts; // page -> secrets on it
};

// Never destroyed: secrets held by static objects may be wiped after other statics are gone.
PageLocks& pageLocks()
{
    static auto* locks = new PageLocks;
    return *locks;
}

} // namespace

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
    wipeBytes(source);
    return result;
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
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
        pageLocks().lock(m_bytes.data(), m_bytes.size());
    }
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty()) {
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
        pageLocks().unlock(m_bytes.data(), m_bytes.size());
    }
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

} // namespace twostep
