// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AboutBox.h"
#include "vault/Vault.h"

#include <QMainWindow>

class QAction;
class QStackedWidget;

namespace twostep::ui {

class AccountActions;
class AccountListModel;
class AddAccountDialog;
class AccountListPage;
class ClipboardService;
class ClockBar;
class ConflictCopyBar;
class ConflictCopyOffers;
class CreateVaultPage;
class LockWatcher;
class Settings;
class TrayIcon;
class UnlockPage;
class UnsavedChanges;
class RollbackBar;
class SettingsDialog;
class UnsavedChangesBar;
class VaultSession;

// The application shell: the pages (create, unlock, account list), menus, tray and locking.
// VaultSession opens the vault, AccountActions works on its accounts, UnsavedChanges guards what
// a failed save kept in memory. Locking (Ctrl+L, idle, screen lock) drops the vault and every code
// and returns to the unlock page. Collaborators come in through the constructor.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const QString& vaultPath, Settings& settings, ClipboardService& clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Argon2id cost for a newly created vault (tests use vault::fastKdfParametersForTests()).
    void setKdfParameters(const vault::KdfParameters& kdf);

    bool isUnlocked() const;
    vault::Vault* vault();
    AccountListModel* model() const { return m_model; }
    AccountListPage* listPage() const { return m_listPage; }
    LockWatcher* lockWatcher() const { return m_lockWatcher; }
    UnsavedChangesBar* unsavedChangesBar() const { return m_unsavedBar; }
    RollbackBar* rollbackBar() const { return m_rollbackBar; }
    ConflictCopyBar* conflictCopyBar() const { return m_conflictBar; }
    ClockBar* clockBar() const { return m_clockBar; }
    AccountActions* actions() const { return m_actions; }
    TrayIcon* trayIcon() const { return m_tray; }
    // Tells the user that the vault moved from the place earlier versions used (vault::moveLegacyVault).
    void showVaultMoved(const vault::VaultMove& move);
    // The About box's text: version, licence and where the vault is.
    QString aboutText() const { return AboutBox::text(vaultPath()); }
    QString vaultPath() const;

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
    void showEnrollment(const QString& id);
    void showQr(const QString& id);
    void editAccount(const QString& id);
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
    // The Settings dialog opened: other parts add their sections to it.
    void settingsOpened(twostep::ui::SettingsDialog* dialog);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void applySettings();
    void enterVault();
    void updateActions();
    void showAccountMenu(const QString& id, const QPoint& globalPos);
    void showStatus(const QString& text);

    Settings& m_settings;
    ClipboardService& m_clipboard;

    AccountListModel* m_model;
    QStackedWidget* m_pages;
    CreateVaultPage* m_createPage;
    UnlockPage* m_unlockPage;
    AccountListPage* m_listPage;
    LockWatcher* m_lockWatcher;
    TrayIcon* m_tray = nullptr;
    UnsavedChangesBar* m_unsavedBar;
    RollbackBar* m_rollbackBar = nullptr;
    ConflictCopyBar* m_conflictBar = nullptr;
    ConflictCopyOffers* m_copyOffers = nullptr;
    ClockBar* m_clockBar = nullptr;
    VaultSession* m_session;
    UnsavedChanges* m_unsaved;
    AccountActions* m_actions;
    QString m_pendingScanFile;
    bool m_startedInTray = false;
    bool m_quitting = false;

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
