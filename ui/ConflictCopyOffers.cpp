// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConflictCopyOffers.h"

#include "ui/BackgroundJob.h"
#include "ui/ConflictCopyBar.h"
#include "ui/ErrorText.h"
#include "ui/dialogs/PasswordDialog.h"
#include "vault/ConflictCopies.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QUrl>

namespace twostep::ui {

namespace {

// A sync tool writes a copy in several steps: look once the folder has been quiet this long.
constexpr int kSettleMs = 500;

} // namespace

ConflictCopyOffers::ConflictCopyOffers(ConflictCopyBar* bar, QWidget* window)
    : QObject(window), m_bar(bar), m_window(window), m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ConflictCopyOffers::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    connect(m_bar, &ConflictCopyBar::mergeRequested, this, &ConflictCopyOffers::merge);
    connect(m_bar, &ConflictCopyBar::showRequested, this, [](const QString& path) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(m_bar, &ConflictCopyBar::ignoreRequested, this, [this](const QString& path) {
        m_ignored.insert(path);
        refresh();
    });
    connect(m_bar, &ConflictCopyBar::forgetRequested, this, &ConflictCopyOffers::forget);
}

ConflictCopyOffers::~ConflictCopyOffers() = default;

void ConflictCopyOffers::setVault(vault::Vault* vault)
{
    m_vault = vault;
    if (!m_watcher->directories().isEmpty()) {
        m_watcher->removePaths(m_watcher->directories());
    }
    m_settle.stop();
    refresh();
}

void ConflictCopyOffers::offerReplacedVersion(const QString& path)
{
    m_replaced = path;
    refresh();
}

// The vault's own conflict copies first, then the newer versions rollbacks replaced, then the
// conflict copies of backups (older versions, which seldom hold anything the others lack).
QStringList ConflictCopyOffers::candidates() const
{
    const QString folder = QFileInfo(m_vault->path()).absolutePath();
    QStringList paths;
    QStringList ofBackups;
    for (const vault::ConflictCopy& copy : vault::findConflictCopies(m_vault->path())) {
        (QFileInfo(copy.path).absolutePath() == folder ? paths : ofBackups) << copy.path;
    }
    for (const QString& newer : replacedVersions()) {
        if (!paths.contains(newer)) {
            paths << newer;
        }
    }
    return paths + ofBackups;
}

// The newer versions rollbacks replaced, until merged back (kept in the vault's state record, so a
// save or a restart does not hide them), and the one this session just saw.
QStringList ConflictCopyOffers::replacedVersions() const
{
    QStringList paths = vault::newerCopies(m_vault->path());
    if (!m_replaced.isEmpty() && QFileInfo::exists(m_replaced) && !paths.contains(m_replaced)) {
        paths << m_replaced;
    }
    return paths;
}

void ConflictCopyOffers::watchFolder()
{
    const QString folder = QFileInfo(m_vault->path()).absolutePath();
    for (const QString& dir : QStringList{folder, folder + QStringLiteral("/backups")}) {
        if (!m_watcher->directories().contains(dir) && QFileInfo(dir).isDir()) {
            m_watcher->addPath(dir);
        }
    }
}

void ConflictCopyOffers::refresh()
{
    if (m_dialog) {
        return; // the copy being merged stays on the bar until its password dialog closes
    }
    m_opened.reset();
    const quint64 look = ++m_looks; // a later look, a lock or a merge makes this one's answer stale
    if (!m_vault) {
        m_reading = false;
        m_bar->hide();
        return;
    }
    watchFolder();
    QString path;
    for (const QString& candidate : candidates()) {
        if (!m_ignored.contains(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        m_reading = false;
        m_bar->hide();
        return;
    }
    m_reading = true;
    // Decrypting a copy of thousands of accounts and previewing its merge never holds up the window.
    runInBackground(
        this,
        [path, keys = vault::heldKeys(*m_vault),
         ours = vault::merge::History{m_vault->entries(), m_vault->tombstones()}]() {
            CopyPreview preview{vault::readOtherCopy(path, keys), {}};
            if (preview.copy) {
                preview.report = vault::merge::mergeHistories(ours, preview.copy->history).report;
            }
            return preview;
        },
        [this, look, path](CopyPreview preview) {
            if (look != m_looks || !m_vault || m_dialog) {
                return;
            }
            m_reading = false;
            showPreview(path, std::move(preview));
        });
}

void ConflictCopyOffers::showPreview(const QString& path, CopyPreview preview)
{
    const bool replaced = replacedVersions().contains(path);
    if (preview.copy) {
        m_bar->showPreview(path, replaced, preview.report);
        m_opened = std::move(preview.copy).value();
    } else if (preview.copy.error().code == ErrorCode::WrongPassword) {
        m_bar->showNeedsPassword(path, replaced);
    } else {
        m_bar->showUnreadable(path, replaced, preview.copy.error());
    }
}

void ConflictCopyOffers::forget(const QString& path)
{
    if (!m_vault) {
        return;
    }
    (void)vault::dismissNewerCopy(m_vault->path(), path);
    if (path == m_replaced) {
        m_replaced.clear();
    }
    Q_EMIT statusMessage(tr("%1 is no longer offered for merging; it stays in backups/ until pruned.")
                             .arg(QDir::toNativeSeparators(path)));
    refresh();
}

void ConflictCopyOffers::merge(const QString& path)
{
    if (!m_vault || m_reading) {
        return; // the bar's copy is being read again: its answer comes in a moment
    }
    if (m_opened && m_opened->path == path) {
        mergeOpenedCopy();
    } else {
        askPassword(path);
    }
}

void ConflictCopyOffers::askPassword(const QString& path)
{
    auto* dialog = new PasswordDialog(
        tr("%1 was saved with another password, changed on the other computer. Enter that password to merge it.")
            .arg(QDir::toNativeSeparators(path)),
        m_window);
    dialog->setObjectName(QStringLiteral("copyPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::rejected, this, [this] {
        m_dialog = nullptr;
        refresh();
    });
    connect(dialog, &PasswordDialog::passwordEntered, this, [this, dialog, path] {
        dialog->setBusy(true);
        runInBackground(
            dialog,
            [path, password = dialog->takePassword()]() mutable {
                Result<vault::OtherCopy> copy = vault::readOtherCopy(path, password);
                password.clear();
                return copy;
            },
            [this, dialog](Result<vault::OtherCopy> copy) {
                dialog->setBusy(false);
                if (!copy) {
                    dialog->showError(errorText(copy.error()));
                    return;
                }
                m_dialog = nullptr;
                dialog->accept();
                if (m_vault) {
                    m_opened = std::move(copy).value();
                    mergeOpenedCopy();
                }
            });
    });
    dialog->open();
}

void ConflictCopyOffers::mergeOpenedCopy()
{
    const vault::OtherCopy copy = *std::move(m_opened);
    m_opened.reset();
    Result<vault::merge::Report> merged = vault::mergeCopy(*m_vault, copy);
    if (!merged) {
        Q_EMIT entriesChanged();
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Merge"),
            tr("%1 was not merged.\n%2").arg(QDir::toNativeSeparators(copy.path), errorText(merged.error())),
            QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("mergeFailedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        refresh();
        return;
    }
    if (copy.path == m_replaced) {
        m_replaced.clear();
    }
    if (merged->changesNothing()) {
        const QString name = QFileInfo(copy.path).fileName();
        Q_EMIT statusMessage(
            merged->deletedHere.isEmpty()
                ? tr("Nothing to merge: the vault already has every change of %1. Nothing was written.").arg(name)
                : tr("Nothing to merge: the vault already has every change of %1 (%n of its accounts were deleted "
                     "here later). Nothing was written.",
                     nullptr, static_cast<int>(merged->deletedHere.size()))
                      .arg(name));
        refresh();
        return;
    }
    Q_EMIT entriesChanged();
    Q_EMIT statusMessage(tr("Merged %1: %2 added, %3 updated, %4 removed, %5 flagged as likely duplicates.")
                             .arg(QFileInfo(copy.path).fileName())
                             .arg(merged->added.size())
                             .arg(merged->updated.size())
                             .arg(merged->removed.size())
                             .arg(merged->flagged.size()));
    refresh();
}

} // namespace twostep::ui
