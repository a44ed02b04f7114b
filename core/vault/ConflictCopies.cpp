// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/ConflictCopies.h"

#include "vault/VaultDisk.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace twostep::vault {

namespace {

struct Shape
{
    ConflictCopy::Tool tool;
    QRegularExpression pattern;
};

// The shapes for a file `stem` + `extension` (the extension a regular expression, the stem text).
QList<Shape> shapesOf(const QString& stem, const QString& extension)
{
    const QString name = QRegularExpression::escape(stem);
    return {
        {ConflictCopy::Tool::Syncthing,
         QRegularExpression(QStringLiteral("^%1\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]{7}%2$").arg(name, extension))},
        {ConflictCopy::Tool::Nextcloud,
         QRegularExpression(QStringLiteral("^%1 \\(conflicted copy (?:[^()/]+ )?\\d{4}-\\d{2}-\\d{2} \\d{6}\\)%2$")
                                .arg(name, extension))},
        {ConflictCopy::Tool::Dropbox,
         QRegularExpression(
             QStringLiteral("^%1 \\([^()/]+'s conflicted copy \\d{4}-\\d{2}-\\d{2}(?: \\(\\d{1,4}\\))?\\)%2$")
                 .arg(name, extension))},
    };
}

void collect(const QString& folder, const QList<Shape>& shapes, QList<ConflictCopy>& found)
{
    const QDir dir(folder);
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        if (info.isSymLink()) {
            continue;
        }
        for (const Shape& shape : shapes) {
            if (shape.pattern.match(info.fileName()).hasMatch()) {
                found.append(ConflictCopy{info.absoluteFilePath(), shape.tool});
                break;
            }
        }
    }
}

} // namespace

QList<ConflictCopy> findConflictCopies(const QString& vaultPath)
{
    const QFileInfo vault(vaultPath);
    const QString suffix = vault.suffix();
    const QString stem = suffix.isEmpty() ? vault.fileName() : vault.completeBaseName();
    const QString extension = suffix.isEmpty() ? QString() : QRegularExpression::escape(QLatin1Char('.') + suffix);
    QList<ConflictCopy> found;
    collect(vault.absolutePath(), shapesOf(stem, extension), found);
    // A backup is NAME.<generation>[.<n>]: the tools put their mark before that last part.
    collect(vault.absolutePath() + QStringLiteral("/backups"),
            shapesOf(vault.fileName(), QStringLiteral("\\.\\d{20}(?:\\.\\d{1,9})?")), found);
    std::sort(found.begin(), found.end(), [](const ConflictCopy& a, const ConflictCopy& b) { return a.path < b.path; });
    return found;
}

QString backupOfGeneration(const QString& vaultPath, std::uint64_t generation)
{
    return disk::backupOf(vaultPath, generation);
}

bool isConflictCopyOf(const QString& path, const QString& vaultPath)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QList<ConflictCopy> copies = findConflictCopies(vaultPath);
    return std::any_of(copies.cbegin(), copies.cend(), [&](const ConflictCopy& copy) { return copy.path == absolute; });
}

} // namespace twostep::vault
