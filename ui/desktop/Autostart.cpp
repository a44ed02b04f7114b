// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/Autostart.h"

#include "common/FileIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace twostep::ui {

namespace {
constexpr char kEntry[] = "[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Twostep\n"
                          "Comment=Desktop authenticator, started minimized to the tray\n"
                          "Exec=twostep --minimized\n"
                          "Icon=io.github.twostep.Twostep\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n";
} // namespace

QString Autostart::entryPath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME, else ~/.config.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.twostep.Twostep.desktop");
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

Status Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            return makeError(ErrorCode::IoError, QStringLiteral("cannot remove the autostart entry %1").arg(path));
        }
        return {};
    }
    // The entry is the user's own setting: replaced whole, atomically, like every file Twostep writes.
    if (Status written = files::writeFileAtomically(path, QByteArray(kEntry, qsizetype(sizeof(kEntry) - 1)));
        !written) {
        return makeError(ErrorCode::IoError,
                         QStringLiteral("cannot write the autostart entry: %1").arg(written.error().detail),
                         written.error().cause);
    }
    return {};
}

} // namespace twostep::ui
