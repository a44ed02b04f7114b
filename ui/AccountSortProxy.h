// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace twostep::ui {

// The list's order and filters over AccountListModel: favourites first, then the chosen order
// (by hand is the vault's order); rows outside the chosen group or not matching the filter text
// (issuer and name, case-insensitive) are hidden.
class AccountSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Stored in the settings by these names (sortOrderName / sortOrderFromName).
    enum class SortOrder { ByHand, Name, Issuer, MostUsed, LastUsed };

    explicit AccountSortProxy(QObject* parent = nullptr);

    SortOrder sortOrder() const { return m_order; }
    void setSortOrder(SortOrder order);
    QString group() const { return m_group; }
    void setGroup(const QString& group); // empty: every group

    static QString sortOrderName(SortOrder order);
    static SortOrder sortOrderFromName(const QString& name); // unknown names: ByHand

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SortOrder m_order = SortOrder::ByHand;
    QString m_group;
};

} // namespace twostep::ui
