// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Vault.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace twostep::ui {

// The bar above the account list after the vault file went back to an older generation
// (vault::Rollback): it says so, names the backup that holds the newer version and how to bring
// it back. Stays until the user closes it.
class RollbackBar final : public QFrame
{
    Q_OBJECT
public:
    explicit RollbackBar(QWidget* parent = nullptr);

    void showRollback(const vault::Rollback& rollback, const QString& vaultPath);
    QString message() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_close;
};

} // namespace twostep::ui
