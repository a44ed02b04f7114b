// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace twostep::vault {
struct VaultMove;
}

namespace twostep::ui {

// Where the vault is: Help > About (with the version and the licence), and the notice that an
// upgrade moved it from the place earlier versions used (vault::moveLegacyVault).
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(twostep::ui::AboutBox)

public:
    static QString text(const QString& vaultPath);
    // A window-modal box named "aboutBox" that deletes itself when closed.
    static void open(const QString& vaultPath, QWidget* parent);
    // "vaultMovedMessage", window-modal, deletes itself when closed.
    static void openVaultMoved(const vault::VaultMove& move, QWidget* parent);
};

} // namespace twostep::ui
