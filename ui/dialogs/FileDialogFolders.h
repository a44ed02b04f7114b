// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twostep::ui {

// Where a file dialog starts, never the working folder: screenshots and QR images in the
// pictures folder (XDG), backups and other apps' export files in the documents folder, else
// home. Once the user chose a file, that kind starts in its folder (kept in the default QSettings).
class FileDialogFolders final
{
public:
    enum class Kind { Images, Documents };

    static QString startFolder(Kind kind);
    // The folder of `chosenPath` becomes the kind's start; an empty path (cancelled) changes nothing.
    static void remember(Kind kind, const QString& chosenPath);
    // startFolder() joined with `fileName`: what a save dialog proposes.
    static QString suggestedPath(Kind kind, const QString& fileName);
    // "issuer-name.png" with spaces as '-' and no character a file system or a shell trips over.
    static QString fileNameFor(const QString& issuer, const QString& name, const QString& suffix);
};

} // namespace twostep::ui
