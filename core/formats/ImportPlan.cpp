// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/ImportPlan.h"

namespace twostep::formats {

QList<otp::Account> ImportPlan::selectedAccounts() const
{
    QList<otp::Account> accounts;
    for (const PlannedAccount& item : items) {
        if (item.selected) {
            accounts.append(item.account);
        }
    }
    return accounts;
}

int ImportPlan::count(PlannedAccount::Status status) const
{
    int total = 0;
    for (const PlannedAccount& item : items) {
        total += item.status == status ? 1 : 0;
    }
    return total;
}

ImportPlan planImport(const ImportResult& incoming, const QList<otp::Account>& existing)
{
    ImportPlan plan;
    plan.skipped = incoming.skipped;
    plan.notes = incoming.notes;
    for (const otp::Account& account : incoming.accounts) {
        PlannedAccount item;
        item.account = account;
        for (const otp::Account& known : existing) {
            if (otp::isSameToken(known, account)) {
                item.status = PlannedAccount::Status::Duplicate;
                item.duplicateOf = known.label();
                break;
            }
        }
        if (item.status == PlannedAccount::Status::New) {
            for (const PlannedAccount& earlier : plan.items) {
                if (otp::isSameToken(earlier.account, account)) {
                    item.status = PlannedAccount::Status::DuplicateInFile;
                    item.duplicateOf = earlier.account.label();
                    break;
                }
            }
        }
        item.selected = item.status == PlannedAccount::Status::New;
        plan.items.append(std::move(item));
    }
    return plan;
}

} // namespace twostep::formats
