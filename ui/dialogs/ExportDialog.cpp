// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ExportDialog.h"

#include "formats/Exporters.h"
#include "otp/OtpauthUri.h"
#include "ui/BusyCursor.h"
#include "ui/ErrorText.h"
#include "ui/PasswordField.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/DialogSpacing.h"
#include "ui/dialogs/FileDialogFolders.h"
#include "ui/dialogs/QrDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace twostep::ui {

namespace {

// The backup's own password, typed twice.
std::optional<SecretBytes> askNewPassword(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ExportDialog::tr("Backup password"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(ExportDialog::tr("Choose a password for the backup file. Without it the backup cannot "
                                              "be opened; it cannot be recovered."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto* first = new QLineEdit(&dialog);
    auto* second = new QLineEdit(&dialog);
    for (QLineEdit* edit : {first, second}) {
        edit->setEchoMode(QLineEdit::Password);
    }
    form->addRow(ExportDialog::tr("&Password:"), first);
    form->addRow(ExportDialog::tr("&Repeat:"), second);
    layout->addLayout(form);
    auto* mismatch = new QLabel(&dialog);
    layout->addWidget(mismatch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    const auto check = [=] {
        const bool same = first->text() == second->text();
        mismatch->setText(same || second->text().isEmpty() ? QString()
                                                           : ExportDialog::tr("The passwords do not match."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(same && !first->text().isEmpty());
    };
    QObject::connect(first, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(second, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    const bool accepted = dialog.exec() == QDialog::Accepted;
    SecretBytes password = takePassword(*first);
    forgetPassword(*second);
    if (!accepted) {
        return std::nullopt;
    }
    return password;
}

} // namespace

ExportDialog::ExportDialog(QList<vault::VaultEntry> entries, ClipboardService& clipboard, QWidget* parent)
    : QDialog(parent), m_entries(std::move(entries)), m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export accounts"));
    auto* layout = new QVBoxLayout(this);
    applyDialogSpacing(layout);
    auto* intro = new QLabel(tr("Choose the accounts to export, then how."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("exportAccountList"));
    m_list->setAccessibleName(tr("Accounts to export"));
    for (const vault::VaultEntry& entry : std::as_const(m_entries)) {
        auto* item = new QListWidgetItem(entry.account.label(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list, 1);

    auto* actions = new QVBoxLayout;
    actions->setSpacing(4);
    layout->addLayout(actions);
    const auto addAction = [&](const QString& text, const QString& objectName, const QString& help) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setAutoDefault(false);
        button->setToolTip(help);
        actions->addWidget(button);
        return button;
    };
    auto* qrButton = addAction(tr("Show &QR code of the selected account"), QStringLiteral("accountQrButton"),
                               tr("For another authenticator app: one QR code per account."));
    auto* transferButton =
        addAction(tr("&Transfer QR codes for Google Authenticator"), QStringLiteral("transferQrButton"),
                  tr("Google Authenticator's \"Transfer accounts\" format, up to 10 accounts per QR code."));
    auto* backupButton = addAction(tr("Encrypted &backup file…"), QStringLiteral("backupButton"),
                                   tr("A Twostep vault file with its own password."));
    auto* plainButton = addAction(tr("&Plain otpauth list…"), QStringLiteral("plainListButton"),
                                  tr("Unencrypted text: anyone who reads it has your accounts."));
    auto* aegisButton = addAction(tr("&Aegis JSON (for Aegis on Android)…"), QStringLiteral("aegisJsonButton"),
                                  tr("An unencrypted Aegis vault file that Aegis imports: anyone who reads it has "
                                     "your accounts."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(qrButton, &QPushButton::clicked, this, &ExportDialog::showAccountQr);
    connect(transferButton, &QPushButton::clicked, this, &ExportDialog::showTransferQrs);
    connect(backupButton, &QPushButton::clicked, this, &ExportDialog::chooseBackupFile);
    connect(plainButton, &QPushButton::clicked, this, &ExportDialog::showPlainList);
    connect(aegisButton, &QPushButton::clicked, this, &ExportDialog::chooseAegisFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExportDialog::updateButtons);
    if (!m_entries.isEmpty()) {
        m_list->setCurrentRow(0);
    }
    updateButtons();
    resize(480, 540);
}

ExportDialog::~ExportDialog() = default;

QList<vault::VaultEntry> ExportDialog::checkedEntries() const
{
    QList<vault::VaultEntry> checked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            checked.append(m_entries.at(row));
        }
    }
    return checked;
}

void ExportDialog::setChecked(int row, bool checked)
{
    m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QrDialog* ExportDialog::showAccountQr()
{
    const int row = m_list->currentRow();
    if (row < 0) {
        return nullptr;
    }
    auto* dialog = QrDialog::forAccount(m_entries.at(row).account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QrDialog* ExportDialog::showTransferQrs()
{
    auto* dialog = QrDialog::forTransfer(checkedAccounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Status ExportDialog::writeBackup(const QString& path, const SecretBytes& password,
                                 const vault::KdfParameters& kdf) const
{
    return vault::writeVaultCopy(path, checkedEntries(), password, kdf);
}

QString ExportDialog::plainList() const
{
    QStringList lines;
    for (const vault::VaultEntry& entry : checkedEntries()) {
        lines.append(otp::formatOtpauthUri(entry.account));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<otp::Account> ExportDialog::checkedAccounts() const
{
    QList<otp::Account> accounts;
    for (const vault::VaultEntry& entry : checkedEntries()) {
        accounts.append(entry.account);
    }
    return accounts;
}

Result<QStringList> ExportDialog::savePlainList(const QString& path) const
{
    if (Status written = formats::writeExportFile(path, formats::exportUriList(checkedAccounts())); !written) {
        return written.error();
    }
    return QStringList();
}

Result<QStringList> ExportDialog::saveAegisJson(const QString& path) const
{
    QStringList leftOut;
    const SecretBytes json = formats::exportAegisJson(checkedAccounts(), &leftOut);
    if (Status written = formats::writeExportFile(path, json); !written) {
        return written.error();
    }
    return leftOut;
}

void ExportDialog::chooseBackupFile()
{
    // writeVaultCopy refuses to replace a file: the dialog must not offer to, and the refusal comes
    // before the password is asked.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save encrypted backup"), FileDialogFolders::startFolder(FileDialogFolders::Kind::Documents),
        tr("Twostep vault (*.twostep)"), nullptr, QFileDialog::DontConfirmOverwrite);
    FileDialogFolders::remember(FileDialogFolders::Kind::Documents, path);
    if (path.isEmpty()) {
        return;
    }
    if (const Status fresh = formats::checkNewExportFile(path); !fresh) {
        QMessageBox::warning(this, tr("Encrypted backup"), errorText(fresh.error()));
        return;
    }
    const std::optional<SecretBytes> password = askNewPassword(this);
    if (!password) {
        return;
    }
    const Status written = [&] {
        const BusyCursor busy;
        return writeBackup(path, *password);
    }();
    if (!written) {
        QMessageBox::warning(this, tr("Encrypted backup"), errorText(written.error()));
        return;
    }
    QMessageBox::information(
        this, tr("Encrypted backup"),
        tr("%n account(s) saved to %1.", nullptr, static_cast<int>(checkedEntries().size())).arg(path));
}

void ExportDialog::showPlainList()
{
    if (!confirmPlainExport(tr("Plain otpauth list"),
                            tr("The list shows every secret key in plain text. Anyone who sees or copies it can "
                               "generate your codes. Show it anyway?"))) {
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Plain otpauth list"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QPlainTextEdit(plainList(), dialog);
    text->setObjectName(QStringLiteral("plainListEdit"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, dialog, [this, text] { m_clipboard.copySecret(text->toPlainText()); });
    auto* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePlainListButton"));
    connect(save, &QPushButton::clicked, dialog, [this] {
        savePlainFile(tr("Plain otpauth list"), QStringLiteral("twostep-accounts.txt"), tr("Text files (*.txt)"),
                      &ExportDialog::savePlainList);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    dialog->open();
}

void ExportDialog::chooseAegisFile()
{
    if (!confirmPlainExport(tr("Aegis JSON"),
                            tr("The file holds every secret key in plain text. Anyone who reads it can generate "
                               "your codes. Import it into Aegis, then delete it. Save it anyway?"))) {
        return;
    }
    savePlainFile(tr("Aegis JSON"), QStringLiteral("aegis-export.json"), tr("Aegis vault (*.json)"),
                  &ExportDialog::saveAegisJson);
}

bool ExportDialog::confirmPlainExport(const QString& title, const QString& question)
{
    return QMessageBox::warning(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
}

void ExportDialog::savePlainFile(const QString& title, const QString& suggestedName, const QString& filter,
                                 Result<QStringList> (ExportDialog::*save)(const QString&) const)
{
    // writeExportFile refuses to replace a file, so the file dialog must not offer to.
    using Folders = FileDialogFolders;
    const QString path =
        QFileDialog::getSaveFileName(this, title, Folders::suggestedPath(Folders::Kind::Documents, suggestedName),
                                     filter, nullptr, QFileDialog::DontConfirmOverwrite);
    Folders::remember(Folders::Kind::Documents, path);
    if (path.isEmpty()) {
        return;
    }
    const Result<QStringList> written = (this->*save)(path);
    if (!written) {
        QMessageBox::warning(this, title, errorText(written.error()));
        return;
    }
    // The count is what the file holds; each account left out is named with why.
    const int saved = static_cast<int>(checkedEntries().size() - written->size());
    QString message = tr("%n account(s) saved to %1.", nullptr, saved).arg(path);
    if (!written->isEmpty()) {
        message += QLatin1Char('\n') + tr("%n account(s) left out:", nullptr, static_cast<int>(written->size())) +
                   QLatin1Char('\n') + written->join(QLatin1Char('\n'));
    }
    QMessageBox::information(this, title, message);
}

void ExportDialog::updateButtons()
{
    const bool anyChecked = !checkedEntries().isEmpty();
    findChild<QPushButton*>(QStringLiteral("accountQrButton"))->setEnabled(m_list->currentRow() >= 0);
    for (const char* name : {"transferQrButton", "backupButton", "plainListButton", "aegisJsonButton"}) {
        findChild<QPushButton*>(QString::fromLatin1(name))->setEnabled(anyChecked);
    }
}

} // namespace twostep::ui
