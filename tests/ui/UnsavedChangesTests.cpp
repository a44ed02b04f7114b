// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A save that fails (read-only vault folder, full disk) keeps the change in the open window: the
// bar says so, the list shows it, the file stays as it was, and a later retry writes it.
#include "AccountListModel.h"
#include "AccountListPage.h"
#include "ClipboardService.h"
#include "EditAccountDialog.h"
#include "FileSystemFaults.h"
#include "LockWatcher.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "UnsavedChangesBar.h"
#include "VaultTestSupport.h"
#include "WidgetTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace twostep;
using test::child;

namespace {

// A vault file with `accounts` accounts, and a main window unlocked on it through the password field.
struct UnlockedWindow
{
    explicit UnlockedWindow(const QString& path, int accounts)
        : settings(QFileInfo(path).absolutePath() + QStringLiteral("/../settings.ini")),
          clipboard(QGuiApplication::clipboard())
    {
        {
            Result<vault::Vault> created =
                vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests());
            REQUIRE(created);
            REQUIRE(created->addAccounts(test::makeAccounts(accounts)));
        }
        window.emplace(path, settings, clipboard);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(&*window));
        auto* password = child<QLineEdit>(*window, "passwordLineEdit");
        QTest::keyClicks(password, QStringLiteral("correct horse battery staple"));
        QTest::keyClick(password, Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([this] { return window->isUnlocked(); }, 20000));
        REQUIRE(window->model()->rowCount() == accounts);
    }

    ui::UnsavedChangesBar* bar() const { return child<ui::UnsavedChangesBar>(*window, "unsavedChangesBar"); }
    QString barText() const { return child<QLabel>(*window, "unsavedChangesLabel")->text(); }
    bool listShows(const QString& issuer) const
    {
        for (int row = 0; row < window->model()->rowCount(); ++row) {
            if (window->model()->index(row).data(ui::AccountListModel::IssuerRole).toString() == issuer) {
                return true;
            }
        }
        return false;
    }

    ui::Settings settings;
    ui::ClipboardService clipboard;
    std::optional<ui::MainWindow> window;
};

// The file as another process (or the next start) sees it.
QList<vault::VaultEntry> entriesOnDisk(const QString& path)
{
    Result<vault::Vault> reopened = vault::Vault::open(path, test::password());
    REQUIRE(reopened);
    return reopened->entries();
}

bool containsIssuer(const QList<vault::VaultEntry>& entries, const QString& issuer)
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&issuer](const vault::VaultEntry& entry) { return entry.account.issuer == issuer; });
}

// A folder of our own whose mode is 0500 while this lives. As root the thread first gives up
// CAP_DAC_OVERRIDE for good, or the mode would not stop it (tests/hardening/FaultTests.cpp does
// the same for the CLI with setpriv); this test executable needs it nowhere else.
class ReadOnlyFolder final
{
public:
    explicit ReadOnlyFolder(const QString& folder) : m_folder(folder)
    {
        m_readOnly = test::obeyFileModesFromNowOn() && test::setFolderReadOnly(folder, true);
    }
    ~ReadOnlyFolder() { makeWritable(); }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    bool active() const { return m_readOnly; }
    void makeWritable()
    {
        if (std::exchange(m_readOnly, false)) {
            test::setFolderReadOnly(m_folder, false);
        }
    }

private:
    QString m_folder;
    bool m_readOnly = false;
};

// A window unlocked on a vault of `accounts` accounts whose folder is then made read-only; the
// file's bytes from before are kept to show it stays intact.
struct ReadOnlyVaultWindow
{
    explicit ReadOnlyVaultWindow(int accounts)
        : folder(makeFolder(dir)), path(folder + QStringLiteral("/vault.twostep")), gui(path, accounts),
          before(test::readAll(path)), readOnly(folder)
    {}
    static QString makeFolder(const QTemporaryDir& dir)
    {
        const QString folder = dir.filePath(QStringLiteral("vault"));
        REQUIRE(QDir().mkpath(folder));
        return folder;
    }

