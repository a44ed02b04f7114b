// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/AccountDetails.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace twostep::ui {

// The edit dialog's rows for an account's groups (comma-separated names), note and icon (its own
// image, chosen from a file: PNG, JPEG or SVG up to 256 KiB; or none). The favourite mark is kept.
class AccountDetailsFields final : public QObject
{
    Q_OBJECT
public:
    AccountDetailsFields(QFormLayout* form, QWidget* parent, const otp::AccountDetails& details);

    otp::AccountDetails details() const;
    // Reads `path` as the account's icon (size checked before reading); false with the reason
    // shown under the icon when it is not an image Twostep keeps.
    bool setIconFromFile(const QString& path);

private:
    void chooseIcon();
    void showIcon();

    QWidget* m_parent;
    otp::AccountDetails m_details;
    QLineEdit* m_groups;
    QPlainTextEdit* m_note;
    QLabel* m_iconPreview;
    QLabel* m_iconError;
};

} // namespace twostep::ui
