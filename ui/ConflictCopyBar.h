// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "vault/VaultMerge.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace twostep::ui {

// The bar above the account list for one other copy of the vault (a sync tool's conflict copy, or
// the newer version a rollback replaced): what merging it adds, updates and removes, and the
// buttons Merge, Show and Ignore. It only shows; ConflictCopyOffers decides and acts.
class ConflictCopyBar final : public QFrame
{
    Q_OBJECT
public:
    explicit ConflictCopyBar(QWidget* parent = nullptr);

    // The copy at `path` opened: `preview` is what merging it would change.
    void showPreview(const QString& path, bool replacedByRollback, const vault::merge::Report& preview);
    // The copy needs its own password (changed on the other computer): Merge asks for it.
    void showNeedsPassword(const QString& path, bool replacedByRollback);
    // The copy cannot be read (damaged, too new): Merge is off, Show and Ignore stay.
    void showUnreadable(const QString& path, bool replacedByRollback, const Error& error);
    const QString& copyPath() const { return m_path; }
    // "Merge adds 2 account(s): GitHub, AWS" and the lines for updates, removals, likely duplicates.
    static QString describeMerge(const vault::merge::Report& report);
    QString message() const;

Q_SIGNALS:
    void mergeRequested(const QString& path);
    void showRequested(const QString& path);
    void ignoreRequested(const QString& path);
    // "Don't merge", on the newer version a rollback replaced only: the user's explicit no.
    void forgetRequested(const QString& path);

private:
    void showCopy(const QString& path, bool replacedByRollback, const QString& detail, bool mergeable);

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_merge;
    QPushButton* m_show;
    QPushButton* m_ignore;
    QPushButton* m_forget;
    QString m_path;
};

} // namespace twostep::ui
