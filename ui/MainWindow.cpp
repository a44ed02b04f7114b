// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "ui/AboutBox.h"
#include "ui/AccountActions.h"
#include "ui/AccountDelegate.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"
#include "ui/ClockBar.h"
#include "ui/ConflictCopyBar.h"
#include "ui/ConflictCopyOffers.h"
#include "ui/CreateVaultPage.h"
#include "ui/RollbackBar.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/UnlockPage.h"
#include "ui/UnsavedChanges.h"
#include "ui/UnsavedChangesBar.h"
#include "ui/VaultSession.h"
#include "ui/WindowPlacement.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/KeyringStore.h"
#include "ui/desktop/LockWatcher.h"
#include "ui/desktop/TrayIcon.h"
#include "ui/dialogs/AddAccountDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace twostep::ui {

MainWindow::MainWindow(const QString& vaultPath, Settings& settings, ClipboardService& clipboard, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_clipboard(clipboard), m_model(new AccountListModel(this)),
      m_pages(new QStackedWidget(this)), m_createPage(new CreateVaultPage(vaultPath, this)),
      m_unlockPage(new UnlockPage(vaultPath, this)), m_listPage(new AccountListPage(m_model, this)),
      m_lockWatcher(new LockWatcher(this)), m_unsavedBar(new UnsavedChangesBar(this)),
      m_session(new VaultSession(vaultPath, m_createPage, m_unlockPage, this)),
      m_unsaved(new UnsavedChanges(*m_session, m_unsavedBar, this)),
      m_actions(new AccountActions(*m_session, *m_unsaved, m_model, m_listPage, clipboard, this))
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
    m_rollbackBar = new RollbackBar(this);
    barRow->addWidget(m_rollbackBar);
    m_conflictBar = new ConflictCopyBar(this);
    barRow->addWidget(m_conflictBar);
    m_copyOffers = new ConflictCopyOffers(m_conflictBar, this);
    m_clockBar = new ClockBar(m_settings, m_model, this);
    barRow->addWidget(m_clockBar);
    column->addLayout(barRow);
    column->addWidget(m_pages, 1);
    setCentralWidget(central);
    setAcceptDrops(true);

    createActions();
    createMenus();
    m_tray = new TrayIcon(m_model, m_lockAction, m_quitAction, this);

    connect(m_createPage, &CreateVaultPage::createRequested, m_session, &VaultSession::create);
    connect(m_unlockPage, &UnlockPage::unlockRequested, m_session, &VaultSession::unlock);
    connect(m_unlockPage, &UnlockPage::keyringUnlockRequested, this, &MainWindow::unlockWithKeyring);
    m_listPage->followSettings(m_settings);
    connect(m_listPage, &AccountListPage::moveRequested, m_actions, &AccountActions::moveAccount);
    connect(m_listPage, &AccountListPage::copyRequested, this, &MainWindow::copyCode);
    connect(m_listPage, &AccountListPage::nextCodeRequested, this, &MainWindow::revealNextHotpCode);
    connect(m_listPage, &AccountListPage::contextMenuRequested, this, &MainWindow::showAccountMenu);
    connect(m_listPage, &AccountListPage::addAccountRequested, this, &MainWindow::addAccount);
    connect(m_listPage, &AccountListPage::pasteRequested, this, &MainWindow::addFromClipboard);
    connect(m_listPage, &AccountListPage::accountTextPasted, m_actions, &AccountActions::addFromText);
    connect(m_listPage->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_lockWatcher, &LockWatcher::lockRequested, this,
            [this](bool automatic) { automatic ? lockAutomatically() : lock(); });
    connect(m_tray, &TrayIcon::copyRequested, this, &MainWindow::copyCode);
    connect(m_tray, &TrayIcon::toggleWindowRequested, this, [this] { setVisible(!isVisible()); });
    connect(&m_settings, &Settings::changed, this, &MainWindow::applySettings);
    connect(m_session, &VaultSession::opened, this, &MainWindow::enterVault);
    connect(m_session, &VaultSession::changedElsewhere, m_actions, &AccountActions::reloadEntries);
    connect(m_session, &VaultSession::rolledBack, this, [this](const vault::Rollback& rollback) {
        m_rollbackBar->showRollback(rollback, m_session->vault() ? m_session->vault()->path() : m_session->vaultPath());
        m_copyOffers->offerReplacedVersion(rollback.newerCopy);
    });
    connect(m_session, &VaultSession::opened, m_copyOffers, [this] { m_copyOffers->setVault(m_session->vault()); });
    connect(this, &MainWindow::locked, m_copyOffers, [this] { m_copyOffers->setVault(nullptr); });
    connect(m_copyOffers, &ConflictCopyOffers::entriesChanged, m_actions, &AccountActions::reloadEntries);
    connect(m_copyOffers, &ConflictCopyOffers::statusMessage, this, &MainWindow::showStatus);
    connect(m_clockBar, &ClockBar::statusMessage, this, &MainWindow::showStatus);
    connect(this, &MainWindow::unlocked, m_clockBar, &ClockBar::checkSynchronisation);
    connect(m_unsaved, &UnsavedChanges::entriesChanged, m_actions, &AccountActions::reloadEntries);
    connect(m_unsaved, &UnsavedChanges::lockDue, this, &MainWindow::lock);
    connect(m_session, &VaultSession::statusMessage, this, &MainWindow::showStatus);
    connect(m_unsaved, &UnsavedChanges::statusMessage, this, &MainWindow::showStatus);
    connect(m_actions, &AccountActions::statusMessage, this, &MainWindow::showStatus);
    for (const auto signal : {&ClipboardService::copyFailed, &ClipboardService::notice}) {
        connect(&m_clipboard, signal, this, [this](const QString& text) {
            showStatus(text);
            m_tray->notify(tr("Twostep"), text);
        });
    }

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
    qApp->installEventFilter(new ScreenFit(this));
    WindowPlacement::restore(this, m_settings.windowGeometry(), QSize(520, 600));
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
    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    // The list page takes Enter and Ctrl+C itself (a shortcut here would beat the filter's own copy).
    m_copyAction =
        make(tr("&Copy code") + QLatin1Char('\t') + QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText) +
                 QStringLiteral(", ") + QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText),
             QStringLiteral("copyCodeAction"));
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
    connect(m_exportAction, &QAction::triggered, m_actions, &AccountActions::exportAccounts);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);
    AccountActions* actions = m_actions;
    connect(m_copyAction, &QAction::triggered, actions, [actions] { actions->copyCode(actions->selectedId()); });
    connect(m_enrollmentAction, &QAction::triggered, actions,
            [actions] { actions->showEnrollment(actions->selectedId()); });
    connect(m_qrAction, &QAction::triggered, actions, [actions] { actions->showQr(actions->selectedId()); });
    connect(m_editAction, &QAction::triggered, actions, [actions] { actions->editAccount(actions->selectedId()); });
    connect(m_deleteAction, &QAction::triggered, actions, [actions] { actions->deleteAccount(actions->selectedId()); });
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutBox::open(vaultPath(), this); });
}

