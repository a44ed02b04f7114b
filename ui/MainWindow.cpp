// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AccountDelegate.h"
#include "AccountListModel.h"
#include "AccountListPage.h"
#include "AddAccountDialog.h"
#include "ClipboardService.h"
#include "CreateVaultPage.h"
#include "EditAccountDialog.h"
#include "EnrollmentDialog.h"
#include "ErrorText.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "LockWatcher.h"
#include "QrDialog.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"
#include "UnlockPage.h"
#include "UnsavedChangesBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace twostep::ui {

MainWindow::MainWindow(const QString& vaultPath, Settings& settings, ClipboardService& clipboard, QWidget* parent)
    : QMainWindow(parent), m_vaultPath(vaultPath), m_settings(settings), m_clipboard(clipboard),
      m_kdf(vault::defaultKdfParameters()), m_model(new AccountListModel(this)), m_pages(new QStackedWidget(this)),
      m_createPage(new CreateVaultPage(vaultPath, this)), m_unlockPage(new UnlockPage(vaultPath, this)),
      m_listPage(new AccountListPage(m_model, this)), m_lockWatcher(new LockWatcher(this)),
      m_watcher(new QFileSystemWatcher(this)), m_unsavedBar(new UnsavedChangesBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Twostep"));
    m_pages->addWidget(m_createPage);
    m_pages->addWidget(m_unlockPage);
    m_pages->addWidget(m_listPage);
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto* barRow = new QVBoxLayout;
    barRow->setContentsMargins(8, 8, 8, 0);
    barRow->addWidget(m_unsavedBar);
    column->addLayout(barRow);
    column->addWidget(m_pages, 1);
    setCentralWidget(central);
    setAcceptDrops(true);

    createActions();
    createMenus();
    m_tray = new TrayIcon(m_model, m_lockAction, m_quitAction, this);

    connect(m_createPage, &CreateVaultPage::createRequested, this, &MainWindow::createVault);
    connect(m_unlockPage, &UnlockPage::unlockRequested, this, &MainWindow::unlockVault);
    connect(m_unlockPage, &UnlockPage::keyringUnlockRequested, this, &MainWindow::unlockWithKeyring);
    connect(m_listPage, &AccountListPage::copyRequested, this, &MainWindow::copyCode);
    connect(m_listPage, &AccountListPage::nextCodeRequested, this, &MainWindow::revealNextHotpCode);
    connect(m_listPage, &AccountListPage::contextMenuRequested, this, &MainWindow::showAccountMenu);
    connect(m_listPage, &AccountListPage::addAccountRequested, this, &MainWindow::addAccount);
    connect(m_listPage, &AccountListPage::pasteRequested, this, &MainWindow::addFromClipboard);
    connect(m_listPage->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_lockWatcher, &LockWatcher::lockRequested, this,
            [this](bool automatic) { automatic ? lockAutomatically() : lock(); });
    connect(m_unsavedBar, &UnsavedChangesBar::retryRequested, this, [this](bool byUser) {
        // Whoever clicks "Try again" is at the keyboard: a deferred automatic lock is no longer wanted.
        m_lockWhenSaved = m_lockWhenSaved && !byUser;
        saveUnsavedChanges();
    });
    connect(m_tray, &TrayIcon::copyRequested, this, &MainWindow::copyCode);
    connect(m_tray, &TrayIcon::toggleWindowRequested, this, [this] { setVisible(!isVisible()); });
    connect(&m_settings, &Settings::changed, this, &MainWindow::applySettings);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Our own saves land here too: only a newer generation from elsewhere resets the list.
        const std::uint64_t before = m_vault ? m_vault->generation() : 0;
        if (m_vault && m_vault->reload() && m_vault->generation() != before) {
            reloadEntries();
        }
        // Atomic saves replace the file, which drops it from the watch list.
        if (!m_watcher->files().contains(m_vaultPath)) {
            m_watcher->addPath(m_vaultPath);
        }
    });

    m_pages->setCurrentWidget(vault::Vault::exists(vaultPath) ? static_cast<QWidget*>(m_unlockPage) : m_createPage);
    m_pages->currentWidget()->setFocus();
    // Only at start: after a lock the keyring waits for "Unlock with keyring", or a lock would undo itself.
    if (m_pages->currentWidget() == m_unlockPage) {
        const Result<QStringList> slotIds = vault::Vault::keyringSlotIds(vaultPath);
        if (slotIds && !slotIds->isEmpty()) {
            m_unlockPage->setKeyringAvailable(true);
            QTimer::singleShot(0, this, &MainWindow::unlockWithKeyring);
        }
    }
    applySettings();
    updateActions();
    resize(520, 600);
}

