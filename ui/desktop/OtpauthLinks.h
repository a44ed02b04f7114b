// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/desktop/SingleInstance.h"

#include <QObject>
#include <QString>

namespace twostep::ui {

class MainWindow;

// otpauth:// and otpauth-migration:// links the desktop hands to `twostep %u` (the .desktop file's
// x-scheme-handler MimeTypes): the running window opens the add-account flow with the link's
// accounts listed for confirmation, after the unlock when the vault is locked. Nothing is added
// until the user accepts the dialog.
class OtpauthLinks final : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kMessage{"open-link"};

    // Opens the links `instance` receives.
    OtpauthLinks(SingleInstance& instance, MainWindow& window, QObject* parent = nullptr);
    ~OtpauthLinks() override;

    // A transfer QR's link is at most 2,331 bytes; ten of them would still fit.
    static constexpr qsizetype kMaxLinkBytes = qsizetype{16} * 1024;
    static bool isOtpauthLink(const QString& argument);
    void open(const QString& link);

private:
    void openUnlocked();

    MainWindow& m_window;
    QStringList m_pending;
};

} // namespace twostep::ui
