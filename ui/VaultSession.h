// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/desktop/KeyringStore.h"
#include "vault/Vault.h"

#include <QObject>

#include <optional>

class QFileSystemWatcher;

namespace twostep::ui {

class CreateVaultPage;
class UnlockPage;

// The open vault and the ways to reach it: create it, unlock it with the password or the desktop
// keyring, remember it on this computer, and close it again. Reports to the create and unlock pages
// it was given; the window reacts to opened() and closes it when it locks.
class VaultSession final : public QObject
{
    Q_OBJECT
public:
    VaultSession(const QString& vaultPath, CreateVaultPage* createPage, UnlockPage* unlockPage, QWidget* window);
    ~VaultSession() override;

    void setKdfParameters(const vault::KdfParameters& kdf) { m_kdf = kdf; }
    const QString& vaultPath() const { return m_vaultPath; }
    bool isOpen() const { return m_vault.has_value(); }
    vault::Vault* vault() { return m_vault ? &*m_vault : nullptr; }
    const vault::Vault* vault() const { return m_vault ? &*m_vault : nullptr; }
    bool isRemembered() const { return m_vault && !m_vault->keyringSlotIds().isEmpty(); }
    // A key derivation (create or unlock) runs on a worker thread; its page shows it as busy.
    bool isDeriving() const { return m_deriving; }

    void create();
    void unlock();
    void unlockWithKeyring();
    void setRemembered(bool remember);
    // Drops the vault; the unlock page offers the keyring again when the vault has a keyring slot.
    void close();

Q_SIGNALS:
    void opened();
    // Another process saved a newer generation of the file.
    void changedElsewhere();
    // The file went back to an older generation (see vault::Rollback); the newer bytes were kept first.
    void rolledBack(const vault::Rollback& rollback);
    void statusMessage(const QString& text);

private:
    void unlocked(Result<vault::Vault> opened);
    void askPasswordThenForget();
    void enter(vault::Vault vault);
    void reportRollback();
    void watchFile();

    QString m_vaultPath;
    CreateVaultPage* m_createPage;
    UnlockPage* m_unlockPage;
    QWidget* m_window;
    vault::KdfParameters m_kdf;
    std::optional<vault::Vault> m_vault;
    KeyringStore m_keyring;
    QFileSystemWatcher* m_watcher;
    bool m_deriving = false;
};

} // namespace twostep::ui
