// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/KeyringStore.h"

#include "ui/ErrorText.h"

namespace twostep::ui {

QString KeyringStore::errorText(const Error& error)
{
    switch (error.cause) {
    case ErrorCause::KeyringUnavailable:
        return tr("The desktop keyring is not available or refused access (%1).").arg(error.detail);
    case ErrorCause::KeyringHasNoKey:
        return tr("The keyring on this computer has no key for this vault.");
    default:
        return ui::errorText(error);
    }
}

} // namespace twostep::ui