MainWindow::~MainWindow()
{
    m_model->clear();
}

void MainWindow::createActions()
{
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        return action;
    };
    m_pasteAction = make(tr("Add from clip&board"), QStringLiteral("pasteAction"), QKeySequence::Paste);
    m_addAction = make(tr("&Add account…"), QStringLiteral("addAccountAction"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_importAction = make(tr("&Import…"), QStringLiteral("importAction"));
    m_exportAction = make(tr("&Export…"), QStringLiteral("exportAction"));
    m_lockAction = make(tr("&Lock"), QStringLiteral("lockAction"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_settingsAction = make(tr("&Settings…"), QStringLiteral("settingsAction"), QKeySequence::Preferences);
    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit);
    m_copyAction = make(tr("&Copy code"), QStringLiteral("copyCodeAction"));
    m_enrollmentAction = make(tr("Show &MFA codes 1 and 2…"), QStringLiteral("enrollmentAction"));
    m_qrAction = make(tr("Show &QR code…"), QStringLiteral("showQrAction"));
    m_editAction = make(tr("&Edit…"), QStringLiteral("editAccountAction"), QKeySequence(Qt::Key_F2));
    m_deleteAction = make(tr("&Delete…"), QStringLiteral("deleteAccountAction"), QKeySequence::Delete);
    m_aboutAction = make(tr("&About Twostep"), QStringLiteral("aboutAction"));
    for (QAction* action : {m_lockAction, m_editAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
    }

    connect(m_addAction, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::addFromClipboard);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importAccounts);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportAccounts);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyCode(selectedId()); });
    connect(m_enrollmentAction, &QAction::triggered, this, [this] { showEnrollment(selectedId()); });
    connect(m_qrAction, &QAction::triggered, this, [this] { showQr(selectedId()); });
    connect(m_editAction, &QAction::triggered, this, [this] { editAccount(selectedId()); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteAccount(selectedId()); });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Twostep"),
                           tr("Twostep %1 — a desktop authenticator (virtual MFA device).\nGPL-3.0-or-later.")
                               .arg(QStringLiteral(TWOSTEP_VERSION)));
    });
}

void MainWindow::createMenus()
{
    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    vaultMenu->addAction(m_addAction);
    vaultMenu->addAction(m_pasteAction);
    vaultMenu->addAction(m_importAction);
    vaultMenu->addAction(m_exportAction);
    vaultMenu->addSeparator();
    vaultMenu->addAction(m_lockAction);
    vaultMenu->addAction(m_settingsAction);
    vaultMenu->addSeparator();
    vaultMenu->addAction(m_quitAction);

    QMenu* accountMenu = menuBar()->addMenu(tr("&Account"));
    for (QAction* action : {m_copyAction, m_enrollmentAction, m_qrAction, m_editAction, m_deleteAction}) {
        accountMenu->addAction(action);
    }
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);
}

void MainWindow::applySettings()
{
    m_clipboard.setClearAfterSeconds(m_settings.clipboardClearSeconds());
    m_lockWatcher->setIdleMinutes(m_settings.idleLockMinutes());
    m_lockWatcher->setFollowScreenLock(m_settings.lockOnScreenLock());
    m_listPage->delegate()->setAlwaysShowNextCode(m_settings.alwaysShowNextCode());
    m_listPage->view()->viewport()->update();
    m_tray->setVisible(m_settings.closeToTray() || m_startedInTray);
}

