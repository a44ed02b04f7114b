// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QFrame>
#include <QTimer>

#include <chrono>

class QFileSystemWatcher;
class QLabel;
class QPushButton;

namespace twostep::ui {

// The look every warning bar above the account list shares: amber panel, warning icon in `icon`.
void styleAsWarningBar(QFrame* bar, QLabel* icon);

// The bar above the account list while changes are kept in memory because the vault file could
// not be written: it names the cause, offers "Try again", and asks for a retry by itself every
// kRetryInterval and when the vault's folder changes (space freed, permissions fixed).
class UnsavedChangesBar final : public QFrame
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds kRetryInterval{30};

    explicit UnsavedChangesBar(QWidget* parent = nullptr);

    // Shows (or updates) the bar for `count` unsaved changes whose last save failed with `error`;
    // `folder` is the vault file's folder.
    void showFailure(int count, const Error& error, const QString& folder);
    // Hides the bar and stops retrying.
    void clear();
    bool isActive() const { return m_active; }
    QString message() const;

Q_SIGNALS:
    // byUser: the "Try again" button, not the timer or the folder watch.
    void retryRequested(bool byUser);

private:
    void onFolderChanged();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    QFileSystemWatcher* m_watcher;
    QTimer m_timer;
    QTimer m_folderSettle;
    QString m_folder;
    QString m_folderState;
    bool m_active = false;
};

} // namespace twostep::ui
