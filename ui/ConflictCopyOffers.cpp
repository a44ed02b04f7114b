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

QStringList ConflictCopyOffers::candidates() const
{
    QStringList paths;
    for (const vault::ConflictCopy& copy : vault::findConflictCopies(m_vault->path())) {
        paths << copy.path;
    }
    if (!m_replaced.isEmpty() && QFileInfo::exists(m_replaced)) {
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
    if (!m_vault) {
        m_bar->hide();
        return;
    }
    watchFolder();
    for (const QString& path : candidates()) {
        if (m_ignored.contains(path)) {
            continue;
        }
        const bool replaced = path == m_replaced;
        Result<vault::OtherCopy> copy = vault::readOtherCopy(path, *m_vault);
        if (copy) {
            m_bar->showPreview(path, replaced, vault::previewMerge(*m_vault, *copy));
            m_opened = std::move(copy).value();
        } else if (copy.error().code == ErrorCode::WrongPassword) {
            m_bar->showNeedsPassword(path, replaced);
        } else {
            m_bar->showUnreadable(path, replaced, copy.error());
        }
        return;
    }
    m_bar->hide();
}

void ConflictCopyOffers::merge(const QString& path)
{
    if (!m_vault) {
        return;
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
    Q_EMIT entriesChanged();
    if (!merged) {
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
    Q_EMIT statusMessage(tr("Merged %1: %2 added, %3 updated, %4 removed, %5 flagged as likely duplicates.")
                             .arg(QFileInfo(copy.path).fileName())
                             .arg(merged->added.size())
                             .arg(merged->updated.size())
                             .arg(merged->removed.size())
                             .arg(merged->flagged.size()));
    refresh();
}

} // namespace twostep::ui