void MainWindow::updateActions()
{
    const bool open = m_vault.has_value();
    const bool hasSelection = open && !selectedId().isEmpty();
    for (QAction* action : {m_addAction, m_pasteAction, m_importAction, m_lockAction}) {
        action->setEnabled(open);
    }
    m_exportAction->setEnabled(open && m_model->rowCount() > 0);
    for (QAction* action : {m_copyAction, m_enrollmentAction, m_qrAction, m_editAction, m_deleteAction}) {
        action->setEnabled(hasSelection);
    }
}

QString MainWindow::selectedId() const
{
    return m_vault ? m_listPage->currentId() : QString();
}

void MainWindow::createVault()
{
    const SecretBytes password = m_createPage->takePassword();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<vault::Vault> created = vault::Vault::create(m_vaultPath, password, m_kdf);
    QApplication::restoreOverrideCursor();
    if (!created) {
        m_createPage->showError(errorText(created.error()));
        return;
    }
    enterVault(std::move(created).value());
}

void MainWindow::unlockVault()
{
    const SecretBytes password = m_unlockPage->takePassword();
    m_unlockPage->setBusy(true);
    // Paint "Unlocking…" before the key derivation blocks for half a second.
    m_unlockPage->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<vault::Vault> opened = vault::Vault::open(m_vaultPath, password);
    QApplication::restoreOverrideCursor();
    m_unlockPage->setBusy(false);
    if (!opened) {
        // The core's detail adds nothing to "wrong password"; a hint does.
        m_unlockPage->showError(opened.error().code == ErrorCode::WrongPassword
                                    ? errorTitle(ErrorCode::WrongPassword) + QLatin1Char(' ') +
                                          tr("Check Caps Lock and the keyboard layout.")
                                    : errorText(opened.error()));
        return;
    }
    const bool remember = m_unlockPage->rememberRequested();
    enterVault(std::move(opened).value());
    if (remember) {
        setRememberOnThisComputer(true);
    }
}

void MainWindow::unlockWithKeyring()
{
    if (m_vault || m_pages->currentWidget() != m_unlockPage) {
        return;
    }
    m_unlockPage->setBusy(true);
    Result<vault::Vault> opened = m_keyring.open(m_vaultPath);
    m_unlockPage->setBusy(false);
    if (m_vault) {
        return;
    }
    if (opened) {
        enterVault(std::move(opened).value());
        return;
    }
    const ErrorCode code = opened.error().code;
    if (code == ErrorCode::NotFound || code == ErrorCode::IoError) {
        m_unlockPage->showHint(KeyringStore::errorText(opened.error()) + QLatin1Char(' ') + tr("Enter the password."));
    } else {
        m_unlockPage->showError(errorText(opened.error()));
    }
}

void MainWindow::setRememberOnThisComputer(bool remember)
{
    if (!m_vault) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = remember ? m_keyring.remember(*m_vault) : m_keyring.forget(*m_vault);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(this, windowTitle(),
                             (remember ? tr("Twostep could not remember the vault on this computer.")
                                       : tr("Twostep could not forget the vault on this computer.")) +
                                 QLatin1Char('\n') + KeyringStore::errorText(done.error()));
        return;
    }
    showStatus(remember ? tr("This computer's keyring now unlocks the vault.")
                        : tr("The keyring no longer unlocks the vault; the password does."));
}

void MainWindow::enterVault(vault::Vault vault)
{
    m_vault.emplace(std::move(vault));
    m_unlockPage->reset();
    m_createPage->reset();
    reloadEntries();
    m_pages->setCurrentWidget(m_listPage);
    m_listPage->setFocus();
    m_lockWatcher->setArmed(true);
    if (!m_watcher->files().contains(m_vaultPath)) {
        m_watcher->addPath(m_vaultPath);
    }
    updateActions();
    Q_EMIT unlocked();
    if (!m_pendingScanFile.isEmpty()) {
        scanImageFile(std::exchange(m_pendingScanFile, QString()));
    }
}

