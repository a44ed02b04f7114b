// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace twostep {

// Why an operation failed. Each reason maps to one user-facing sentence (ui/, through tr())
// and to one CLI exit code (app/cli); core itself never shows text to users.
enum class ErrorCode {
    InvalidInput,       // malformed user or file input (base32, URI, parameter)
    NotFound,           // nothing matched (no QR, no account)
    Ambiguous,          // more than one thing matched
    WrongPassword,      // authentication of a password failed
    CorruptFile,        // damaged, truncated or tampered data
    UnsupportedVersion, // a file version or format this build does not read
    Locked,             // held by another process
    IoError,            // unreadable or unwritable path, disk full
    Unsupported,        // valid but not representable here (e.g. an OTP type a format cannot carry)
    CounterExhausted,   // a HOTP counter at its largest value: one more code would repeat an old one
    StaleLock,          // a dead process of another user left a lock we may not remove
    LimitExceeded,      // a count, size or cost the input controls is over Twostep's bound (slots, KDF work, size)
};

// What the system said went wrong, when that is something the user can act on (free space, a
// mode, a mount). The layer that shows an Error maps it (ui/ErrorText through tr(), the CLI's exit
// status); nobody reads it back out of the English detail. Set where errno or the keyring answers.
enum class ErrorCause {
    None,               // nothing more specific than the ErrorCode
    NotFound,           // ENOENT: no such file or folder
    NotRegularFile,     // a folder, FIFO, device or socket where a file was expected
    PermissionDenied,   // EACCES, EPERM
    FolderNotWritable,  // the folder's mode forbids creating a file in it
    ReadOnlyFileSystem, // EROFS
    DiskFull,           // ENOSPC
    QuotaExceeded,      // EDQUOT
    FileTooLarge,       // EFBIG: over this process's file size limit (ulimit -f)
    KeyringUnavailable, // the desktop keyring is missing, refused access or did not answer
    KeyringHasNoKey,    // the desktop keyring answered but holds no key for the vault
    RefusedInWindow,    // the user answered Deny in the Twostep window
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString detail; // plain English, names what is wrong; safe to show, never holds a secret
    ErrorCause cause = ErrorCause::None;
};

inline Error makeError(ErrorCode code, QString detail, ErrorCause cause = ErrorCause::None)
{
    return Error{code, std::move(detail), cause};
}

// A value or an Error. Small on purpose: value(), error(), and a bool test.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

// The error of the first failed result among several, or nullptr when all succeeded: lets a
// reader collect several fields and report the first one that was wrong.
template <typename... Results> const Error* firstError(const Results&... results)
{
    const Error* found = nullptr;
    ((found = found != nullptr ? found : (results.ok() ? nullptr : &results.error())), ...);
    return found;
}

} // namespace twostep