    QTemporaryDir dir;
    QString folder;
    QString path;
    UnlockedWindow gui;
    QByteArray before;
    ReadOnlyFolder readOnly;
};

QMessageBox* unsavedChangesBox(const ui::MainWindow& window)
{
    QMessageBox* box = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        box = window.findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox"));
        return box != nullptr && box->isVisible();
    }));
    return box;
}

} // namespace

TEST_CASE("A read-only vault folder: the bar names the cause, the list keeps the account, Try again saves it",
          "[ui][unsaved][faults]")
{
    ReadOnlyVaultWindow f(2);
    if (!f.readOnly.active()) {
        TWOSTEP_SKIP("cannot make the folder read-only for this process (no capset?)");
    }
    auto& [dir, folder, path, gui, before, readOnly] = f;
    CHECK_FALSE(gui.bar()->isVisible());
    gui.window->addAccounts({test::makeAccount(7)});

    REQUIRE(gui.bar()->isVisible());
    INFO(gui.barText().toStdString());
    CHECK(gui.barText().contains(QStringLiteral("not saved yet")));
    CHECK(gui.barText().contains(
        QStringLiteral("cannot lock %1: cannot create vault.twostep.lock (the folder is not writable)").arg(path)));
    CHECK(gui.window->findChild<QMessageBox*>() == nullptr); // the bar, not a box that goes away
    CHECK(gui.window->model()->rowCount() == 3);
    CHECK(gui.listShows(QStringLiteral("Issuer 7")));
    CHECK(gui.window->vault()->hasUnsavedChanges());
    CHECK(test::readAll(path) == before);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("vault.twostep")});

    // Still read-only: "Try again" fails the same way and keeps everything.
    QTest::mouseClick(child<QPushButton>(*gui.window, "retrySaveButton"), Qt::LeftButton);
    CHECK(gui.bar()->isVisible());
    CHECK(gui.window->model()->rowCount() == 3);
    CHECK(test::readAll(path) == before);

    readOnly.makeWritable();
    QTest::mouseClick(child<QPushButton>(*gui.window, "retrySaveButton"), Qt::LeftButton);
    CHECK_FALSE(gui.bar()->isVisible());
    CHECK_FALSE(gui.window->vault()->hasUnsavedChanges());
    CHECK(gui.window->statusBar()->currentMessage().contains(QStringLiteral("saved")));
    const QList<vault::VaultEntry> saved = entriesOnDisk(path);
    CHECK(saved.size() == 3);
    CHECK(containsIssuer(saved, QStringLiteral("Issuer 7")));
    CHECK(saved == gui.window->vault()->entries());
}

