// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>

namespace twostep::test {

// A small tmpfs of our own, so "disk full" and "read-only file system" are real kernel errors.
// Needs root (CI and the dev container run as root); without it mounted() is false and the
// caller says why and stops.
class SmallFileSystem final
{
public:
    static constexpr qint64 kPage = 4096;

    explicit SmallFileSystem(const QString& where);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;

    bool mounted() const { return m_mounted; }
    const QString& path() const { return m_path; }
    bool remountReadOnly(bool readOnly) const;
    // Fills the file system with a file named "filler", then frees `keepFree` bytes again.
    bool fill(qint64 keepFree) const;
    void unfill() const;

private:
    QString m_path;
    bool m_mounted = false;
};

// While alive, the calling thread obeys file modes like an ordinary user: root's
// CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER leave its effective set (they stay
// permitted and come back on destruction). Without them a folder chmod 0500 stops root too.
class FileModesEnforced final
{
public:
    FileModesEnforced();
    ~FileModesEnforced();
    FileModesEnforced(const FileModesEnforced&) = delete;
    FileModesEnforced& operator=(const FileModesEnforced&) = delete;

    // False when the capabilities could not be dropped (the folder modes would not stop us).
    bool active() const { return m_active; }

private:
    std::uint32_t m_savedEffective = 0;
    bool m_dropped = false;
    bool m_active = false;
};

// chmod 0500 (true) or 0700 (false).
bool setFolderReadOnly(const QString& folder, bool readOnly);

} // namespace twostep::test
