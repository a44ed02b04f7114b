// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UnsavedChanges.h"

#include "ui/ErrorText.h"
#include "ui/UnsavedChangesBar.h"
#include "ui/VaultSession.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <utility>

namespace twostep::ui {

UnsavedChanges::UnsavedChanges(VaultSession& session, UnsavedChangesBar* bar, QWidget* window)
    : QObject(window), m_session(session), m_bar(bar), m_window(window)
{
    connect(m_bar, &UnsavedChangesBar::retryRequested, this, [this](bool byUser) {
        // Whoever clicks "Try again" is at the keyboard: a deferred automatic lock is no longer wanted.
        m_lockWhenSaved = m_lockWhenSaved && !byUser;
        save();
    });
}

int UnsavedChanges::count() const
{
    const vault::Vault* vault = m_session.vault();
    if (vault == nullptr || !vault->hasUnsavedChanges()) {
        return 0;
    }
    return qMax(1, static_cast<int>(vault->unsavedChangeCount()));
}

bool UnsavedChanges::save()
{
    vault::Vault* vault = m_session.vault();
    if (vault == nullptr || !vault->hasUnsavedChanges()) {
        update();
        return true;
    }
    const Status saved = vault->saveUnsavedChanges();
    Q_EMIT entriesChanged();
    update(saved ? nullptr : &saved.error());
    return saved.ok();
}

void UnsavedChanges::update(const Error* failure)
{
    if (const int unsaved = count(); unsaved > 0) {
        if (failure != nullptr) {
            m_lastSaveError = *failure;
        }
        m_bar->showFailure(unsaved, m_lastSaveError, QFileInfo(m_session.vaultPath()).absolutePath());
        return;
    }
    if (!m_bar->isActive()) {
        return;
    }
    m_bar->clear();
    Q_EMIT statusMessage(tr("Your changes are saved now."));
    if (std::exchange(m_lockWhenSaved, false)) {
        QTimer::singleShot(0, this, &UnsavedChanges::lockDue);
    }
}

void UnsavedChanges::askToDrop(const QString& proceedText, const std::function<void()>& proceed)
{
    if (auto* asking = m_window->findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox"))) {
        asking->raise();
        asking->activateWindow();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, m_window->windowTitle(),
                                tr("%n change(s) could not be saved and will be lost.", nullptr, count()),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setInformativeText(errorText(m_lastSaveError));
    QPushButton* drop = box->addButton(proceedText, QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("dropUnsavedButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, drop, proceed](QAbstractButton* button) {
        if (button == drop && m_session.isOpen()) {
            m_dropConfirmed = true;
            proceed();
        }
    });
    box->open();
}

bool UnsavedChanges::deferLock()
{
    return !std::exchange(m_lockWhenSaved, true);
}

void UnsavedChanges::reset()
{
    m_dropConfirmed = false;
    m_lockWhenSaved = false;
    m_bar->clear();
}

} // namespace twostep::ui
