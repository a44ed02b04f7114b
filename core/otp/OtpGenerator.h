// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "otp/Account.h"
#include "otp/OtpParameters.h"
#include "otp/TimeStep.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <span>

namespace twostep::otp {

// Computes codes for one account. The HMAC key schedule is prepared once in create(); writeCode()
// then allocates nothing itself (OpenSSL 3.0 still copies its digest state per HMAC re-init).
// Not thread-safe: one generator per thread.
class OtpGenerator final
{
public:
    static Result<OtpGenerator> create(const OtpParameters& parameters, const SecretBytes& secret);
    static Result<OtpGenerator> create(const Account& account);

    OtpGenerator(OtpGenerator&&) noexcept;
    OtpGenerator& operator=(OtpGenerator&&) noexcept;
    ~OtpGenerator();

    const OtpParameters& parameters() const { return m_parameters; }

    // RFC 4226 §5.3: HMAC over the 8-byte big-endian counter, dynamic truncation, then either
    // modulo 10^digits (64-bit, zero-padded) or, for Steam, 5 characters of Steam's alphabet.
    // Writes exactly parameters().digits() characters into `out`, which must hold that many.
    void writeCode(std::uint64_t counter, std::span<char> out) const;
    QString code(std::uint64_t counter) const;
    // The code for the time step of `now` (totp, steam) or for the stored counter (hotp).
    QString codeAt(std::chrono::sys_seconds now) const;

private:
    struct Impl;
    explicit OtpGenerator(const OtpParameters& parameters, std::unique_ptr<Impl> impl);

    OtpParameters m_parameters;
    std::unique_ptr<Impl> m_impl;
};

// "123456" -> "123 456", "12345678" -> "1234 5678"; odd lengths keep the longer group first.
QString groupCode(const QString& code);

} // namespace twostep::otp
