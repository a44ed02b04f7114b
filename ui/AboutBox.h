// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace twostep::ui {

// Help > About: the version, the licence and where the vault and its backups are.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(twostep::ui::AboutBox)

public:
    static QString text(const QString& vaultPath);
    // A window-modal box named "aboutBox" that deletes itself when closed.
    static void open(const QString& vaultPath, QWidget* parent);
};

} // namespace twostep::ui
