// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordReader.h"

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

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

termios g_savedTerminal{};

// Ctrl+C at the prompt must not leave the user's terminal without echo.
extern "C" void restoreTerminalAndExit(int signal)
{
    (void)tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

Result<SecretBytes> readFromTerminal(const QString& prompt)
{
    if (!isatty(STDIN_FILENO)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("standard input is not a terminal: give the password with --password-stdin"));
    }
    std::fprintf(stderr, "%s: ", prompt.toUtf8().constData());
    std::fflush(stderr);
    termios saved{};
    const bool haveTermios = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios) {
        g_savedTerminal = saved;
        std::signal(SIGINT, restoreTerminalAndExit);
        std::signal(SIGTERM, restoreTerminalAndExit);
        std::signal(SIGHUP, restoreTerminalAndExit);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    Result<SecretBytes> line = readLine();
    if (haveTermios) {
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGHUP, SIG_DFL);
    }
    return line;
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
