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
// which; the cause is set), InvalidInput (larger than `maxBytes`, detail "PATH is larger than N bytes").
Result<QByteArray> readRegularFile(const QString& path, qint64 maxBytes);

// What writeFileAtomically does when something is already at `path`.
enum class Existing {
    Replace, // the vault's saves and state: rename over it
    Refuse,  // exports, QR images, copies: never replace an entry, never follow a symlink there
};

// Writes `bytes` to `path` atomically: its folder made if missing (Replace only: for Refuse a
// missing folder is an IoError), a temporary file `.NAME.twostep-tmp-XXXXXX` beside it (0600), fsync, rename over
// `path` (Replace) or put in place only if no entry of that name exists, not even a dangling symlink (Refuse: renameat2
// RENAME_NOREPLACE, else link(), so no race), fsync of the folder. On failure `path` is as it was and the temporary
// file is gone. The one writer of whole files: every file Twostep writes goes through it. Errors: IoError "cannot write
// PATH: CAUSE", CAUSE named from errno ("the disk is full", "file too large for this process's file size limit", …)
// and carried typed in Error::cause (causeOf);
// InvalidInput "PATH already exists; choose another name" when Refuse finds an entry.
Status writeFileAtomically(const QString& path, const QByteArray& bytes, Existing existing = Existing::Replace);

// True when a directory entry named `path` exists of any kind, a dangling symlink included
// (lstat; QFileInfo::exists follows links and misses those).
bool entryExists(const QString& path);
// InvalidInput "PATH already exists; choose another name" when entryExists(path).
Status checkNoEntry(const QString& path);

// The temporary names writeFileAtomically uses for `fileName`: a leading dot and a fixed marker,
// so no name a user gives a copy ("vault.twostep.backup", ".before") is ever taken for one.
QString temporaryFilePrefix(const QString& fileName);
bool isTemporaryFileOf(const QString& candidate, const QString& fileName);

// Creates `folder` and each missing parent with mode 0700 (the XDG base directory rule for
// folders an application creates); folders that exist keep their mode.
Status makePrivateFolders(const QString& folder);

// Whether `a` and `b` name one file (same device and inode, so also through a symlink or a hard
// link); false when either does not exist.
bool isSameFile(const QString& a, const QString& b);

// `path` with symlinks resolved: the canonical path of an existing file, else the canonical path
// of its folder plus its name, else the cleaned absolute path. One file, one name.
QString canonicalPath(const QString& path);

// Plain English for a failed write or create: "the disk is full", "file too large for this
// process's file size limit", "the file system is read-only", …, else strerror.
QString writeErrorCause(int errorNumber);
// The typed cause of an errno (ENOSPC: DiskFull, EROFS: ReadOnlyFileSystem, …); None for the rest.
// Every error built from an errno carries it, so no caller reads the English sentence.
ErrorCause causeOf(int errorNumber);

} // namespace twostep::files
