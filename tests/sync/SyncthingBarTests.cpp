// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's half of tests/sync/syncthing_merge_test.sh: that script runs two real Syncthing
// instances and calls this executable on computer 1's vault with
//   TWOSTEP_SYNC_VAULT    the vault file (password "pw")
//   TWOSTEP_SYNC_STATE    that computer's XDG_STATE_HOME (its generation record)
//   TWOSTEP_SYNC_COPY     the file the bar must offer: Syncthing's conflict copy, or the newer version
//                         a rollback replaced
//   TWOSTEP_SYNC_ISSUERS  every issuer of both computers, comma-separated
// The real main window is unlocked by typing, its bar offers the copy, Merge is clicked.
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "WidgetTestSupport.h"
#include "ui/AccountListModel.h"
#include "ui/ConflictCopyBar.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "vault/CopyMerge.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace twostep;
using test::child;

namespace {

struct SyncedVault
{
    QString vault = qEnvironmentVariable("TWOSTEP_SYNC_VAULT");
    QString copy = QFileInfo(qEnvironmentVariable("TWOSTEP_SYNC_COPY")).canonicalFilePath(); // as the bar names it
    QStringList issuers = qEnvironmentVariable("TWOSTEP_SYNC_ISSUERS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool given() const { return !vault.isEmpty() && !copy.isEmpty() && !issuers.isEmpty(); }
};

QStringList issuersOf(const vault::Vault& vault)
{
    QStringList issuers;
    for (const vault::VaultEntry& entry : vault.entries()) {
        issuers << entry.account.issuer;
    }
    return issuers;
}

// The main window on computer 1's vault, unlocked through its password field.
struct UnlockedWindow
{
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::ClipboardService clipboard{QGuiApplication::clipboard()};
    ui::MainWindow window;

    explicit UnlockedWindow(const QString& vaultPath) : window(vaultPath, settings, clipboard)
    {
        window.show();
        auto* password = child<QLineEdit>(window, "passwordLineEdit");
        QTest::keyClicks(password, QStringLiteral("pw"));
        QTest::keyClick(password, Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([this] { return window.isUnlocked(); }, 20000));
    }
};

// Clicks Merge on each copy the bar offers (the vault's conflict copy, Syncthing's conflict copies
// of backups/, the replaced newer version) until `wanted` was offered and merged; returns what the
// bar said about `wanted` the first time it offered it.
QString mergeUntilMerged(ui::MainWindow& window, const QString& wanted, QString& offers)
{
    auto* bar = child<ui::ConflictCopyBar>(window, "conflictCopyBar");
    auto* merge = child<QPushButton>(window, "mergeCopyButton");
    REQUIRE(QTest::qWaitFor([bar] { return bar->isVisible(); }, 10000));
    QString said;
    for (int offered = 0; offered < 30 && bar->isVisible(); ++offered) {
        const QString path = bar->copyPath();
        offers += bar->message() + QLatin1Char('\n');
        INFO("the bar offers " << path.toStdString() << ": " << bar->message().toStdString());
        REQUIRE(merge->isEnabled());
        if (path == wanted && said.isEmpty()) { // Syncthing may bring it back once more before the deletion syncs
            said = bar->message();
        }
        QTest::mouseClick(merge, Qt::LeftButton);
        REQUIRE(window.findChild<QMessageBox*>(QStringLiteral("mergeFailedMessage")) == nullptr);
        REQUIRE(QTest::qWaitFor([&] { return !bar->isVisible() || bar->copyPath() != path; }, 10000));
    }
    CHECK_FALSE(bar->isVisible());
    return said;
}

// What the bar said about the copy the script named, and everything it offered.
struct BarMerge
{
    QString said;
    QString offers;
};

// Unlocks the window on computer 1's vault and merges what its bar offers until the copy the
// script named was merged: then every issuer of both computers is in the window and in the file.
BarMerge mergeOnTheBar(const SyncedVault& synced)
{
    qputenv("XDG_STATE_HOME", qgetenv("TWOSTEP_SYNC_STATE")); // the computer's own generation record
    REQUIRE(QFile::exists(synced.copy));
    UnlockedWindow unlocked(synced.vault);
    BarMerge result;
    result.said = mergeUntilMerged(unlocked.window, synced.copy, result.offers);
    INFO("offered: " << result.offers.toStdString());
    const QStringList merged = issuersOf(*unlocked.window.vault());
    for (const QString& issuer : synced.issuers) {
        CHECK(merged.contains(issuer));
    }
    CHECK(unlocked.window.model()->rowCount() == merged.size());
    CHECK(issuersOf(vault::Vault::open(synced.vault, test::password("pw")).value()) == merged);
    return result;
}

const char* const kRunByScript = "run by tests/sync/syncthing_merge_test.sh, which starts Syncthing";

} // namespace

TEST_CASE("the window's bar offers Syncthing's conflict copy and Merge brings every account of both computers",
          "[syncthing][conflict]")
{
    const SyncedVault synced;
    if (!synced.given()) {
        TWOSTEP_SKIP(kRunByScript);
    }
    const BarMerge merged = mergeOnTheBar(synced);
    INFO("offered: " << merged.offers.toStdString());
    CHECK(merged.said.contains(QStringLiteral("changed on another computer")));
    CHECK(merged.said.contains(QStringLiteral("Merge adds 1 account(s)")));
    CHECK_FALSE(QFile::exists(synced.copy));
}

TEST_CASE("the window's bar offers the newer version an older synced copy replaced and Merge brings it back",
          "[syncthing][rollback]")
{
    const SyncedVault synced;
    if (!synced.given()) {
        TWOSTEP_SKIP(kRunByScript);
    }
    const BarMerge merged = mergeOnTheBar(synced); // the window notices the rollback as it opens the vault
    INFO("offered: " << merged.offers.toStdString());
    CHECK(merged.said.contains(QStringLiteral("replaced a newer version")));
    CHECK(merged.said.contains(QStringLiteral("Merge adds")));
    CHECK(QFile::exists(synced.copy)); // a backup: kept
    CHECK(vault::newerCopies(synced.vault).isEmpty());
}
