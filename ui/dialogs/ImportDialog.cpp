// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "DialogSpacing.h"
#include "ErrorText.h"
#include "PasswordField.h"
#include "formats/FormatRegistry.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace twostep::ui {

namespace {

// Decrypting a backup (scrypt, Argon2id) takes a moment on the GUI thread; say so with the cursor.
class BusyCursor final
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

void wipe(QByteArray& data)
{
    data.fill('\0');
    data.clear();
}

QString appNames()
{
    QStringList names;
    for (const formats::Importer* importer : formats::importers()) {
        names.append(importer->displayName());
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

ImportDialog::ImportDialog(QList<otp::Account> existing, QWidget* parent)
    : QDialog(parent), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import accounts"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    applyDialogSpacing(layout);

    auto* intro = new QLabel(tr("Choose an export file of another authenticator app, or drop it on this window. "
                                "Twostep reads: %1.")
                                 .arg(appNames()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(12);
    auto* fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("No file chosen"), this);
    m_fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    auto* chooseButton = new QPushButton(tr("&Choose file…"), this);
    chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    chooseButton->setAutoDefault(false);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(chooseButton);
    form->addRow(tr("File:"), fileRow);
    m_formatLabel = new QLabel(QStringLiteral("—"), this);
    m_formatLabel->setObjectName(QStringLiteral("importFormatLabel"));
    form->addRow(tr("Format:"), m_formatLabel);
    layout->addLayout(form);

    m_passwordRow = new QWidget(this);
    auto* passwordLayout = new QVBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    auto* passwordPrompt =
        new QLabel(tr("This file is encrypted. Enter the password it was exported with."), m_passwordRow);
    passwordPrompt->setWordWrap(true);
    passwordLayout->addWidget(passwordPrompt);
    auto* passwordLine = new QHBoxLayout;
    m_password = new QLineEdit(m_passwordRow);
    m_password->setObjectName(QStringLiteral("importPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* unlockButton = new QPushButton(tr("&Unlock"), m_passwordRow);
    unlockButton->setObjectName(QStringLiteral("unlockFileButton"));
    passwordLine->addWidget(m_password, 1);
    passwordLine->addWidget(unlockButton);
    passwordLayout->addLayout(passwordLine);
    m_passwordError = new QLabel(m_passwordRow);
    m_passwordError->setObjectName(QStringLiteral("importPasswordErrorLabel"));
    m_passwordError->setWordWrap(true);
    passwordLayout->addWidget(m_passwordError);
    layout->addWidget(m_passwordRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importErrorLabel"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importPreviewList"));
    layout->addWidget(m_list, 1);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("importWarningsLabel"));
    m_warnings->setWordWrap(true);
    layout->addWidget(m_warnings);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("importNotesLabel"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);
    layout->addStretch(0); // keeps the buttons at the bottom while there is no preview yet

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* importButton = m_buttons->button(QDialogButtonBox::Ok);
    importButton->setText(tr("&Import"));
    importButton->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(m_buttons);

    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(unlockButton, &QPushButton::clicked, this, &ImportDialog::unlockFile);
    connect(m_list, &QListWidget::itemChanged, this, &ImportDialog::updateImportButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reset();
    setMinimumWidth(520);
    resize(560, 520);
}

ImportDialog::~ImportDialog()
{
    wipe(m_data);
}

QList<otp::Account> ImportDialog::accounts() const
{
    return result() == QDialog::Accepted ? checkedAccounts() : QList<otp::Account>{};
}

QList<otp::Account> ImportDialog::checkedAccounts() const
{
    QList<otp::Account> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked) {
            chosen.append(m_plan.items.at(item->data(Qt::UserRole).toInt()).account);
        }
    }
    return chosen;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import accounts"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void ImportDialog::openFile(const QString& path)
{
    reset();
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_fileLabel->setToolTip(path);
    Result<QByteArray> file = formats::readImportFile(path);
    if (!file) {
        showError(errorText(file.error()));
        return;
    }
    m_data = std::move(file).value();
    const Result<const formats::Importer*> importer = formats::detectFormat(m_data);
    if (!importer) {
        wipe(m_data);
        showError(errorText(importer.error()));
        return;
    }
    m_importer = *importer;
    if (!m_importer->needsPassword(m_data)) {
        m_formatLabel->setText(m_importer->displayName());
        readFile(nullptr);
        return;
    }
    m_formatLabel->setText(tr("%1 (encrypted)").arg(m_importer->displayName()));
    m_passwordRow->show();
    findChild<QPushButton*>(QStringLiteral("unlockFileButton"))->setDefault(true);
    m_password->setFocus();
    Q_EMIT fileLoaded(true);
}

void ImportDialog::unlockFile()
{
    if (m_importer == nullptr || m_data.isEmpty()) {
        return;
    }
    // The field keeps what was typed only until the attempt: a wrong password is typed again.
    const SecretBytes password = takePassword(*m_password);
    readFile(&password);
}

void ImportDialog::readFile(const SecretBytes* password)
{
    Result<formats::ImportResult> imported = [&] {
        const BusyCursor busy;
        return m_importer->read(m_data, password);
    }();
    if (!imported && imported.error().code == ErrorCode::WrongPassword) {
        m_passwordError->setText(errorText(imported.error()));
        m_password->setFocus();
        Q_EMIT fileLoaded(false);
        return;
    }
    wipe(m_data);
    forgetPassword(*m_password);
    m_passwordRow->hide();
    if (!imported) {
        showError(errorText(imported.error()));
        return;
    }
    m_plan = formats::planImport(*imported, m_existing);
    showPlan();
    Q_EMIT fileLoaded(true);
}

void ImportDialog::showPlan()
{
    using Status = formats::PlannedAccount::Status;
    {
        const QSignalBlocker blocker(m_list);
        for (int index = 0; index < m_plan.items.size(); ++index) {
            const formats::PlannedAccount& planned = m_plan.items.at(index);
            QString text = planned.account.label();
            if (planned.status == Status::Duplicate) {
                text = tr("%1 (already in Twostep as %2)").arg(text, planned.duplicateOf);
            } else if (planned.status == Status::DuplicateInFile) {
                text = tr("%1 (repeats %2 of this file)").arg(text, planned.duplicateOf);
            }
            auto* item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, index);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(planned.selected ? Qt::Checked : Qt::Unchecked);
        }
    }
    const int total = static_cast<int>(m_plan.items.size());
    const int known = m_plan.count(Status::Duplicate) + m_plan.count(Status::DuplicateInFile);
    QString summary = tr("%n account(s) in the file.", nullptr, total);
    if (known > 0) {
        summary += QLatin1Char(' ') + tr("%n of them already in Twostep or repeated: not checked.", nullptr, known);
    }
    if (!m_plan.skipped.isEmpty()) {
        summary += QLatin1Char(' ') + tr("%n entry(s) skipped: they cannot be imported.", nullptr,
                                         static_cast<int>(m_plan.skipped.size()));
    }
    m_summary->setText(summary);
    m_summary->show();
    m_list->show();
    if (!m_plan.skipped.isEmpty()) {
        m_warnings->setText(tr("Skipped (not imported):") + QStringLiteral("\n• ") +
                            m_plan.skipped.join(QStringLiteral("\n• ")));
        m_warnings->show();
    }
    if (!m_plan.notes.isEmpty()) {
        m_notes->setText(tr("Notes (these accounts are imported):") + QStringLiteral("\n• ") +
                         m_plan.notes.join(QStringLiteral("\n• ")));
        m_notes->show();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    updateImportButton();
}

void ImportDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
    Q_EMIT fileLoaded(false);
}

void ImportDialog::reset()
{
    wipe(m_data);
    m_importer = nullptr;
    m_plan = {};
    m_list->clear();
    m_formatLabel->setText(QStringLiteral("—"));
    forgetPassword(*m_password);
    m_passwordError->clear();
    for (QWidget* widget :
         {static_cast<QWidget*>(m_passwordRow), static_cast<QWidget*>(m_error), static_cast<QWidget*>(m_summary),
          static_cast<QWidget*>(m_list), static_cast<QWidget*>(m_warnings), static_cast<QWidget*>(m_notes)}) {
        widget->hide();
    }
    updateImportButton();
}

void ImportDialog::updateImportButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checkedAccounts().isEmpty());
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        openFile(urls.constFirst().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace twostep::ui
