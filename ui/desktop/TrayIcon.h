// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace twostep::ui {

class AccountListModel;

// The tray icon: a menu with one entry per account (favourites first, then the others, kMaxAccounts
// in all) that copies its code, plus show/hide, lock and quit. The menu follows the model; it holds no codes itself.
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxAccounts = 25;

    TrayIcon(AccountListModel* model, QAction* lockAction, QAction* quitAction, QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const;
    void setVisible(bool visible);
    QMenu* menu() const { return m_menu; }
    // A desktop notification from the icon, when the icon is shown.
    void notify(const QString& title, const QString& text);

Q_SIGNALS:
    void copyRequested(const QString& id);
    void toggleWindowRequested();

private:
    void rebuild();

    AccountListModel* m_model;
    QMenu* m_menu;
    QSystemTrayIcon* m_icon;
    QPointer<QAction> m_lock;
    QPointer<QAction> m_quit;
};

} // namespace twostep::ui
