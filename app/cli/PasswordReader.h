// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QString>

namespace twostep::cli {

// One line of standard input in wiped memory, without its trailing "\r\n" or "\n"; InvalidInput
// naming `what` ("password") at end of input or past `maxBytes`.
Result<SecretBytes> readStdinLine(std::size_t maxBytes, const QString& what);

// Passwords for the vault commands: one line of standard input each with --password-stdin
// (a trailing "\r\n" or "\n" is not part of it), else typed without echo on the controlling
// terminal (/dev/tty, whatever stdin is). Without --password-stdin and without a controlling
// terminal it fails (InvalidInput) instead of blocking.
class PasswordReader final
{
public:
    explicit PasswordReader(bool fromStdin) : m_fromStdin(fromStdin) {}

    Result<SecretBytes> read(const QString& prompt);
    // A new password: asked twice on a terminal (they must match); never empty.
    Result<SecretBytes> readNew(const QString& prompt);

private:
    bool m_fromStdin;
};

} // namespace twostep::cli
