// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyringStore.h"
#include "vault/Vault.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QFileSystemWatcher;
class QStackedWidget;

namespace twostep::ui {

class AccountListModel;
class AddAccountDialog;
class ImportDialog;
class AccountListPage;
class ClipboardService;
class CreateVaultPage;
class LockWatcher;
class Settings;
class TrayIcon;
class UnlockPage;
class UnsavedChangesBar;

// The application shell: create or unlock the vault, then the account list with its menus.
// Locking (Ctrl+L, idle, screen lock) drops the vault and every code and returns to the unlock
// page. Collaborators come in through the constructor.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const QString& vaultPath, Settings& settings, ClipboardService& clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Argon2id cost for a newly created vault (tests use vault::fastKdfParametersForTests()).
    void setKdfParameters(const vault::KdfParameters& kdf) { m_kdf = kdf; }

    bool isUnlocked() const { return m_vault.has_value(); }
    vault::Vault* vault() { return m_vault ? &*m_vault : nullptr; }
    AccountListModel* model() const { return m_model; }
    AccountListPage* listPage() const { return m_listPage; }
    LockWatcher* lockWatcher() const { return m_lockWatcher; }
    UnsavedChangesBar* unsavedChangesBar() const { return m_unsavedBar; }

public Q_SLOTS:
    // Ctrl+L, the menu and the tray: with changes that still cannot be saved, asks first.
    void lock();
    // Idle time and screen lock: never drops unsaved changes; stays unlocked when they cannot be saved.
    void lockAutomatically();
    // Asks first, like lock(), when changes cannot be saved.
    void quit();
    // Writes the changes kept in memory after a failed save; true when nothing is left unsaved.
    bool saveUnsavedChanges();
    void copyCode(const QString& id);
    void revealNextHotpCode(const QString& id);
    void addAccount();
    void addFromClipboard();
    // Adds to the vault; a single new time-based account opens the enrollment pair.
    void addAccounts(const QList<otp::Account>& accounts, bool offerEnrollment = true);
    void importAccounts();
    void exportAccounts();
    void showEnrollment(const QString& id);
    void showQr(const QString& id);
    void editAccount(const QString& id);
    void deleteAccount(const QString& id);
    void showSettings();
    // Unlocks with a key from the desktop keyring (at start, or "Unlock with keyring").
    void unlockWithKeyring();
    // "Remember on this computer": adds a keyring slot and stores its key, or removes them all.
    void setRememberOnThisComputer(bool remember);
    // A screenshot handed over by `twostep --scan-file`: the add-account flow scans it now, or
    // right after the unlock when the vault is locked. Returns the dialog when it opened.
    AddAccountDialog* scanImageFile(const QString& path);
    // Brings the window to the front (a second start of twostep asks for this).
    void raiseFromOutside();
    // `--minimized`: stay hidden with the tray icon shown, or minimized without a tray.
    void startInTray();

Q_SIGNALS:
    void unlocked();
    void locked();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    AddAccountDialog* openAddDialog();
    ImportDialog* openImportDialog();
    QList<otp::Account> existingAccounts() const;
    void createMenus();
    void applySettings();
    void createVault();
    void unlockVault();
    void enterVault(vault::Vault vault);
    void reloadEntries();
    void updateActions();
    void showAccountMenu(const QString& id, const QPoint& globalPos);
    void showStatus(const QString& text);
    void showError(const Error& error);
    // After a change through the vault helpers: a failed save that kept the change shows the bar.
    bool changeDone(const Status& status, const QList<vault::VaultEntry>& before);
    void updateUnsavedBar(const Error* failure);
    void askToDropUnsaved(const QString& proceedText, const std::function<void()>& proceed);
    QString selectedId() const;

    QString m_vaultPath;
    Settings& m_settings;
    ClipboardService& m_clipboard;
    vault::KdfParameters m_kdf;
    std::optional<vault::Vault> m_vault;
    KeyringStore m_keyring;

    AccountListModel* m_model;
    QStackedWidget* m_pages;
    CreateVaultPage* m_createPage;
    UnlockPage* m_unlockPage;
    AccountListPage* m_listPage;
    LockWatcher* m_lockWatcher;
    TrayIcon* m_tray = nullptr;
    QFileSystemWatcher* m_watcher;
    QString m_pendingScanFile;
    bool m_startedInTray = false;
    UnsavedChangesBar* m_unsavedBar;
    int m_unsavedCount = 0;
    Error m_lastSaveError;
    bool m_dropUnsavedConfirmed = false;
    bool m_lockWhenSaved = false;

    QAction* m_addAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_enrollmentAction = nullptr;
    QAction* m_qrAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace twostep::ui
