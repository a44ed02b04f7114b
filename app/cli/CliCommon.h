// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "migration/TransferBatches.h"
#include "otp/Account.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <chrono>
#include <string_view>

namespace twostep::cli {

// The exit codes of twostep-cli(1), section EXIT STATUS: scripts rely on them. New codes are
// appended, never renumbered.
enum ExitCode : int {
    kSuccess = 0,
    kNothingFound = 1,    // no OTP QR code in any image, no account matches ACCOUNT
    kUsageError = 2,      // usage or input error, an ambiguous ACCOUNT, an output file that exists
    kWrongPassword = 3,   // the vault's, a backup's or an export's password
    kCorruptFile = 4,     // a damaged file, or one in no format or version this build reads
    kVaultLocked = 5,     // another process holds the vault's lock
    kFileUnavailable = 6, // a file or folder cannot be read or written: missing, permission, disk full, read-only
    kRefusedInWindow = 7, // the user answered Deny in the Twostep window
};

// The one mapping from a typed error to the exit code; every command's failure goes through it.
// A file or folder the system would not read or write (Error::cause) is 6 whatever the code.
int exitCodeFor(const Error& error);

// stdout carries only results; everything else goes to stderr as "twostep-cli: …".
void writeOut(std::string_view bytes);
void printLine(const QString& line);
void printError(const QString& message);
void printNote(const QString& message);
// Lines on stderr (skipped entries, notes), each after `prefix`: the first kMaxPrintedNotes, then
// one line counting the rest (`omitted` ones the reader only counted included), so a file of
// millions prints a page.
constexpr qsizetype kMaxPrintedNotes = 20;
void printNotes(const QString& prefix, const QStringList& lines, qsizetype omitted = 0);
int fail(const Error& error); // prints the error and returns its exit code
int usageError(const QString& message);

// Parses `arguments` (argv without the program and the command word); on --help prints the help
// and returns kSuccess through `exitCode`; on an unknown option prints it and returns kUsageError.
bool parseOrExit(QCommandLineParser& parser, const QString& command, const QStringList& arguments, int& exitCode);
// parseOrExit, then checks the number of positional arguments (the vault commands' ACCOUNT).
bool parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                  qsizetype positionals, int& exitCode);

// Writing secrets unencrypted (export's plain formats, qr -o) needs this flag, named in the refusal.
inline constexpr QLatin1StringView kPlaintextConsent{"i-know-this-is-plaintext"};
void addPlaintextConsentOption(QCommandLineParser& parser);
// InvalidInput (exit 2) unless --i-know-this-is-plaintext was given; `what` names the file.
Status requirePlaintextConsent(const QCommandLineParser& parser, const QString& what);
// Output files are never replaced: checked before any password is asked. InvalidInput when
// `path` exists (a folder is allowed when `folderAllowed`).
Status checkNewOutput(const QString& path, bool folderAllowed = false);

// --window N (1 to 100,000,000) and --time UNIX (default now), shared by every `code` form.
Result<long long> parseWindow(const QString& text);
Result<std::chrono::sys_seconds> parseTime(const QCommandLineParser& parser);
// --uri, --secret, --type, --algorithm, --digits, --period and --counter, as accountFromOptions reads them.
void addOtpOptions(QCommandLineParser& parser);
// The account --uri describes, or --secret with --type, --algorithm, --digits, --period and
// --counter (those options must exist in `parser`); issuer and name come only from the URI.
Result<otp::Account> accountFromOptions(const QCommandLineParser& parser);
// Prints `window` consecutive codes, one per line, from the step of `time` (or the hotp counter).
int printCodes(const otp::Account& account, std::chrono::sys_seconds time, long long window);

// "batches 2 and 3 of 3 of a Google Authenticator transfer export are missing; …"
QString describeMissingBatches(const migration::MissingBatches& missing);
// One note per export that was read only in part.
void printMissingBatches(const QList<migration::MissingBatches>& missing);

} // namespace twostep::cli
