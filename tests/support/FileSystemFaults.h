// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

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

// From now on the calling thread obeys file modes like an ordinary user: root drops
// CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from its effective and permitted sets, for
// good (so access() and QFileInfo::isWritable() agree too). Without this a folder chmod 0500 does
// not stop root. Returns false when the capabilities could not be dropped.
bool obeyFileModesFromNowOn();

// chmod 0500 (true) or 0700 (false).
bool setFolderReadOnly(const QString& folder, bool readOnly);

} // namespace twostep::test
