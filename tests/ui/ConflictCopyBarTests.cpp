// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "WidgetTestSupport.h"
#include "ui/AccountListModel.h"
#include "ui/ConflictCopyBar.h"
#include "ui/ConflictCopyOffers.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/PasswordDialog.h"
#include "vault/CopyMerge.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace twostep;
using test::child;

namespace {

const QString kSyncthingCopy = QStringLiteral("vault.sync-conflict-20261130-061500-ABCDEF7.twostep");

// A vault with account 1, and beside it a copy of it the other computer gave account 2 (under
// `copyPassword`, when given, as after a password change there); then this side adds account 3.
struct SyncedFolder
{
    QTemporaryDir dir;
    QString vaultPath = dir.filePath(QStringLiteral("vault.twostep"));
    QString labelOnlyThere;
    QString labelOnlyHere;

    explicit SyncedFolder(const QString& copyName, const char* copyPassword = nullptr)
    {
        REQUIRE(dir.isValid());
        {
            vault::Vault vault =
                vault::Vault::create(vaultPath, test::password(), vault::fastKdfParametersForTests()).value();
            REQUIRE(vault.addAccount(test::makeAccount(1)));
        }
        const QString copyPath = dir.filePath(copyName);
        REQUIRE(QFile::copy(vaultPath, copyPath));
        {
            vault::Vault copy = vault::Vault::open(copyPath, test::password()).value();
            if (copyPassword) {
                REQUIRE(copy.changePassword(test::password(copyPassword), vault::fastKdfParametersForTests()));
            }
            labelOnlyThere = copy.addAccount(test::makeAccount(2))->account.label();
        }
        vault::Vault vault = vault::Vault::open(vaultPath, test::password()).value();
        labelOnlyHere = vault.addAccount(test::makeAccount(3))->account.label();
    }
    QString path(const QString& name) const { return dir.filePath(name); }
};

// The bar and its offers in a shown window, on the vault opened with its password.
struct Window
{
    QWidget window;
    ui::ConflictCopyBar* bar = new ui::ConflictCopyBar(&window);
    ui::ConflictCopyOffers* offers = new ui::ConflictCopyOffers(bar, &window);
    vault::Vault vault;

    explicit Window(const QString& vaultPath) : vault(vault::Vault::open(vaultPath, test::password()).value())
    {
        window.show();
        offers->setVault(&vault);
    }
    // The copy is read on a thread: the bar shows once its preview is back.
    void waitForBar() const
    {
        REQUIRE(QTest::qWaitFor([this] { return bar->isVisible(); }, 10000));
    }
    QPushButton* button(const char* name) { return child<QPushButton>(window, name); }
};

QStringList labels(const vault::Vault& vault)
{
    QStringList result;
    for (const vault::VaultEntry& entry : vault.entries()) {
        result << entry.account.label();
    }
    return result;
}

// Whether backups/ holds a file with exactly `bytes`.
bool backupHolds(const QString& folder, const QByteArray& bytes)
{
    const QDir backups(folder + QStringLiteral("/backups"));
    for (const QString& name : backups.entryList(QDir::Files)) {
        if (test::readAll(backups.filePath(name)) == bytes) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("a Syncthing conflict copy shows a bar previewing the account it adds", "[ui][sync]")
{
    SyncedFolder folder(kSyncthingCopy);
    Window window(folder.vaultPath);

    CHECK_FALSE(window.bar->isVisible()); // read off the window's thread: nothing shown before it answers
    window.waitForBar();
    const QString message = window.bar->message();
    CHECK(message.contains(QStringLiteral("changed on another computer")));
    CHECK(message.contains(kSyncthingCopy));
    CHECK(message.contains(QStringLiteral("Merge adds 1 account(s): ") + folder.labelOnlyThere));
    CHECK_FALSE(message.contains(folder.labelOnlyHere));
    CHECK_FALSE(message.contains(QStringLiteral("removes")));
}

TEST_CASE("Merge on the bar merges both sides and removes the copy, keeping both as backups", "[ui][sync]")
{
    SyncedFolder folder(kSyncthingCopy);
    const QByteArray copyBytes = test::readAll(folder.path(kSyncthingCopy));
    const QByteArray vaultBytes = test::readAll(folder.vaultPath);
    Window window(folder.vaultPath);
    QSignalSpy changed(window.offers, &ui::ConflictCopyOffers::entriesChanged);
    QSignalSpy status(window.offers, &ui::ConflictCopyOffers::statusMessage);
    window.waitForBar();

    QTest::mouseClick(window.button("mergeCopyButton"), Qt::LeftButton);

    const QStringList merged = labels(window.vault);
    CHECK(merged.contains(folder.labelOnlyThere));
    CHECK(merged.contains(folder.labelOnlyHere));
    CHECK(merged.size() == 3);
    CHECK(labels(vault::Vault::open(folder.vaultPath, test::password()).value()) == merged);
    CHECK_FALSE(QFile::exists(folder.path(kSyncthingCopy)));
    CHECK(backupHolds(folder.dir.path(), copyBytes));
    CHECK(backupHolds(folder.dir.path(), vaultBytes));
    CHECK(changed.size() == 1);
    REQUIRE(status.size() == 1);
    CHECK(status.first().first().toString().contains(QStringLiteral("1 added")));
    CHECK_FALSE(window.bar->isVisible());
}

TEST_CASE("a copy under another password asks for it on Merge, then merges", "[ui][sync]")
{
    SyncedFolder folder(kSyncthingCopy, "changed on the laptop");
    Window window(folder.vaultPath);
    window.waitForBar();
    CHECK(window.bar->message().contains(QStringLiteral("another password")));

    QTest::mouseClick(window.button("mergeCopyButton"), Qt::LeftButton);
    auto* dialog = test::waitForChild<ui::PasswordDialog>(window.window);
    auto* field = child<QLineEdit>(*dialog, "vaultPasswordLineEdit");
    auto* ok = child<QPushButton>(*dialog, "vaultPasswordOkButton");
    QTest::keyClicks(field, QStringLiteral("not it"));
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* error = child<QLabel>(*dialog, "vaultPasswordErrorLabel");
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible(); }, 10000));
    CHECK(QFile::exists(folder.path(kSyncthingCopy)));
    CHECK(labels(window.vault).size() == 2);