void MainWindow::reloadEntries()
{
    const QString current = selectedId();
    m_model->setEntries(m_vault ? m_vault->entries() : QList<vault::VaultEntry>());
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        m_listPage->view()->setCurrentIndex(m_listPage->proxy()->mapFromSource(m_model->index(row)));
    }
}

void MainWindow::lock()
{
    if (!m_vault) {
        return;
    }
    if (!m_dropUnsavedConfirmed && !saveUnsavedChanges()) {
        askToDropUnsaved(tr("Lock anyway"), [this] { lock(); });
        return;
    }
    m_dropUnsavedConfirmed = false;
    m_lockWhenSaved = false;
    m_unsavedCount = 0;
    m_unsavedBar->clear();
    // Dialogs may show codes or secrets: they go first. Focus returns here only if it was ours.
    const bool wasActive = QApplication::activeWindow() != nullptr;
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
        dialog->close();
    }
    m_clipboard.clearIfOurs();
    m_lockWatcher->setArmed(false);
    m_watcher->removePaths(m_watcher->files());
    m_model->clear();
    m_listPage->clearFilter();
    m_unlockPage->setKeyringAvailable(!m_vault->keyringSlotIds().isEmpty());
    m_vault.reset();
    m_unlockPage->reset();
    m_pages->setCurrentWidget(m_unlockPage);
    if (wasActive) {
        activateWindow();
    }
    m_unlockPage->setFocus();
    updateActions();
    showStatus(tr("Locked."));
    Q_EMIT locked();
}

void MainWindow::copyCode(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row);
    if (!index.data(AccountListModel::TimeBasedRole).toBool()) {
        revealNextHotpCode(id);
        return;
    }
    m_clipboard.copySecret(index.data(AccountListModel::CodeRole).toString());
    const int seconds = m_clipboard.clearAfterSeconds();
    showStatus(seconds > 0 ? tr("Code copied; the clipboard is cleared in %n seconds.", nullptr, seconds)
                           : tr("Code copied."));
}

void MainWindow::revealNextHotpCode(const QString& id)
{
    if (!m_vault) {
        return;
    }
    Result<QString> code = m_vault->nextHotpCode(id);
    if (!code) {
        showError(code.error());
        return;
    }
    updateUnsavedBar(nullptr);
    m_model->setRevealedCode(id, code.value());
    m_clipboard.copySecret(code.value());
    showStatus(tr("Next code copied."));
}

void MainWindow::showEnrollment(const QString& id)
{
    const vault::VaultEntry* entry = m_vault ? m_vault->entry(id) : nullptr;
    if (entry == nullptr) {
        return;
    }
    auto* dialog = new EnrollmentDialog(entry->account, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

AddAccountDialog* MainWindow::openAddDialog()
{
    if (!m_vault) {
        return nullptr;
    }
    auto* dialog = new AddAccountDialog(existingAccounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addAccounts(dialog->accounts()); });
    dialog->open();
    return dialog;
}

void MainWindow::addAccounts(const QList<otp::Account>& accounts, bool offerEnrollment)
{
    if (!m_vault || accounts.isEmpty()) {
        return;
    }
    const QList<vault::VaultEntry> before = m_vault->entries();
    Result<QList<vault::VaultEntry>> added = m_vault->addAccounts(accounts);
    // An account kept unsaved is not offered for enrollment: the MFA device could outlive it.
    if (!changeDone(added ? Status() : Status(added.error()), before)) {
        return;
    }
    const QList<vault::VaultEntry>& entries = added.value();
    showStatus(tr("%n account(s) added.", nullptr, static_cast<int>(entries.size())));
    if (offerEnrollment && entries.size() == 1 && entries.first().account.parameters.isTimeBased()) {
        const int row = m_model->rowOf(entries.first().id);
        m_listPage->view()->setCurrentIndex(m_listPage->proxy()->mapFromSource(m_model->index(row)));
        // Enrolling a new MFA device asks for two consecutive codes right away.
        showEnrollment(entries.first().id);
    }
}

void MainWindow::addAccount()
{
    openAddDialog();
}

void MainWindow::addFromClipboard()
{
    if (AddAccountDialog* dialog = openAddDialog()) {
        dialog->pasteFromClipboard();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_vault && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    static const QStringList kImageSuffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                               QStringLiteral("bmp"), QStringLiteral("gif"), QStringLiteral("webp")};
    QStringList images;
    QStringList others;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            const QString path = url.toLocalFile();
            (kImageSuffixes.contains(QFileInfo(path).suffix().toLower()) ? images : others).append(path);
        }
    }
    // Screenshots go to the QR scanner, anything else is taken for another app's export file.
    if (!images.isEmpty()) {
        if (AddAccountDialog* dialog = openAddDialog()) {
            for (const QString& path : images) {
                dialog->addImageFile(path);
            }
        }
    } else if (!others.isEmpty()) {
        if (ImportDialog* dialog = openImportDialog()) {
            dialog->openFile(others.first());
        }
    }
    event->acceptProposedAction();
}

