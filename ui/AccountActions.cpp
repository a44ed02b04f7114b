// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountActions.h"

#include "formats/AegisIconPack.h"
#include "formats/Intake.h"
#include "otp/AwsMfaArn.h"
#include "qr/QrScanner.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"
#include "ui/ErrorText.h"
#include "ui/HandedOutCode.h"
#include "ui/StepEndChoice.h"
#include "ui/UnsavedChanges.h"
#include "ui/UsageRecorder.h"
#include "ui/VaultSession.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/QrDialog.h"
#include "ui/dialogs/ReplaceQuestion.h"
#include "vault/AccountDetailsEdit.h"
#include "vault/AccountReplace.h"
#include "vault/AwsMfaArnEdit.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileDialog>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

#include <algorithm>

namespace twostep::ui {

namespace {

// Dialogs delete themselves when closed; a lock closes every dialog of the window.
template <typename Dialog> Dialog* openOwned(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace

AccountActions::AccountActions(VaultSession& session, UnsavedChanges& unsaved, AccountListModel* model,
                               AccountListPage* listPage, ClipboardService& clipboard, QWidget* window)
    : QObject(window), m_session(session), m_unsaved(unsaved), m_model(model), m_listPage(listPage),
      m_clipboard(clipboard), m_window(window), m_usage(new UsageRecorder(session, this))
{
    connect(m_usage, &UsageRecorder::recorded, this, &AccountActions::reloadEntries);
}

QString AccountActions::selectedId() const
{
    return m_session.isOpen() ? m_listPage->currentId() : QString();
}

void AccountActions::reloadEntries()
{
    const QString current = selectedId();
    const vault::Vault* vault = m_session.vault();
    m_model->setEntries(vault != nullptr ? vault->entries() : QList<vault::VaultEntry>());
    if (m_model->rowOf(current) >= 0) {
        select(current);
    }
}

void AccountActions::select(const QString& id)
{
    m_listPage->view()->setCurrentIndex(m_listPage->proxy()->mapFromSource(m_model->index(m_model->rowOf(id))));
}

const vault::VaultEntry* AccountActions::entry(const QString& id) const
{
    const vault::Vault* vault = m_session.vault();
    return vault != nullptr ? vault->entry(id) : nullptr;
}

QList<otp::Account> AccountActions::existingAccounts() const
{
    QList<otp::Account> existing;
    if (const vault::Vault* vault = m_session.vault()) {
        for (const vault::VaultEntry& entry : vault->entries()) {
            existing.append(entry.account);
        }
    }
    return existing;
}

void AccountActions::copyCode(const QString& id)
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
    // The list turns its codes over on a timer, which a busy event loop runs late.
    m_model->refreshCodes();
    const StepEndChoice choice(index.data(AccountListModel::CodeRole).toString(),
                               index.data(AccountListModel::NextCodeRole).toString(),
                               index.data(AccountListModel::SecondsRemainingRole).toLongLong(), m_nearStepEnd);
    const auto now = std::chrono::floor<std::chrono::seconds>(m_model->clock()());
    recordHandedOut(id, otp::timeStep(now, index.data(AccountListModel::PeriodRole).toLongLong()) +
                            (choice.next() ? 1 : 0));
    m_clipboard.copySecret(choice.code());
    m_usage->record(id);
    Q_EMIT statusMessage(choice.statusText(m_clipboard.clearAfterSeconds()));
}

void AccountActions::revealNextHotpCode(const QString& id)
{
    vault::Vault* vault = m_session.vault();
    if (vault == nullptr) {
        return;
    }
    Result<QString> code = vault->nextHotpCode(id);
    if (!code) {
        showError(code.error());
        return;
    }
    m_unsaved.update();
    m_model->setRevealedCode(id, code.value());
    m_clipboard.copySecret(code.value());
    m_usage->record(id);
    Q_EMIT statusMessage(tr("Next code copied."));
}

void AccountActions::flushUsage()
{
    m_usage->flush();
}

template <typename Dialog> Dialog* AccountActions::openAdding(bool offerEnrollment)
{
    if (!m_session.isOpen()) {
        return nullptr;
    }
    auto* dialog = new Dialog(existingAccounts(), m_window);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, offerEnrollment] { addAccounts(dialog->accounts(), offerEnrollment); });
    return openOwned(dialog);
}

AddAccountDialog* AccountActions::openAddDialog()
{
    return openAdding<AddAccountDialog>(true);
}

ImportDialog* AccountActions::openImportDialog()
{
    // Imported accounts usually have their MFA device already.
    return openAdding<ImportDialog>(false);
}