    QTest::keyClicks(field, QStringLiteral("changed on the laptop"));
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !QFile::exists(folder.path(kSyncthingCopy)); }, 10000));
    CHECK(labels(window.vault).contains(folder.labelOnlyThere));
    CHECK(labels(window.vault).size() == 3);
    CHECK_FALSE(window.bar->isVisible());
}

TEST_CASE("Ignore hides the bar and leaves the copy where it is", "[ui][sync]")
{
    SyncedFolder folder(kSyncthingCopy);
    Window window(folder.vaultPath);
    window.waitForBar();

    QTest::mouseClick(window.button("ignoreCopyButton"), Qt::LeftButton);

    CHECK_FALSE(window.bar->isVisible());
    CHECK(QFile::exists(folder.path(kSyncthingCopy)));
    CHECK(labels(window.vault).size() == 2);
    window.offers->refresh();
    CHECK_FALSE(window.bar->isVisible());
}

TEST_CASE("a look-alike file of the user's gives no bar and is left alone", "[ui][sync]")
{
    const QString lookAlike = QStringLiteral("vault (my notes).twostep");
    SyncedFolder folder(lookAlike);
    const QByteArray bytes = test::readAll(folder.path(lookAlike));
    Window window(folder.vaultPath);

    CHECK_FALSE(window.bar->isVisible());
    CHECK(test::readAll(folder.path(lookAlike)) == bytes);
}

TEST_CASE("a conflict copy appearing while the vault is open shows the bar once the folder settles", "[ui][sync]")
{
    SyncedFolder folder(QStringLiteral("vault (my notes).twostep"));
    Window window(folder.vaultPath);
    REQUIRE_FALSE(window.bar->isVisible());

    const QString nextcloudCopy = QStringLiteral("vault (conflicted copy 2026-11-30 061500).twostep");
    REQUIRE(QFile::copy(folder.path(QStringLiteral("vault (my notes).twostep")), folder.path(nextcloudCopy)));

    REQUIRE(QTest::qWaitFor([&] { return window.bar->isVisible(); }, 5000));
    CHECK(window.bar->message().contains(nextcloudCopy));
    CHECK(window.bar->message().contains(folder.labelOnlyThere));
}

