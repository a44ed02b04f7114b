// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;

namespace twostep::ui {

class AccountDelegate;
class AccountListModel;
class AccountSortProxy;
class Settings;

// The unlocked vault: a filter field, the order and the group shown over the account list; an empty vault shows how to
// add the first account instead. Emits requests; the window decides what they do.
class AccountListPage final : public QWidget
{
    Q_OBJECT
public:
    // With "Hide codes until revealed", the selected row's code hides again after this long (as
    // Aegis's tap to reveal); a click on the row shows it again.
    static constexpr int kRevealMs = 30000;

    explicit AccountListPage(AccountListModel* model, QWidget* parent = nullptr);
    void setRevealMs(int milliseconds);

    QListView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    AccountDelegate* delegate() const { return m_delegate; }
    QSortFilterProxyModel* proxy() const;
    AccountSortProxy* sortProxy() const { return m_proxy; }
    QComboBox* sortCombo() const { return m_sort; }
    QComboBox* groupCombo() const { return m_group; }
    // The order comes from and goes to `settings`, as does "Hide codes until revealed".
    void followSettings(Settings& settings);

    QString currentId() const; // the selected row, else the first visible one
    void clearFilter();

Q_SIGNALS:
    void copyRequested(const QString& id);
    void nextCodeRequested(const QString& id);
    void contextMenuRequested(const QString& id, const QPoint& globalPos);
    void addAccountRequested();
    void pasteRequested(); // Ctrl+V in the filter while the clipboard holds an image, an otpauth link or a secret key
    // An otpauth link or a secret key that reached the filter another way (menu, drop, middle click):
    // taken out of the filter at once, for the add flow.
    void accountTextPasted(const QString& text);
    // A row dropped on another in the "by hand" order: `id` goes to the vault position `index`.
    void moveRequested(const QString& id, int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void activate(const QModelIndex& proxyIndex);
    void updateEmptyState();
    void updateGroups();
    void revealCurrent();
    void hideRevealed();
    bool handleDrop(QEvent* event);

    AccountListModel* m_model;
    AccountSortProxy* m_proxy;
    AccountDelegate* m_delegate;
    QLineEdit* m_filter;
    QComboBox* m_sort;
    QComboBox* m_group;
    QListView* m_view;
    QStackedWidget* m_stack;
    QLabel* m_noMatch;
    QTimer* m_ringTick;
    QTimer* m_revealTimer;
    QString m_currentId; // the row the selection last moved to
};

} // namespace twostep::ui
