// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"
#include "vault/VaultEntry.h"

#include <QList>
#include <QStringList>

class QDateTime;
class QMessageBox;
class QWidget;

namespace twostep::ui {

// A redone enrollment: AWS hands out a new secret each time "Assign MFA device" is started again,
// under the same label, so the new account has the issuer and name of one in the vault but
// another secret. For each of `accounts`, the id of that older entry (the first in the list), or
// an empty string.
QStringList olderTwinIds(const QList<otp::Account>& accounts, const QList<vault::VaultEntry>& entries);
// The entry added before `entry` with its issuer and name, else nullptr.
const vault::VaultEntry* olderTwinOf(const vault::VaultEntry& entry, const QList<vault::VaultEntry>& entries);

// Asks whether the new accounts replace their older twins (`twinIds` from olderTwinIds) or sit
// beside them, naming each with the date it was added. Built unopened; "Replace the old one" is
// the default, Escape keeps both, so that nothing is lost by a stray key.
QMessageBox* createReplaceQuestion(const QList<otp::Account>& accounts, const QStringList& twinIds,
                                   const QList<vault::VaultEntry>& entries, QWidget* parent);
// True when the question was answered with "Replace the old one".
bool replaceChosen(const QMessageBox& question);
// When an account was added, in local time to the minute, as this question, the enrollment dialog
// and the edit dialog say it: twin rows are told apart by it.
QString addedOnText(const QDateTime& created);

} // namespace twostep::ui
