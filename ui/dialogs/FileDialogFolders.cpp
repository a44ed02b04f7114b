// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/FileDialogFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace twostep::ui {

namespace {

constexpr qsizetype kMaxBaseNameLength = 100;

QString settingsKey(FileDialogFolders::Kind kind)
{
    return kind == FileDialogFolders::Kind::Images ? QStringLiteral("folders/images")
                                                   : QStringLiteral("folders/documents");
}

QString sanitised(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        const bool refused = c.isSpace() || c.category() == QChar::Other_Control ||
                             QStringLiteral("/\\:*?\"<>|'`$&;!#%{}[]~").contains(c);
        out += refused ? QLatin1Char('-') : c;
    }
    while (out.contains(QStringLiteral("--"))) {
        out.replace(QStringLiteral("--"), QStringLiteral("-"));
    }
    while (out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('.'))) {
        out.remove(0, 1);
    }
    while (out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('.'))) {
        out.chop(1);
    }
    return out;
}

} // namespace

QString FileDialogFolders::startFolder(Kind kind)
{
    QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) {
        return remembered;
    }
    const QString standard = QStandardPaths::writableLocation(kind == Kind::Images ? QStandardPaths::PicturesLocation
                                                                                   : QStandardPaths::DocumentsLocation);
    return !standard.isEmpty() && QFileInfo(standard).isDir() ? standard : QDir::homePath();
}

void FileDialogFolders::remember(Kind kind, const QString& chosenPath)
{
    if (!chosenPath.isEmpty()) {
        QSettings().setValue(settingsKey(kind), QFileInfo(chosenPath).absolutePath());
    }
}

QString FileDialogFolders::suggestedPath(Kind kind, const QString& fileName)
{
    return QDir(startFolder(kind)).filePath(fileName);
}

QString FileDialogFolders::fileNameFor(const QString& issuer, const QString& name, const QString& suffix)
{
    QStringList parts{sanitised(issuer), sanitised(name)};
    parts.removeAll(QString());
    QString base = parts.join(QLatin1Char('-')).left(kMaxBaseNameLength);
    if (base.isEmpty()) {
        base = QStringLiteral("account");
    }
    return base + QLatin1Char('.') + suffix;
}

} // namespace twostep::ui
