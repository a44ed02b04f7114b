// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/VaultSession.h"

#include "ui/BackgroundJob.h"
#include "ui/BusyCursor.h"
#include "ui/CreateVaultPage.h"
#include "ui/ErrorText.h"
#include "ui/UnlockPage.h"
#include "ui/dialogs/PasswordDialog.h"

#include <QApplication>
#include <QFileSystemWatcher>
#include <QMessageBox>

#include <utility>

namespace twostep::ui {

VaultSession::VaultSession(const QString& vaultPath, CreateVaultPage* createPage, UnlockPage* unlockPage,
                           QWidget* window)
    : QObject(window), m_vaultPath(vaultPath), m_createPage(createPage), m_unlockPage(unlockPage), m_window(window),
      m_kdf(vault::defaultKdfParameters()), m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Our own saves land here too: only a newer generation from elsewhere resets the list.
        const std::uint64_t before = m_vault ? m_vault->generation() : 0;
        if (m_vault && m_vault->reload() && m_vault->generation() != before) {
            Q_EMIT changedElsewhere();
        }
        reportRollback();
        // Atomic saves replace the file, which drops it from the watch list.
        watchFile();
    });
}

VaultSession::~VaultSession() = default;

void VaultSession::create()
{
    if (m_deriving) {
        return;
    }
    m_deriving = true;
    m_createPage->setBusy(true);
    runInBackground(
        this,
        [path = m_vaultPath, kdf = m_kdf, password = m_createPage->takePassword()]() mutable {
            Result<vault::Vault> created = vault::Vault::create(path, password, kdf);
            password.clear();
            return created;
        },
        [this](Result<vault::Vault> created) {
            m_deriving = false;
            m_createPage->setBusy(false);
            if (!created) {
                m_createPage->showError(errorText(created.error()));
                return;
            }
            enter(std::move(created).value());
        });
}

void VaultSession::unlock()
{
    if (m_deriving) {
        return;
    }
    m_deriving = true;
    m_unlockPage->setBusy(true);
    runInBackground(
        this,
        [path = m_vaultPath, password = m_unlockPage->takePassword()]() mutable {
            Result<vault::Vault> opened = vault::Vault::open(path, password);
            password.clear();
            return opened;
        },
        [this](Result<vault::Vault> opened) { unlocked(std::move(opened)); });
}

void VaultSession::unlocked(Result<vault::Vault> opened)
{
    m_deriving = false;
    m_unlockPage->setBusy(false);
    if (m_vault) {
        return; // the keyring opened it meanwhile
    }
    if (!opened) {
        // The core's detail adds nothing to "wrong password"; a hint does.
        m_unlockPage->showError(opened.error().code == ErrorCode::WrongPassword
                                    ? errorTitle(ErrorCode::WrongPassword) + QLatin1Char(' ') +
                                          tr("Check Caps Lock and the keyboard layout.")
                                    : errorText(opened.error()));
        return;
    }
    const bool remember = m_unlockPage->rememberRequested();
    enter(std::move(opened).value());
    if (remember) {
        setRemembered(true);
    }
}

void VaultSession::unlockWithKeyring()
{
    if (m_vault || m_deriving) {
        return;
    }
    m_unlockPage->setBusy(true);
    Result<vault::Vault> opened = m_keyring.open(m_vaultPath);
    m_unlockPage->setBusy(false);
    if (m_vault) {
        return;
    }
    if (opened) {
        enter(std::move(opened).value());
        return;
    }
    const ErrorCode code = opened.error().code;
    if (code == ErrorCode::NotFound || code == ErrorCode::IoError) {
        m_unlockPage->showHint(KeyringStore::errorText(opened.error()) + QLatin1Char(' ') + tr("Enter the password."));
    } else {
        m_unlockPage->showError(errorText(opened.error()));
    }
}

void VaultSession::setRemembered(bool remember)
{
    if (!m_vault) {
        return;
    }
    // Forgetting rotates the vault's key, and the password slot can only be re-wrapped with the
    // key the password derived: a session opened through the keyring has none yet.
    if (!remember && !m_vault->holdsPasswordKey()) {
        askPasswordThenForget();
        return;
    }
    const Status done = [&] {
        const BusyCursor busy;
        return remember ? m_keyring.remember(*m_vault) : m_keyring.forget(*m_vault);
    }();
    if (!done) {
        QMessageBox::warning(m_window, m_window->windowTitle(),
                             (remember ? tr("Twostep could not remember the vault on this computer.")
                                       : tr("Twostep could not forget the vault on this computer.")) +
                                 QLatin1Char('\n') + KeyringStore::errorText(done.error()));
        return;
    }
    Q_EMIT statusMessage(remember ? tr("This computer's keyring now unlocks the vault.")
                                  : tr("The keyring no longer unlocks the vault; the password does."));
}

void VaultSession::askPasswordThenForget()
{
    auto* dialog = new PasswordDialog(tr("Turning this off gives the vault a new key, which needs its password: the "
                                         "vault was unlocked through the keyring."),
                                      m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordDialog::passwordEntered, this, [this, dialog] {
        if (!m_vault) {
            dialog->reject();
            return;
        }
        dialog->setBusy(true);
        runInBackground(
            dialog,
            [derive = m_vault->passwordKeyDeriver(), password = dialog->takePassword()]() mutable {
                Result<vault::Vault::PasswordKey> derived = derive(password);
                password.clear();
                return derived;
            },
            [this, dialog](Result<vault::Vault::PasswordKey> derived) {
                dialog->setBusy(false);
                const Status used = !m_vault  ? Status{makeError(ErrorCode::NotFound, QStringLiteral("locked"))}
                                    : derived ? m_vault->usePasswordKey(*derived)
                                              : Status{derived.error()};
                if (!used) {
                    dialog->showError(errorTitle(used.error().code));
                    return;
                }
                dialog->accept();
                setRemembered(false);
            });
    });
    dialog->open();
}

void VaultSession::close()
{
    if (!m_vault) {
        return;
    }
    if (!m_watcher->files().isEmpty()) {
        m_watcher->removePaths(m_watcher->files());
    }
    m_unlockPage->setKeyringAvailable(!m_vault->keyringSlotIds().isEmpty());
    m_vault.reset();
    m_unlockPage->reset();
}

void VaultSession::enter(vault::Vault vault)
{
    m_vault.emplace(std::move(vault));
    m_unlockPage->reset();
    m_createPage->reset();
    watchFile();
    Q_EMIT opened();
    reportRollback();
}

void VaultSession::reportRollback()
{
    if (!m_vault) {
        return;
    }
    if (const std::optional<vault::Rollback> rollback = m_vault->takeRollback()) {
        Q_EMIT rolledBack(*rollback);
    }
}

void VaultSession::watchFile()
{
    // The vault's canonical path: a symlink's target is the file that saves replace.
    if (m_vault && !m_watcher->files().contains(m_vault->path())) {
        m_watcher->addPath(m_vault->path());
    }
}

} // namespace twostep::ui
