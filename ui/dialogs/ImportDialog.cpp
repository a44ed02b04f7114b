// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportDialog.h"

#include "crypto/Crypto.h"
#include "formats/FormatRegistry.h"
#include "ui/ErrorText.h"
#include "ui/PasswordField.h"
#include "ui/dialogs/DialogSpacing.h"
#include "ui/dialogs/FileDialogFolders.h"
#include "ui/dialogs/IntakeText.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

namespace twostep::ui {

namespace {

// Rows added to the preview per turn of the event loop: 1,000,000 accounts never freeze the window.
constexpr int kRowsPerTurn = 10'000;

QString appNames()
{
    QStringList names;
    for (const formats::Importer* importer : formats::importers()) {
        names.append(importer->displayName());
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

// One read of the file: filled on the GUI thread, run on a worker, read back on the GUI thread
// after the worker finished. Whoever drops it last wipes the file's bytes.
struct ImportDialog::ReadJob
{
    const formats::Importer* importer = nullptr;
    QByteArray data;
    std::optional<SecretBytes> password;
    QList<otp::Account> existing;
    std::atomic<bool> cancelled = false;
    std::optional<Error> error;
    formats::ImportPlan plan;

    ~ReadJob() { wipeBytes(data); }

    void run()
    {
        Result<formats::ImportResult> imported = importer->read(data, password ? &*password : nullptr);
        password.reset();
        if (!imported) {
            error = imported.error();
        } else if (!cancelled) {
            plan = formats::planImport(std::move(*imported), existing);
        }
    }
};

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
    m_password->setAccessibleName(tr("File password"));
    m_password->setAccessibleDescription(tr("The password the file was exported with."));
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

    m_busy = new QWidget(this);
    m_busy->setObjectName(QStringLiteral("importBusyIndicator"));
    auto* busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(new QLabel(tr("Reading the file and comparing it with Twostep…"), m_busy), 1);
    auto* busyBar = new QProgressBar(m_busy);
    busyBar->setRange(0, 0); // no known end: the bar moves back and forth
    busyBar->setTextVisible(false);
    busyLayout->addWidget(busyBar);
    layout->addWidget(m_busy);

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
    m_list->setAccessibleName(tr("Accounts in the file"));
    // One line per account: sizing the first row sizes all, so a file of 100,000 lays out at once.
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("importWarningsLabel"));
    m_warnings->setWordWrap(true);
    layout->addWidget(m_warnings);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("importNotesLabel"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);
    m_missingBatches = new QLabel(this);
    m_missingBatches->setObjectName(QStringLiteral("importMissingBatchesLabel"));
    m_missingBatches->setWordWrap(true);
    layout->addWidget(m_missingBatches);
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
    wipeBytes(m_data);
    if (m_job) {
        m_job->cancelled = true; // the worker still owns it and wipes it when done
    }
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
    using Folders = FileDialogFolders;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import accounts"), Folders::startFolder(Folders::Kind::Documents));
    Folders::remember(Folders::Kind::Documents, path);
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
        wipeBytes(m_data);
        showError(errorText(importer.error()));
        return;
    }
    m_importer = *importer;
    if (!m_importer->needsPassword(m_data)) {
        m_formatLabel->setText(m_importer->displayName());
        readFile(std::nullopt);
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
    if (m_importer == nullptr || m_data.isEmpty() || isBusy()) {
        return;
    }
    // The field keeps what was typed only until the attempt: a wrong password is typed again.
    readFile(takePassword(*m_password));
}

void ImportDialog::readFile(std::optional<SecretBytes> password)
{
    auto job = std::make_shared<ReadJob>();
    job->importer = m_importer;
    job->data = std::move(m_data); // moved, not shared: a later wipe must not detach a copy
    m_data = QByteArray();
    job->password = std::move(password);
    job->existing = m_existing;
    m_job = job;
    m_passwordError->clear();
    setBusy(true);
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (m_job == job) {
            readDone(job);
        }
    });
    watcher->setFuture(QtConcurrent::run([job] {
        job->run();
        crypto::releaseThreadState();
    }));
}