void AccountActions::addAccounts(const QList<otp::Account>& accounts, bool offerEnrollment)
{
    const vault::Vault* vault = m_session.vault();
    if (vault == nullptr || accounts.isEmpty()) {
        return;
    }
    const QStringList twins = olderTwinIds(accounts, vault->entries());
    if (std::all_of(twins.cbegin(), twins.cend(), [](const QString& id) { return id.isEmpty(); })) {
        addReplacing(accounts, {}, offerEnrollment);
        return;
    }
    QMessageBox* question = createReplaceQuestion(accounts, twins, vault->entries(), m_window);
    // Also when a lock closes the question: addReplacing then finds no vault and adds nothing.
    connect(question, &QMessageBox::finished, this, [this, question, accounts, twins, offerEnrollment] {
        addReplacing(accounts, replaceChosen(*question) ? twins : QStringList(), offerEnrollment);
    });
    openOwned(question);
}

void AccountActions::addReplacing(const QList<otp::Account>& accounts, const QStringList& replacedIds,
                                  bool offerEnrollment)
{
    vault::Vault* vault = m_session.vault();
    if (vault == nullptr) {
        return;
    }
    QList<vault::VaultEntry> kept = vault->entries();
    kept.removeIf([&replacedIds](const vault::VaultEntry& entry) { return replacedIds.contains(entry.id); });
    QList<otp::Account> toAdd = accounts;
    QStringList withoutArn; // an ARN names one account (twostep-cli code ARN)
    for (const vault::TakenAwsMfaArn& taken : vault::dropTakenAwsMfaArns(toAdd, kept)) {
        withoutArn.append(tr("%1 (its MFA device ARN is already %2's)").arg(taken.label, taken.owner));
    }
    const vault::SaveOutcome<QList<vault::VaultEntry>> added = vault::addAccountsReplacing(*vault, toAdd, replacedIds);
    // An account kept unsaved is not offered for enrollment: the MFA device could outlive it.
    if (!changeDone(added)) {
        return;
    }
    const QList<vault::VaultEntry>& entries = added.value();
    QString message = tr("%n account(s) added.", nullptr, static_cast<int>(entries.size()));
    if (!withoutArn.isEmpty()) {
        message +=
            QLatin1Char(' ') + tr("Added without an MFA device ARN: %1.").arg(withoutArn.join(QStringLiteral("; ")));
    }
    Q_EMIT statusMessage(message);
    if (offerEnrollment && entries.size() == 1 && entries.first().account.parameters.isTimeBased() &&
        (otp::isAwsIssuer(entries.first().account.issuer) || !otp::awsMfaArn(entries.first().account).isEmpty())) {
        select(entries.first().id);
        // AWS's "Assign MFA device" asks for two consecutive codes right away; others use the menu entry.
        showEnrollment(entries.first().id);
    }
}

void AccountActions::openDroppedFiles(const QList<QUrl>& urls)
{
    QStringList images;
    QStringList others;
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            const QString path = url.toLocalFile();
            (qr::isImageFile(path) ? images : others).append(path);
        }
    }
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
}

bool AccountActions::acceptsDrop(const QMimeData& mime)
{
    return mime.hasUrls() || formats::isOtpUriText(mime.text()) || formats::isSecretKeyText(mime.text());
}

void AccountActions::openDropped(const QMimeData& mime)
{
    if (mime.hasUrls() && mime.urls().constFirst().isLocalFile()) {
        openDroppedFiles(mime.urls());
    } else if (acceptsDrop(mime)) {
        addFromText(mime.text());
    }
}

void AccountActions::addFromText(const QString& text)
{
    if (AddAccountDialog* dialog = openAddDialog()) {
        dialog->addText(text);
    }
}

void AccountActions::exportAccounts()
{
    if (const vault::Vault* vault = m_session.vault()) {
        openOwned(new ExportDialog(vault->entries(), m_clipboard, m_window));
    }
}

void AccountActions::showEnrollment(const QString& id)
{
    if (const vault::VaultEntry* found = entry(id)) {
        auto* dialog = new EnrollmentDialog(found->account, m_clipboard, m_window, m_model->clock());
        dialog->setAccountId(found->id);
        if (const vault::VaultEntry* older = olderTwinOf(*found, m_session.vault()->entries())) {
            dialog->setOlderTwin(older->created);
        }
        openOwned(dialog);
    }
}

void AccountActions::showQr(const QString& id)
{
    if (const vault::VaultEntry* found = entry(id)) {
        openOwned(QrDialog::forAccount(found->account, m_window));
    }
}