TEST_CASE("the main window shows the bar once unlocked, hides it when locked, and reloads the list after Merge",
          "[ui][sync][mainwindow]")
{
    SyncedFolder folder(kSyncthingCopy);
    ui::Settings settings(folder.path(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(folder.vaultPath, settings, clipboard);
    window.show();
    auto* bar = child<ui::ConflictCopyBar>(window, "conflictCopyBar");
    CHECK_FALSE(bar->isVisible());

    test::unlockThroughForm(window);
    REQUIRE(QTest::qWaitFor([bar] { return bar->isVisible(); }, 10000));
    CHECK(bar->message().contains(folder.labelOnlyThere));
    CHECK(window.model()->rowCount() == 2);

    window.lock();
    CHECK_FALSE(bar->isVisible());
    test::unlockThroughForm(window);
    REQUIRE(QTest::qWaitFor([bar] { return bar->isVisible(); }, 10000));
    QTest::mouseClick(child<QPushButton>(window, "mergeCopyButton"), Qt::LeftButton);
    CHECK(window.model()->rowCount() == 3);
    CHECK_FALSE(bar->isVisible());
    CHECK_FALSE(QFile::exists(folder.path(kSyncthingCopy)));
}

TEST_CASE("the newer version a rollback replaced is offered on the bar and merged back", "[ui][sync][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QString older;
    {
        vault::Vault vault = vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests()).value();
        older = vault.addAccount(test::makeAccount(1))->account.label();
    }
    const QByteArray olderBytes = test::readAll(path);
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(path, settings, clipboard);
    window.show();
    test::unlockThroughForm(window);
    const QString newer = window.vault()->addAccount(test::makeAccount(2))->account.label();
    auto* bar = child<ui::ConflictCopyBar>(window, "conflictCopyBar");
    CHECK_FALSE(bar->isVisible());

    // A synced folder puts the older generation back over the newer one.
    test::writeAll(path + QStringLiteral(".synced"), olderBytes);
    REQUIRE(::rename(QFile::encodeName(path + QStringLiteral(".synced")).constData(),
                     QFile::encodeName(path).constData()) == 0);

    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible() && window.model()->rowCount() == 1; }, 5000));
    CHECK(bar->message().contains(QStringLiteral("replaced a newer version")));
    CHECK(bar->message().contains(QStringLiteral("Merge adds 1 account(s): ") + newer));
    const QString newerCopy = bar->copyPath();
    QTest::mouseClick(child<QPushButton>(window, "mergeCopyButton"), Qt::LeftButton);
    CHECK(window.model()->rowCount() == 2);
    const QStringList merged = labels(*window.vault());
    CHECK(merged.contains(older));
    CHECK(merged.contains(newer));
    CHECK(QFile::exists(newerCopy)); // a backup, not a conflict copy: kept
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("Merge of a copy the vault already holds writes nothing and says there is nothing to merge", "[ui][sync]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    {
        vault::Vault vault = vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests()).value();
        REQUIRE(vault.addAccount(test::makeAccount(1)));
        REQUIRE(QFile::copy(path, dir.filePath(kSyncthingCopy)));
        REQUIRE(vault.addAccount(test::makeAccount(2)));
    }
    const QByteArray before = test::readAll(path);
    const QStringList backups = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
    Window window(path);
    QSignalSpy changed(window.offers, &ui::ConflictCopyOffers::entriesChanged);
    QSignalSpy status(window.offers, &ui::ConflictCopyOffers::statusMessage);
    window.waitForBar();
    CHECK(window.bar->message().contains(QStringLiteral("Merging changes no account.")));

    QTest::mouseClick(window.button("mergeCopyButton"), Qt::LeftButton);

    REQUIRE(status.size() == 1);
    CHECK(status.first().first().toString().startsWith(QStringLiteral("Nothing to merge")));
    CHECK(changed.isEmpty());
    CHECK(test::readAll(path) == before);
    CHECK(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files) == backups);
    CHECK_FALSE(QFile::exists(dir.filePath(kSyncthingCopy)));
    CHECK_FALSE(window.bar->isVisible());
}

TEST_CASE("Don't merge on the bar of a rollback's newer version stops offering it and keeps the file",
          "[ui][sync][rollback]")
{
    SyncedFolder folder(QStringLiteral("vault (my notes).twostep"));
    const QByteArray older = test::readAll(folder.vaultPath);
    {
        vault::Vault vault = vault::Vault::open(folder.vaultPath, test::password()).value();
        REQUIRE(vault.addAccount(test::makeAccount(4)));
    }
    test::writeAll(folder.vaultPath, older); // a synced folder puts the older file back
    Window window(folder.vaultPath);
    const std::optional<vault::Rollback> rollback = window.vault.takeRollback();
    REQUIRE(rollback);
    window.offers->offerReplacedVersion(rollback->newerCopy);
    window.waitForBar();
    CHECK(window.bar->message().contains(QStringLiteral("replaced a newer version")));
    QSignalSpy status(window.offers, &ui::ConflictCopyOffers::statusMessage);

    QTest::mouseClick(window.button("forgetCopyButton"), Qt::LeftButton);

    CHECK_FALSE(window.bar->isVisible());
    CHECK(vault::newerCopies(folder.vaultPath).isEmpty());
    CHECK(QFile::exists(rollback->newerCopy));
    CHECK(test::readAll(folder.vaultPath) == older);
    REQUIRE(status.size() == 1);
    CHECK(status.first().first().toString().contains(QStringLiteral("no longer offered")));
}

TEST_CASE("Merge of an old copy holding an account deleted here says the vault has every change, not every account",
          "[ui][sync]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    {
        vault::Vault vault = vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests()).value();
        REQUIRE(vault.addAccounts({test::makeAccount(1), test::makeAccount(2)}));
        REQUIRE(QFile::copy(path, dir.filePath(kSyncthingCopy)));
        REQUIRE(vault.removeAccount(vault.entries().first().id));
    }
    Window window(path);
    QSignalSpy status(window.offers, &ui::ConflictCopyOffers::statusMessage);
    window.waitForBar();

    QTest::mouseClick(window.button("mergeCopyButton"), Qt::LeftButton);

    REQUIRE(status.size() == 1);
    const QString said = status.first().first().toString();
    CHECK(said.startsWith(QStringLiteral("Nothing to merge: the vault already has every change of")));
    CHECK(said.contains(QStringLiteral("(1 of its accounts were deleted here later)")));
    CHECK_FALSE(said.contains(QStringLiteral("every account")));
}