void ImportDialog::readDone(const std::shared_ptr<ReadJob>& job)
{
    m_job.reset();
    if (!job->error) {
        m_plan = std::move(job->plan);
        wipeBytes(job->data);
        forgetPassword(*m_password);
        m_passwordRow->hide();
        showPlan(); // still busy until every row is in the list
        return;
    }
    setBusy(false);
    if (job->error->code == ErrorCode::WrongPassword) {
        m_data = std::move(job->data);
        job->data = QByteArray();
        m_passwordError->setText(errorText(*job->error));
        m_password->setFocus();
        Q_EMIT fileLoaded(false);
        return;
    }
    wipeBytes(job->data);
    forgetPassword(*m_password);
    m_passwordRow->hide();
    showError(errorText(*job->error));
}

void ImportDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_passwordRow->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateImportButton();
}

void ImportDialog::showPlan()
{
    using Status = formats::PlannedAccount::Status;
    const int total = static_cast<int>(m_plan.items.size());
    const int known = m_plan.count(Status::Duplicate) + m_plan.count(Status::DuplicateInFile);
    QString summary = tr("%n account(s) in the file.", nullptr, total);
    if (known > 0) {
        summary += QLatin1Char(' ') + tr("%n of them already in Twostep or repeated: not checked.", nullptr, known);
    }
    if (!m_plan.skipped.isEmpty()) {
        summary += QLatin1Char(' ') + tr("%n entry(s) skipped: they cannot be imported.", nullptr,
                                         static_cast<int>(m_plan.skipped.size() + m_plan.omittedSkipped));
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
    m_missingBatches->setText(missingBatchesText(m_plan.missingBatches));
    m_missingBatches->setVisible(!m_plan.missingBatches.isEmpty());
    m_filling = true;
    addRows(0, m_fillRound);
}

void ImportDialog::addRows(int first, int round)
{
    if (round != m_fillRound) {
        return; // another file (or none) since
    }
    const int end = std::min(first + kRowsPerTurn, static_cast<int>(m_plan.items.size()));
    {
        const QSignalBlocker blocker(m_list);
        // A batch of rows in one insertion, filled while the model is quiet: an insertion per row
        // costs the view a pass over every row, which made 100,000 rows take seconds.
        m_list->model()->insertRows(first, end - first);
        const QSignalBlocker quiet(m_list->model());
        for (int index = first; index < end; ++index) {
            const formats::PlannedAccount& planned = m_plan.items.at(index);
            QListWidgetItem* item = m_list->item(index);
            item->setText(plannedAccountText(planned));
            item->setData(Qt::UserRole, index);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(planned.selected ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (end < m_plan.items.size()) {
        QTimer::singleShot(0, this, [this, end, round] { addRows(end, round); });
        return;
    }
    m_filling = false;
    setBusy(false);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    Q_EMIT fileLoaded(true);
}

void ImportDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
    Q_EMIT fileLoaded(false);
}

void ImportDialog::reset()
{
    ++m_fillRound;
    m_filling = false;
    wipeBytes(m_data);
    if (m_job) {
        m_job->cancelled = true;
        m_job.reset();
    }
    m_importer = nullptr;
    m_plan = {};
    m_list->clear();
    m_formatLabel->setText(QStringLiteral("—"));
    forgetPassword(*m_password);
    m_passwordError->clear();
    for (QWidget* widget :
         {static_cast<QWidget*>(m_passwordRow), static_cast<QWidget*>(m_error), static_cast<QWidget*>(m_summary),
          static_cast<QWidget*>(m_list), static_cast<QWidget*>(m_warnings), static_cast<QWidget*>(m_notes),
          static_cast<QWidget*>(m_missingBatches)}) {
        widget->hide();
    }
    setBusy(false);
}

void ImportDialog::updateImportButton()
{
    // Stops at the first checked row: a click in a list of 100,000 must not copy every account.
    bool anyChecked = false;
    for (int row = 0; row < m_list->count() && !anyChecked; ++row) {
        anyChecked = m_list->item(row)->checkState() == Qt::Checked;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(anyChecked && !isBusy());
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
