// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ReplaceQuestion.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <utility>

namespace twostep::ui {

namespace {

constexpr qsizetype kNamedAtMost = 5;

class ReplaceQuestion
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceQuestion)
};

} // namespace

QStringList olderTwinIds(const QList<otp::Account>& accounts, const QList<vault::VaultEntry>& entries)
{
    QHash<std::pair<QString, QString>, qsizetype> labels;
    labels.reserve(entries.size());
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        labels.insert({entries.at(i).account.issuer, entries.at(i).account.name}, i);
    }
    QStringList ids;
    ids.reserve(accounts.size());
    for (const otp::Account& account : accounts) {
        const qsizetype at = labels.value({account.issuer, account.name}, -1);
        const bool twin = at >= 0 && !otp::isSameToken(entries.at(at).account, account);
        ids.append(twin ? entries.at(at).id : QString());
    }
    return ids;
}

const vault::VaultEntry* olderTwinOf(const vault::VaultEntry& entry, const QList<vault::VaultEntry>& entries)
{
    for (const vault::VaultEntry& other : entries) {
        if (other.id != entry.id && other.account.issuer == entry.account.issuer &&
            other.account.name == entry.account.name && other.created < entry.created) {
            return &other;
        }
    }
    return nullptr;
}

QMessageBox* createReplaceQuestion(const QList<otp::Account>& accounts, const QStringList& twinIds,
                                   const QList<vault::VaultEntry>& entries, QWidget* parent)
{
    QStringList named;
    for (qsizetype i = 0; i < accounts.size() && i < twinIds.size(); ++i) {
        const auto old = std::find_if(entries.cbegin(), entries.cend(),
                                      [&](const vault::VaultEntry& entry) { return entry.id == twinIds.at(i); });
        if (!twinIds.at(i).isEmpty() && old != entries.cend()) {
            named.append(ReplaceQuestion::tr("%1, added on %2").arg(old->account.label(), addedOnText(old->created)));
        }
    }
    const int count = static_cast<int>(named.size());
    if (named.size() > kNamedAtMost) {
        const int more = static_cast<int>(named.size() - kNamedAtMost);
        named.resize(kNamedAtMost);
        named.append(ReplaceQuestion::tr("and %n more", nullptr, more));
    }
    const QString lead =
        count == 1 ? ReplaceQuestion::tr("The vault already holds an account with this issuer and name, with another "
                                         "secret:")
                   : ReplaceQuestion::tr("The vault already holds accounts with these issuers and names, with other "
                                         "secrets:");
    auto* box =
        new QMessageBox(QMessageBox::Question, ReplaceQuestion::tr("Same account, new secret"),
                        lead + QLatin1Char('\n') + named.join(QLatin1Char('\n')), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("replaceQuestion"));
    box->setInformativeText(
        ReplaceQuestion::tr("AWS hands out a new secret each time \"Assign MFA device\" is started again, and only "
                            "the newest one works. The vault keeps the old one in its backups."));
    auto* replace = box->addButton(ReplaceQuestion::tr("&Replace the old one"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceOldButton"));
    auto* keep = box->addButton(ReplaceQuestion::tr("&Keep both"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepBothButton"));
    box->setDefaultButton(replace);
    box->setEscapeButton(keep);
    return box;
}

QString addedOnText(const QDateTime& created)
{
    const QDateTime local = created.toLocalTime();
    return QLocale().toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

bool replaceChosen(const QMessageBox& question)
{
    const QAbstractButton* clicked = question.clickedButton();
    return clicked != nullptr && clicked->objectName() == QLatin1String("replaceOldButton");
}

} // namespace twostep::ui
