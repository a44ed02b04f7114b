// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

// The one place where Twostep reads and writes whole files: the vault, its backups, imports,
// images to scan, password files and state. Every reader has a size bound, every writer is atomic.
namespace twostep::files {

// Reads the regular file at `path` (symlinks followed), at most `maxBytes`. It is opened without
// blocking (O_NONBLOCK) and checked with fstat before any read, so a FIFO, a device such as
// /dev/zero, a socket or a folder fails at once instead of hanging or filling memory.
// Errors: NotFound (no such file), IoError (not a regular file, unreadable; the detail names
// which), InvalidInput (larger than `maxBytes`, detail "PATH is larger than N bytes").
Result<QByteArray> readRegularFile(const QString& path, qint64 maxBytes);

// Writes `bytes` to `path` atomically: a temporary file `.NAME.twostep-tmp-XXXXXX` beside it
// (0600), fsync, rename over `path`, fsync of the folder. On failure `path` is as it was and the
// temporary file is gone. Errors: IoError "cannot write PATH: CAUSE", CAUSE named from errno
// ("the disk is full", "file too large for this process's file size limit", …).
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

// The temporary names writeFileAtomically uses for `fileName`: a leading dot and a fixed marker,
// so no name a user gives a copy ("vault.twostep.backup", ".before") is ever taken for one.
QString temporaryFilePrefix(const QString& fileName);
bool isTemporaryFileOf(const QString& candidate, const QString& fileName);

// Creates `folder` and each missing parent with mode 0700 (the XDG base directory rule for
// folders an application creates); folders that exist keep their mode.
Status makePrivateFolders(const QString& folder);

// `path` with symlinks resolved: the canonical path of an existing file, else the canonical path
// of its folder plus its name, else the cleaned absolute path. One file, one name.
QString canonicalPath(const QString& path);

// Plain English for a failed write or create: "the disk is full", "file too large for this
// process's file size limit", "the file system is read-only", …, else strerror.
QString writeErrorCause(int errorNumber);

} // namespace twostep::files
