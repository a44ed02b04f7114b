// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/ConflictCopies.h"

#include <QDir>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;

namespace {

struct Folder
{
    QTemporaryDir dir;
    QString vault = dir.filePath(QStringLiteral("vault.twostep"));

    QString touch(const QString& name) const
    {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        test::writeAll(path, "not a vault");
        return path;
    }
};

} // namespace

TEST_CASE("a Syncthing conflict copy of the vault is found", "[vault][conflict]")
{
    Folder folder;
    const QString copy = folder.touch(QStringLiteral("vault.sync-conflict-20261130-061500-ABCDEF7.twostep"));
    CHECK(findConflictCopies(folder.vault) == QList<ConflictCopy>{{copy, ConflictCopy::Tool::Syncthing}});
}

TEST_CASE("a Nextcloud conflict copy of the vault is found", "[vault][conflict]")
{
    Folder folder;
    const QString copy = folder.touch(QStringLiteral("vault (conflicted copy 2026-11-30 061500).twostep"));
    CHECK(findConflictCopies(folder.vault) == QList<ConflictCopy>{{copy, ConflictCopy::Tool::Nextcloud}});
}

TEST_CASE("a Dropbox conflict copy of the vault is found", "[vault][conflict]")
{
    Folder folder;
    const QString copy = folder.touch(QStringLiteral("vault (alice's conflicted copy 2026-11-30).twostep"));
    const QString second = folder.touch(QStringLiteral("vault (alice's conflicted copy 2026-11-30 (1)).twostep"));
    CHECK(findConflictCopies(folder.vault) ==
          QList<ConflictCopy>{{second, ConflictCopy::Tool::Dropbox}, {copy, ConflictCopy::Tool::Dropbox}});
}

TEST_CASE("a conflict copy of a backup is found under backups", "[vault][conflict]")
{
    Folder folder;
    const QString copy = folder.touch(
        QStringLiteral("backups/vault.twostep.sync-conflict-20261130-061500-ABCDEF7.00000000000000000004"));
    folder.touch(QStringLiteral("backups/vault.twostep.00000000000000000004"));
    CHECK(findConflictCopies(folder.vault) == QList<ConflictCopy>{{copy, ConflictCopy::Tool::Syncthing}});
}

TEST_CASE("look-alike files of the user are not conflict copies", "[vault][conflict]")
{
    Folder folder;
    const QStringList lookAlikes{
        QStringLiteral("vault (copy).twostep"),
        QStringLiteral("vault.twostep.bak"),
        QStringLiteral("vault.sync-conflict-notes.twostep"),
        QStringLiteral("vault.sync-conflict-20261130-061500-ABCDEF7.txt"),
        QStringLiteral("other.sync-conflict-20261130-061500-ABCDEF7.twostep"),
        QStringLiteral("vault (conflicted copy).twostep"),
        QStringLiteral("my vault (alice's conflicted copy 2026-11-30).twostep"),
        QStringLiteral("vault (alice's conflicted copy 2026-11-30).twostep.txt"),
    };
    for (const QString& name : lookAlikes) {
        folder.touch(name);
    }
    CHECK(findConflictCopies(folder.vault).isEmpty());
    for (const QString& name : lookAlikes) {
        CHECK_FALSE(isConflictCopyOf(folder.dir.filePath(name), folder.vault));
    }
}