QList<otp::Account> MainWindow::existingAccounts() const
{
    QList<otp::Account> existing;
    if (m_vault) {
        for (const vault::VaultEntry& entry : m_vault->entries()) {
            existing.append(entry.account);
        }
    }
    return existing;
}

ImportDialog* MainWindow::openImportDialog()
{
    if (!m_vault) {
        return nullptr;
    }
    auto* dialog = new ImportDialog(existingAccounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addAccounts(dialog->accounts(), false); });
    dialog->open();
    return dialog;
}

void MainWindow::importAccounts()
{
    openImportDialog();
}

void MainWindow::exportAccounts()
{
    if (!m_vault) {
        return;
    }
    auto* dialog = new ExportDialog(m_vault->entries(), m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showQr(const QString& id)
{
    const vault::VaultEntry* entry = m_vault ? m_vault->entry(id) : nullptr;
    if (entry == nullptr) {
        return;
    }
    QrDialog* dialog = QrDialog::forAccount(entry->account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editAccount(const QString& id)
{
    const vault::VaultEntry* entry = m_vault ? m_vault->entry(id) : nullptr;
    if (entry == nullptr) {
        return;
    }
    auto* dialog = new EditAccountDialog(entry->account.issuer, entry->account.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        if (!m_vault) {
            return;
        }
        const QList<vault::VaultEntry> before = m_vault->entries();
        changeDone(m_vault->renameAccount(id, dialog->issuer(), dialog->name()), before);
    });
    dialog->open();
}

void MainWindow::deleteAccount(const QString& id)
{
    const vault::VaultEntry* entry = m_vault ? m_vault->entry(id) : nullptr;
    if (entry == nullptr) {
        return;
    }
    QMessageBox* box = createDeleteConfirmation(entry->account, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, box](QAbstractButton* button) {
        if (!m_vault || box->buttonRole(button) != QMessageBox::DestructiveRole) {
            return;
        }
        const QList<vault::VaultEntry> before = m_vault->entries();
        changeDone(m_vault->removeAccount(id), before);
    });
    box->open();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRememberOnThisComputer(m_vault && !m_vault->keyringSlotIds().isEmpty(), m_vault.has_value());
    connect(dialog, &SettingsDialog::rememberOnThisComputerChanged, this, &MainWindow::setRememberOnThisComputer);
    dialog->open();
}

AddAccountDialog* MainWindow::scanImageFile(const QString& path)
{
    raiseFromOutside();
    if (!m_vault) {
        m_pendingScanFile = path;
        showStatus(tr("Unlock to add the accounts of %1.").arg(QFileInfo(path).fileName()));
        return nullptr;
    }
    AddAccountDialog* dialog = openAddDialog();
    dialog->addImageFile(path);
    return dialog;
}

void MainWindow::raiseFromOutside()
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::startInTray()
{
    m_startedInTray = true;
    if (m_tray->isAvailable()) {
        m_tray->setVisible(true);
        hide();
    } else {
        showMinimized();
    }
}

void MainWindow::showAccountMenu(const QString& id, const QPoint& globalPos)
{
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_enrollmentAction);
    menu.addAction(m_qrAction);
    menu.addSeparator();
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
    Q_UNUSED(id);
    menu.exec(globalPos);
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, 5000);
}

