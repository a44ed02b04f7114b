// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/Vault.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace twostep::ui {

class ClipboardService;
class QrDialog;

// Lets accounts leave: a QR per account, transfer QRs for the checked accounts (paged by batch),
// an encrypted backup file (a new vault with its own password), or, behind a confirmation, the
// plain otpauth list (shown, copied or saved) and an unencrypted Aegis JSON file for Aegis on
// Android. Each action works on the checked accounts; all are checked at first.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(QList<vault::VaultEntry> entries, ClipboardService& clipboard, QWidget* parent = nullptr);
    ~ExportDialog() override;

    QList<vault::VaultEntry> checkedEntries() const;
    void setChecked(int row, bool checked);

    // Open a QrDialog (window-modal, deleted on close) and return it.
    QrDialog* showAccountQr();
    QrDialog* showTransferQrs();
    // The encrypted backup: fails if `path` exists (never overwrites).
    Status writeBackup(const QString& path, const SecretBytes& password,
                       const vault::KdfParameters& kdf = vault::defaultKdfParameters()) const;
    // One otpauth URI per line, for the checked accounts.
    QString plainList() const;
    // Plain files of the checked accounts (formats::writeExportFile: 0600, never overwrites).
    // The value: one line "NAME: left out, WHY" per checked account the format cannot carry.
    Result<QStringList> savePlainList(const QString& path) const;
    Result<QStringList> saveAegisJson(const QString& path) const;

private:
    void chooseBackupFile();
    void showPlainList();
    void chooseAegisFile();
    bool confirmPlainExport(const QString& title, const QString& question);
    void savePlainFile(const QString& title, const QString& suggestedName, const QString& filter,
                       Result<QStringList> (ExportDialog::*save)(const QString&) const);
    QList<otp::Account> checkedAccounts() const;
    void updateButtons();

    QList<vault::VaultEntry> m_entries;
    ClipboardService& m_clipboard;
    QListWidget* m_list = nullptr;
};

} // namespace twostep::ui