void AccountActions::editAccount(const QString& id)
{
    const vault::VaultEntry* found = entry(id);
    if (found == nullptr) {
        return;
    }
    auto* dialog = new EditAccountDialog(found->account.issuer, found->account.name, m_window);
    dialog->showAdded(found->created);
    const QString arn = otp::awsMfaArn(found->account);
    if (!arn.isEmpty() || otp::isAwsIssuer(found->account.issuer)) {
        dialog->showAwsMfaArn(arn);
    }
    const otp::AccountDetails details = found->account.details;
    dialog->showDetails(details);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog, arn, details] {
        if (vault::Vault* vault = m_session.vault()) {
            if (changeDone(vault->renameAccount(id, dialog->issuer(), dialog->name())) && dialog->awsMfaArn() != arn) {
                changeDone(vault::setAwsMfaArn(*vault, id, dialog->awsMfaArn()));
            }
            if (dialog->details() != details) {
                changeDone(vault::setAccountDetails(*vault, id, dialog->details()));
            }
            reloadEntries();
        }
    });
    openOwned(dialog);
}

void AccountActions::toggleFavorite(const QString& id)
{
    vault::Vault* vault = m_session.vault();
    const vault::VaultEntry* found = entry(id);
    if (vault == nullptr || found == nullptr) {
        return;
    }
    otp::AccountDetails details = found->account.details;
    details.favorite = !details.favorite;
    changeDone(vault::setAccountDetails(*vault, id, details));
    reloadEntries();
}

void AccountActions::moveAccount(const QString& id, int index)
{
    if (vault::Vault* vault = m_session.vault(); vault != nullptr && changeDone(vault->moveAccount(id, index))) {
        reloadEntries();
    }
}

void AccountActions::importIconPack()
{
    if (m_session.vault() == nullptr) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import an Aegis icon pack"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Icon packs (*.zip)"));
    if (!path.isEmpty()) {
        importIconPackFile(path);
    }
}

void AccountActions::importIconPackFile(const QString& path)
{
    vault::Vault* vault = m_session.vault();
    if (vault == nullptr) {
        return;
    }
    QFile file(path);
    if (file.size() > formats::iconPackLimits::kMaxFileSize || !file.open(QIODevice::ReadOnly)) {
        showError(makeError(ErrorCode::LimitExceeded, file.errorString()));
        return;
    }
    Result<formats::IconPack> pack = formats::readAegisIconPack(file.readAll());
    if (!pack) {
        showError(pack.error());
        return;
    }
    QHash<QString, otp::AccountIcon> icons;
    for (const vault::VaultEntry& e : vault->entries()) {
        const formats::PackIcon* match = formats::matchIcon(*pack, e.account.issuer);
        if (e.account.details.icon.isEmpty() && match != nullptr) {
            icons.insert(e.id, match->icon);
        }
    }
    if (!icons.isEmpty() && !changeDone(vault::setAccountIcons(*vault, icons))) {
        return;
    }
    QString done =
        tr("Icons from “%1” set for %n account(s).", nullptr, static_cast<int>(icons.size())).arg(pack->name);
    if (!pack->skipped.isEmpty()) {
        done += QLatin1Char(' ') +
                tr("%n icon(s) of the pack could not be used.", nullptr, static_cast<int>(pack->skipped.size()));
    }
    Q_EMIT statusMessage(done);
}

QAction* AccountActions::addFavoriteAction(QMenu& menu, const QString& id)
{
    const vault::VaultEntry* found = entry(id);
    const bool favorite = found != nullptr && found->account.details.favorite;
    QAction* action = menu.addAction(favorite ? tr("Remove from favourites") : tr("Add to favourites"));
    action->setObjectName(QStringLiteral("favoriteAction"));
    connect(action, &QAction::triggered, this, [this, id] { toggleFavorite(id); });
    return action;
}

void AccountActions::deleteAccount(const QString& id)
{
    const vault::VaultEntry* found = entry(id);
    if (found == nullptr) {
        return;
    }
    QMessageBox* box = createDeleteConfirmation(found->account, m_window);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, box](QAbstractButton* button) {
        vault::Vault* vault = m_session.vault();
        if (vault == nullptr || box->buttonRole(button) != QMessageBox::DestructiveRole) {
            return;
        }
        changeDone(vault->removeAccount(id));
    });
    openOwned(box);
}

void AccountActions::showError(const Error& error)
{
    QMessageBox::warning(m_window, tr("Twostep"), errorText(error));
}

bool AccountActions::changeDone(const vault::SaveOutcome<>& outcome)
{
    switch (outcome.kind()) {
    case vault::SaveKind::Saved:
        reloadEntries();
        m_unsaved.update();
        return true;
    case vault::SaveKind::KeptUnsaved:
        reloadEntries();
        m_unsaved.update(&outcome.error());
        return false;
    case vault::SaveKind::Refused:
        break;
    }
    showError(outcome.error());
    return false;
}

} // namespace twostep::ui