void MainWindow::showError(const Error& error)
{
    QMessageBox::warning(this, tr("Twostep"), errorText(error));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if ((m_settings.closeToTray() || m_startedInTray) && m_tray->isAvailable()) {
        hide();
        event->ignore();
        return;
    }
    if (!m_dropUnsavedConfirmed && !saveUnsavedChanges()) {
        event->ignore();
        askToDropUnsaved(tr("Quit anyway"), [this] { close(); });
        return;
    }
    m_clipboard.clearIfOurs();
    QMainWindow::closeEvent(event);
}

void MainWindow::quit()
{
    if (!m_dropUnsavedConfirmed && !saveUnsavedChanges()) {
        askToDropUnsaved(tr("Quit anyway"), [this] { quit(); });
        return;
    }
    // Quitting closes the window too: it must not ask a second time.
    m_dropUnsavedConfirmed = true;
    QApplication::quit();
}

void MainWindow::lockAutomatically()
{
    if (!m_vault) {
        return;
    }
    if (saveUnsavedChanges()) {
        lock();
        return;
    }
    // Locking would destroy the changes: stay unlocked, keep retrying, and lock once they are saved.
    m_lockWatcher->setArmed(true);
    // Once per deferred lock: every later idle period retries, but says nothing new.
    if (!std::exchange(m_lockWhenSaved, true)) {
        m_tray->notify(
            tr("Twostep stayed unlocked"),
            tr("%n change(s) could not be saved yet, so Twostep did not lock the vault.", nullptr, m_unsavedCount));
    }
}

bool MainWindow::saveUnsavedChanges()
{
    if (!m_vault || !m_vault->hasUnsavedChanges()) {
        updateUnsavedBar(nullptr);
        return true;
    }
    const Status saved = m_vault->saveUnsavedChanges();
    reloadEntries();
    updateUnsavedBar(saved ? nullptr : &saved.error());
    return saved.ok();
}

bool MainWindow::changeDone(const Status& status, const QList<vault::VaultEntry>& before)
{
    if (status) {
        reloadEntries();
        updateUnsavedBar(nullptr);
        return true;
    }
    if (m_vault->hasUnsavedChanges() && m_vault->entries() != before) {
        ++m_unsavedCount;
        reloadEntries();
        updateUnsavedBar(&status.error());
        return false;
    }
    showError(status.error());
    return false;
}

void MainWindow::updateUnsavedBar(const Error* failure)
{
    if (m_vault && m_vault->hasUnsavedChanges()) {
        if (failure != nullptr) {
            m_lastSaveError = *failure;
        }
        m_unsavedCount = qMax(m_unsavedCount, 1);
        m_unsavedBar->showFailure(m_unsavedCount, m_lastSaveError, QFileInfo(m_vaultPath).absolutePath());
        return;
    }
    if (!m_unsavedBar->isActive()) {
        return;
    }
    m_unsavedBar->clear();
    m_unsavedCount = 0;
    showStatus(tr("Your changes are saved now."));
    if (std::exchange(m_lockWhenSaved, false)) {
        QTimer::singleShot(0, this, &MainWindow::lock);
    }
}

void MainWindow::askToDropUnsaved(const QString& proceedText, const std::function<void()>& proceed)
{
    if (auto* asking = findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox"))) {
        asking->raise();
        asking->activateWindow();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, windowTitle(),
                                tr("%n change(s) could not be saved and will be lost.", nullptr, m_unsavedCount),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setInformativeText(errorText(m_lastSaveError));
    QPushButton* drop = box->addButton(proceedText, QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("dropUnsavedButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, drop, proceed](QAbstractButton* button) {
        if (button == drop && m_vault) {
            m_dropUnsavedConfirmed = true;
            proceed();
        }
    });
    box->open();
}

} // namespace twostep::ui