QString MainWindow::vaultPath() const
{
    return m_session->vault() ? m_session->vault()->path() : m_session->vaultPath();
}

void MainWindow::showVaultMoved(const vault::VaultMove& move)
{
    AboutBox::openVaultMoved(move, this);
}

void MainWindow::createMenus()
{
    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    vaultMenu->addActions({m_addAction, m_pasteAction, m_importAction, m_exportAction});
    vaultMenu->addAction(tr("Import icon &pack…"), m_actions, &AccountActions::importIconPack)
        ->setObjectName(QStringLiteral("importIconPackAction"));
    vaultMenu->addSeparator();
    vaultMenu->addActions({m_lockAction, m_settingsAction});
    vaultMenu->addSeparator();
    vaultMenu->addAction(m_quitAction);
    menuBar()
        ->addMenu(tr("&Account"))
        ->addActions({m_copyAction, m_enrollmentAction, m_qrAction, m_editAction, m_deleteAction});
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);
}

void MainWindow::applySettings()
{
    m_clipboard.setClearAfterSeconds(m_settings.clipboardClearSeconds());
    m_lockWatcher->setIdleMinutes(m_settings.idleLockMinutes());
    m_lockWatcher->setFollowScreenLock(m_settings.lockOnScreenLock());
    m_listPage->delegate()->setAlwaysShowNextCode(m_settings.alwaysShowNextCode());
    m_actions->setNearStepEnd(m_settings.nearStepEnd());
    m_listPage->view()->viewport()->update();
    m_tray->setVisible(m_settings.closeToTray() || m_startedInTray);
}

void MainWindow::updateActions()
{
    const bool open = isUnlocked();
    const bool hasSelection = open && !m_actions->selectedId().isEmpty();
    for (QAction* action : {m_addAction, m_pasteAction, m_importAction, m_lockAction}) {
        action->setEnabled(open);
    }
    m_exportAction->setEnabled(open && m_model->rowCount() > 0);
    for (QAction* action : {m_copyAction, m_enrollmentAction, m_qrAction, m_editAction, m_deleteAction}) {
        action->setEnabled(hasSelection);
    }
}

void MainWindow::setKdfParameters(const vault::KdfParameters& kdf)
{
    m_session->setKdfParameters(kdf);
}

bool MainWindow::isUnlocked() const
{
    return m_session->isOpen();
}

vault::Vault* MainWindow::vault()
{
    return m_session->vault();
}

void MainWindow::unlockWithKeyring()
{
    if (m_pages->currentWidget() == m_unlockPage) {
        m_session->unlockWithKeyring();
    }
}

void MainWindow::setRememberOnThisComputer(bool remember)
{
    m_session->setRemembered(remember);
}

