// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/TrayIcon.h"

#include "ui/AccountListModel.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace twostep::ui {

TrayIcon::TrayIcon(AccountListModel* model, QAction* lockAction, QAction* quitAction, QObject* parent)
    : QObject(parent), m_model(model), m_menu(new QMenu), m_icon(new QSystemTrayIcon(this)), m_lock(lockAction),
      m_quit(quitAction)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_icon->setIcon(QApplication::windowIcon());
    m_icon->setToolTip(tr("Twostep"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            Q_EMIT toggleWindowRequested();
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, &TrayIcon::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrayIcon::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::rebuild);
    rebuild();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    m_icon->setVisible(visible && isAvailable());
}

void TrayIcon::notify(const QString& title, const QString& text)
{
    if (m_icon->isVisible()) {
        m_icon->showMessage(title, text, QSystemTrayIcon::Warning);
    }
}

void TrayIcon::rebuild()
{
    m_menu->clear();
    const int rows = m_model->rowCount();
    // Favourites first, as in the window, so they are one click away however long the list is.
    QList<QModelIndex> shown;
    for (const bool favorites : {true, false}) {
        for (int row = 0; row < rows && shown.size() < kMaxAccounts; ++row) {
            const QModelIndex index = m_model->index(row);
            if (index.data(AccountListModel::FavoriteRole).toBool() == favorites) {
                shown.append(index);
            }
        }
    }
    for (const QModelIndex& index : std::as_const(shown)) {
        const QString id = index.data(AccountListModel::IdRole).toString();
        const QString label = index.data(AccountListModel::FilterRole).toString();
        QAction* action =
            m_menu->addAction(index.data(AccountListModel::FavoriteRole).toBool() ? tr("★ Copy code: %1").arg(label)
                                                                                  : tr("Copy code: %1").arg(label));
        action->setEnabled(index.data(AccountListModel::TimeBasedRole).toBool());
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT copyRequested(id); });
    }
    if (rows > kMaxAccounts) {
        m_menu->addAction(tr("%n more in the window", nullptr, rows - kMaxAccounts))->setEnabled(false);
    }
    if (rows > 0) {
        m_menu->addSeparator();
    }
    connect(m_menu->addAction(tr("Show or hide Twostep")), &QAction::triggered, this, &TrayIcon::toggleWindowRequested);
    if (m_lock) {
        m_menu->addAction(m_lock);
    }
    if (m_quit) {
        m_menu->addAction(m_quit);
    }
}

} // namespace twostep::ui
