// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/Account.h"
#include "ui/Settings.h"
#include "vault/Vault.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QMimeData;
class QAction;
class QMenu;

namespace twostep::ui {

class AccountListModel;
class AccountListPage;
class AddAccountDialog;
class ClipboardService;
class ImportDialog;
class UnsavedChanges;
class UsageRecorder;
class VaultSession;

// The account operations on the open vault: codes to the clipboard, adding (dialog, clipboard,
// dropped files, import), export, enrollment, QR, rename and delete. Dialogs open on `window`;
// a change the vault keeps unsaved goes to UnsavedChanges, other failures to a message box.
class AccountActions final : public QObject
{
    Q_OBJECT
public:
    AccountActions(VaultSession& session, UnsavedChanges& unsaved, AccountListModel* model, AccountListPage* listPage,
                   ClipboardService& clipboard, QWidget* window);

    // The current account of the list while the vault is open, else empty.
    QString selectedId() const;
    // Shows the vault's entries, keeping the current account selected.
    void reloadEntries();

    void copyCode(const QString& id);
    void setNearStepEnd(Settings::NearStepEnd choice) { m_nearStepEnd = choice; }
    void revealNextHotpCode(const QString& id);
    // Writes the copy counts still waiting for their save: before a lock or quit closes the vault.
    void flushUsage();
    AddAccountDialog* openAddDialog();
    ImportDialog* openImportDialog();
    // An account with the issuer and name of one in the vault but another secret asks first:
    // replace the old one (in the same save) or keep both.
    void addAccounts(const QList<otp::Account>& accounts, bool offerEnrollment);
    // Screenshots go to the QR scanner, anything else is taken for another app's export file.
    void openDroppedFiles(const QList<QUrl>& urls);
    // Files as openDroppedFiles, text (an otpauth link, a secret key) to the add dialog.
    static bool acceptsDrop(const QMimeData& mime);
    void openDropped(const QMimeData& mime);
    // An otpauth link or a secret key pasted or dropped on the list: the add dialog takes it.
    void addFromText(const QString& text);
    void exportAccounts();
    void showEnrollment(const QString& id);
    void showQr(const QString& id);
    void editAccount(const QString& id);
    void deleteAccount(const QString& id);
    void toggleFavorite(const QString& id);
    void moveAccount(const QString& id, int index); // the "by hand" order
    // Asks for an Aegis icon pack (zip) and gives each account without its own icon the pack's
    // icon for its issuer, stored in the vault.
    void importIconPack();
    void importIconPackFile(const QString& path);
    // "Add to favourites" or "Remove from favourites" for `id`, added to `menu`.
    QAction* addFavoriteAction(QMenu& menu, const QString& id);
    UsageRecorder* usage() const { return m_usage; }

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    // The add-account and import dialogs: both start from the vault's accounts and add their result.
    template <typename Dialog> Dialog* openAdding(bool offerEnrollment);
    void addReplacing(const QList<otp::Account>& accounts, const QStringList& replacedIds, bool offerEnrollment);
    const vault::VaultEntry* entry(const QString& id) const;
    QList<otp::Account> existingAccounts() const;
    void select(const QString& id);
    void showError(const Error& error);
    // After a change through the vault: true when saved; a change kept unsaved shows the bar,
    // a refused one a message box.
    bool changeDone(const vault::SaveOutcome<>& outcome);

    VaultSession& m_session;
    UnsavedChanges& m_unsaved;
    AccountListModel* m_model;
    AccountListPage* m_listPage;
    ClipboardService& m_clipboard;
    QWidget* m_window;
    Settings::NearStepEnd m_nearStepEnd = Settings::NearStepEnd::CopyNext;
    UsageRecorder* m_usage;
};

} // namespace twostep::ui