TEST_CASE("The bar counts what the vault still keeps: a kept rename of an account removed elsewhere is dropped",
          "[ui][unsaved][faults]")
{
    ReadOnlyVaultWindow f(2);
    if (!f.readOnly.active()) {
        TWOSTEP_SKIP("cannot make the folder read-only for this process (no capset?)");
    }
    auto& [dir, folder, path, gui, before, readOnly] = f;
    const QString renamedId = gui.window->model()->idAt(0);

    gui.window->editAccount(renamedId);
    auto* edit = child<ui::EditAccountDialog>(*gui.window, "editAccountDialog");
    auto* issuer = child<QLineEdit>(*edit, "issuerLineEdit");
    issuer->selectAll();
    QTest::keyClicks(issuer, QStringLiteral("Renamed while read-only"));
    QTest::mouseClick(child<QPushButton>(*edit, "saveButton"), Qt::LeftButton);
    gui.window->addAccounts({test::makeAccount(7)});
    REQUIRE(gui.bar()->isVisible());
    INFO(gui.barText().toStdString());
    CHECK(gui.barText().startsWith(QStringLiteral("2 change")));
    CHECK(gui.listShows(QStringLiteral("Renamed while read-only")));

    // Another writer removes that account; its file lands in place, so the folder can stay read-only.
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.twostep"));
    REQUIRE(QFile::copy(path, elsewhere));
    {
        Result<vault::Vault> other = vault::Vault::open(elsewhere, test::password());
        REQUIRE(other);
        REQUIRE(other->removeAccount(renamedId));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(test::readAll(elsewhere)) > 0);
    file.close();
    // The window reloads the file it watches and re-applies what it keeps: the rename no longer applies.
    REQUIRE(QTest::qWaitFor([&] { return !gui.listShows(QStringLiteral("Renamed while read-only")); }, 5000));

    // The retry still cannot write; the bar now counts only the new account.
    QTest::mouseClick(child<QPushButton>(*gui.window, "retrySaveButton"), Qt::LeftButton);
    REQUIRE(gui.bar()->isVisible());
    INFO(gui.barText().toStdString());
    CHECK(gui.window->vault()->unsavedChangeCount() == 1);
    CHECK(gui.barText().startsWith(QStringLiteral("1 change")));
    CHECK(gui.listShows(QStringLiteral("Issuer 7")));
    CHECK(gui.window->model()->rowCount() == 2);
}

TEST_CASE("A full disk: a rename through the dialog stays in the list, and freeing space saves it by itself",
          "[ui][unsaved][faults]")
{
    QTemporaryDir dir;
    test::SmallFileSystem fs(dir.filePath(QStringLiteral("fs")));
    if (!fs.mounted()) {
        TWOSTEP_SKIP("cannot mount a tmpfs here (not root?); the read-only folder case covers a failed save");
    }
    const QString path = fs.path() + QStringLiteral("/vault.twostep");
    UnlockedWindow gui(path, 2);
    const QByteArray before = test::readAll(path);
    const QString id = gui.window->model()->idAt(0);
    // Not even one page free: neither the lock file nor the new vault fits.
    REQUIRE(fs.fill(0));

    gui.window->editAccount(id);
    auto* edit = child<ui::EditAccountDialog>(*gui.window, "editAccountDialog");
    auto* issuer = child<QLineEdit>(*edit, "issuerLineEdit");
    issuer->selectAll();
    QTest::keyClicks(issuer, QStringLiteral("Renamed on a full disk"));
    QTest::mouseClick(child<QPushButton>(*edit, "saveButton"), Qt::LeftButton);

    REQUIRE(gui.bar()->isVisible());
    INFO(gui.barText().toStdString());
    CHECK(gui.barText().contains(QStringLiteral("the disk is full")));
    CHECK(gui.barText().contains(fs.path()));
    CHECK(gui.listShows(QStringLiteral("Renamed on a full disk")));
    CHECK(test::readAll(path) == before);
    CHECK_FALSE(containsIssuer(entriesOnDisk(path), QStringLiteral("Renamed on a full disk")));

    // Space comes back in the vault's folder: the bar retries without a click.
    fs.unfill();
    REQUIRE(QTest::qWaitFor([&] { return !gui.bar()->isVisible(); }, 10000));
    CHECK(gui.window->statusBar()->currentMessage().contains(QStringLiteral("saved")));
    CHECK(entriesOnDisk(path).first().account.issuer == QStringLiteral("Renamed on a full disk"));
}

