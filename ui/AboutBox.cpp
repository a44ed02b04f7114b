// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutBox.h"

#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace twostep::ui {

QString AboutBox::text(const QString& vaultPath)
{
    return tr("Twostep %1 — a desktop authenticator (virtual MFA device).").arg(QStringLiteral(TWOSTEP_VERSION)) +
           QLatin1Char('\n') +
           tr("Licence: GPL-3.0-or-later. You may share and change Twostep under its terms; it comes with no "
              "warranty.") +
           QStringLiteral("\n\n") +
           tr("Vault: %1\nBackups: %2")
               .arg(QDir::toNativeSeparators(vaultPath),
                    QDir::toNativeSeparators(QFileInfo(vaultPath).absolutePath() + QStringLiteral("/backups")));
}

void AboutBox::open(const QString& vaultPath, QWidget* parent)
{
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("About Twostep"), text(vaultPath), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AboutBox::openVaultMoved(const vault::VaultMove& move, QWidget* parent)
{
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("Twostep"),
                        tr("Your vault moved to %1 (with %n backup(s)); it was at %2.", nullptr, move.backupsMoved)
                            .arg(QDir::toNativeSeparators(move.to), QDir::toNativeSeparators(move.from)),
                        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("vaultMovedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace twostep::ui
