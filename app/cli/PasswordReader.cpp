// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordReader.h"

#include <bsd/readpassphrase.h>
#include <cstdio>
#include <cstring>

namespace twostep::cli {

Result<SecretBytes> readStdinLine(std::size_t maxBytes, const QString& what)
{
    SecretBytes buffer(maxBytes);
    std::size_t length = 0;
    bool sawAny = false;
    for (;;) {
        const int c = std::getchar();
        if (c == EOF) {
            break;
        }
        sawAny = true;
        if (c == '\n') {
            break;
        }
        if (length == buffer.size()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the %1 is longer than %2 bytes").arg(what).arg(maxBytes));
        }
        buffer.data()[length++] = static_cast<std::uint8_t>(c);
    }
    if (!sawAny) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no %1 on standard input").arg(what));
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    return SecretBytes(std::span<const std::uint8_t>(buffer.data(), length));
}

namespace {

constexpr std::size_t kMaxPasswordBytes = 4096;

Result<SecretBytes> readLine()
{
    return readStdinLine(kMaxPasswordBytes, QStringLiteral("password"));
}

// The controlling terminal, even when stdin is not one (aws-vault runs its mfa_process with stdin
// from /dev/null): readpassphrase(3) restores the echo on Ctrl+C and re-raises the signal.
Result<SecretBytes> readFromTerminal(const QString& prompt)
{
    SecretBytes buffer(kMaxPasswordBytes + 2);
    const QByteArray text = prompt.toUtf8() + ": ";
    char* const chars = reinterpret_cast<char*>(buffer.data());
    if (readpassphrase(text.constData(), chars, buffer.size(), RPP_REQUIRE_TTY) == nullptr) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("no password: not given with --password-stdin, and no terminal to ask on "
                                        "(/dev/tty cannot be opened)"));
    }
    const std::size_t length = std::strlen(chars);
    if (length > kMaxPasswordBytes) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the password is longer than 4096 bytes"));
    }
    return SecretBytes(std::span<const std::uint8_t>(buffer.data(), length));
}

} // namespace

Result<SecretBytes> PasswordReader::read(const QString& prompt)
{
    Result<SecretBytes> password = m_fromStdin ? readLine() : readFromTerminal(prompt);
    if (password && password->empty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the password is empty"));
    }
    return password;
}

Result<SecretBytes> PasswordReader::readNew(const QString& prompt)
{
    Result<SecretBytes> first = read(prompt);
    if (!first || m_fromStdin) {
        return first;
    }
    Result<SecretBytes> second = read(QStringLiteral("Repeat it"));
    if (!second) {
        return second;
    }
    if (!(*first == *second)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the two passwords do not match"));
    }
    return first;
}

} // namespace twostep::cli