void MainWindow::enterVault()
{
    m_actions->reloadEntries();
    m_pages->setCurrentWidget(m_listPage);
    m_listPage->setFocus();
    m_lockWatcher->setArmed(true);
    updateActions();
    Q_EMIT unlocked();
    if (!m_pendingScanFile.isEmpty()) {
        scanImageFile(std::exchange(m_pendingScanFile, QString()));
    }
}

void MainWindow::lock()
{
    if (!isUnlocked()) {
        return;
    }
    m_actions->flushUsage();
    if (!m_unsaved->mayDrop()) {
        m_unsaved->askToDrop(tr("Lock anyway"), [this] { lock(); });
        return;
    }
    m_unsaved->reset();
    // Dialogs may show codes or secrets: they go first. Focus returns here only if it was ours.
    const bool wasActive = QApplication::activeWindow() != nullptr;
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
        dialog->close();
    }
    m_clipboard.clearIfOurs();
    m_lockWatcher->setArmed(false);
    m_model->clear();
    m_listPage->clearFilter();
    m_session->close();
    m_pages->setCurrentWidget(m_unlockPage);
    if (wasActive) {
        activateWindow();
    }
    m_unlockPage->setFocus();
    updateActions();
    showStatus(tr("Locked."));
    Q_EMIT locked();
}

void MainWindow::lockAutomatically()
{
    if (!isUnlocked()) {
        return;
    }
    if (m_unsaved->save()) {
        lock();
        return;
    }
    // Locking would destroy the changes: stay unlocked, keep retrying, and lock once they are saved.
    m_lockWatcher->setArmed(true);
    // Once per deferred lock: every later idle period retries, but says nothing new.
    if (m_unsaved->deferLock()) {
        m_tray->notify(
            tr("Twostep stayed unlocked"),
            tr("%n change(s) could not be saved yet, so Twostep did not lock the vault.", nullptr, m_unsaved->count()));
    }
}

void MainWindow::quit()
{
    if (!m_unsaved->mayDrop()) {
        m_unsaved->askToDrop(tr("Quit anyway"), [this] { quit(); });
        return;
    }
    // Quitting closes the window too: it must not ask a second time, nor go to the tray.
    m_unsaved->confirmDrop();
    m_quitting = true;
    m_settings.setWindowGeometry(saveGeometry());
    lock();
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    if (!m_quitting && (m_settings.closeToTray() || m_startedInTray) && m_tray->isAvailable()) {
        hide();
        event->ignore();
        return;
    }
    m_actions->flushUsage();
    if (!m_unsaved->mayDrop()) {
        event->ignore();
        m_unsaved->askToDrop(tr("Quit anyway"), [this] { close(); });
        return;
    }
    m_clipboard.clearIfOurs();
    QMainWindow::closeEvent(event);
}

bool MainWindow::saveUnsavedChanges()
{
    return m_unsaved->save();
}

void MainWindow::copyCode(const QString& id)
{
    m_actions->copyCode(id);
}

void MainWindow::revealNextHotpCode(const QString& id)
{
    m_actions->revealNextHotpCode(id);
}

void MainWindow::addAccount()
{
    m_actions->openAddDialog();
}

void MainWindow::addFromClipboard()
{
    if (AddAccountDialog* dialog = m_actions->openAddDialog()) {
        dialog->pasteFromClipboard();
    }
}

void MainWindow::addAccounts(const QList<otp::Account>& accounts, bool offerEnrollment)
{
    m_actions->addAccounts(accounts, offerEnrollment);
}

void MainWindow::importAccounts()
{
    m_actions->openImportDialog();
}

void MainWindow::showEnrollment(const QString& id)
{
    m_actions->showEnrollment(id);
}

void MainWindow::showQr(const QString& id)
{
    m_actions->showQr(id);
}

void MainWindow::editAccount(const QString& id)
{
    m_actions->editAccount(id);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (isUnlocked() && AccountActions::acceptsDrop(*event->mimeData())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    m_actions->openDropped(*event->mimeData());
    event->acceptProposedAction();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRememberOnThisComputer(m_session->isRemembered(), isUnlocked());
    dialog->setKeyringAvailable(KeyringStore::isAvailable());
    connect(dialog, &SettingsDialog::rememberOnThisComputerChanged, this, &MainWindow::setRememberOnThisComputer);
    Q_EMIT settingsOpened(dialog);
    dialog->open();
}

AddAccountDialog* MainWindow::scanImageFile(const QString& path)
{
    raiseFromOutside();
    if (!isUnlocked()) {
        m_pendingScanFile = path;
        showStatus(tr("Unlock to add the accounts of %1.").arg(QFileInfo(path).fileName()));
        return nullptr;
    }
    AddAccountDialog* dialog = m_actions->openAddDialog();
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
    menu.addActions({m_copyAction, m_enrollmentAction, m_qrAction});
    m_actions->addFavoriteAction(menu, id);
    menu.addSeparator();
    menu.addActions({m_editAction, m_deleteAction});
    menu.exec(globalPos);
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, 5000);
}

} // namespace twostep::ui
