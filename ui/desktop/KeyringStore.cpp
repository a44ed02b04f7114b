// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/KeyringStore.h"

#include "ui/ErrorText.h"

namespace twostep::ui {

QString KeyringStore::errorText(const Error& error)
{
    switch (error.cause) {
    case ErrorCause::KeyringUnavailable:
        // A Secret Service without a login keyring answers with a D-Bus object path, not a reason.
        if (error.detail.contains(QStringLiteral("/collection/")) ||
            error.detail.contains(QStringLiteral("Object does not exist"))) {
            return tr("The desktop keyring has no keyring to keep the key in (on GNOME, create a \"Login\" "
                      "keyring in Passwords and Keys), so Twostep cannot remember the vault here.");
        }
        return tr("The desktop keyring is not available or refused access (%1).").arg(error.detail);
    case ErrorCause::KeyringHasNoKey:
        return tr("The keyring on this computer has no key for this vault.");
    default:
        return ui::errorText(error);
    }
}

} // namespace twostep::ui