TEST_CASE("Locking with unsaved changes asks first: Cancel keeps the vault open, Lock anyway drops them",
          "[ui][unsaved][faults]")
{
    ReadOnlyVaultWindow f(1);
    if (!f.readOnly.active()) {
        TWOSTEP_SKIP("cannot make the folder read-only for this process (no capset?)");
    }
    auto& [dir, folder, path, gui, before, readOnly] = f;
    gui.window->addAccounts({test::makeAccount(5)});
    REQUIRE(gui.bar()->isVisible());

    // Ctrl+L, as typed in the list.
    QTest::keyClick(gui.window->listPage()->view(), Qt::Key_L, Qt::ControlModifier);
    QMessageBox* box = unsavedChangesBox(*gui.window);
    CHECK(box->text().contains(QStringLiteral("could not be saved and will be lost")));
    CHECK(box->informativeText().contains(QStringLiteral("not writable")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return gui.window->findChild<QMessageBox*>() == nullptr; }));
    CHECK(gui.window->isUnlocked());
    CHECK(gui.bar()->isVisible());
    CHECK(gui.listShows(QStringLiteral("Issuer 5")));

    // The Lock menu entry asks the same; "Lock anyway" locks and the change is gone.
    child<QAction>(*gui.window, "lockAction")->trigger();
    box = unsavedChangesBox(*gui.window);
    QSignalSpy locked(gui.window.operator->(), &ui::MainWindow::locked);
    QTest::mouseClick(child<QPushButton>(*box, "dropUnsavedButton"), Qt::LeftButton);
    CHECK(locked.count() == 1);
    CHECK_FALSE(gui.window->isUnlocked());
    CHECK_FALSE(gui.bar()->isVisible());
    readOnly.makeWritable();
    CHECK(test::readAll(path) == before);
    CHECK(entriesOnDisk(path).size() == 1);
}

TEST_CASE("Closing the window with unsaved changes asks first, and Cancel keeps it open", "[ui][unsaved][faults]")
{
    ReadOnlyVaultWindow f(1);
    if (!f.readOnly.active()) {
        TWOSTEP_SKIP("cannot make the folder read-only for this process (no capset?)");
    }
    UnlockedWindow& gui = f.gui;
    gui.window->addAccounts({test::makeAccount(3)});
    REQUIRE(gui.bar()->isVisible());

    CHECK_FALSE(gui.window->close());
    QMessageBox* box = unsavedChangesBox(*gui.window);
    CHECK(child<QPushButton>(*box, "dropUnsavedButton")->text() == QStringLiteral("Quit anyway"));
    // Asking again (Ctrl+L while the question is open) does not stack a second question.
    QTest::keyClick(gui.window->listPage()->view(), Qt::Key_L, Qt::ControlModifier);
    CHECK(gui.window->findChildren<QMessageBox*>().size() == 1);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    CHECK(gui.window->isVisible());
    CHECK(gui.window->isUnlocked());
    CHECK(gui.listShows(QStringLiteral("Issuer 3")));
}

TEST_CASE("The idle lock keeps unsaved changes: it stays unlocked, and locks once they are saved",
          "[ui][unsaved][faults]")
{
    ReadOnlyVaultWindow f(1);
    if (!f.readOnly.active()) {
        TWOSTEP_SKIP("cannot make the folder read-only for this process (no capset?)");
    }
    auto& [dir, folder, path, gui, before, readOnly] = f;
    gui.window->addAccounts({test::makeAccount(4)});
    REQUIRE(gui.bar()->isVisible());

    QSignalSpy locked(gui.window.operator->(), &ui::MainWindow::locked);
    gui.window->lockWatcher()->setIdleTimeout(std::chrono::milliseconds(200));
    // Two idle periods pass: each time the save fails again and the vault stays open, asking nothing.
    CHECK_FALSE(locked.wait(1000));
    CHECK(gui.window->isUnlocked());
    CHECK(gui.bar()->isVisible());
    CHECK(gui.window->findChild<QMessageBox*>() == nullptr);
    gui.window->lockWatcher()->setIdleTimeout(std::chrono::milliseconds(0));

    // The folder becomes writable: the retry saves, and the deferred lock happens.
    readOnly.makeWritable();
    REQUIRE((locked.count() == 1 || locked.wait(10000)));
    CHECK_FALSE(gui.window->isUnlocked());
    CHECK(entriesOnDisk(path).size() == 2);
}
