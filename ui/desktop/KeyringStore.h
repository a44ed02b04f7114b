// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyring/KeyringStore.h"

#include <QCoreApplication>

namespace twostep::ui {

// keyring::KeyringStore with its failures worded for the window.
class KeyringStore final : public keyring::KeyringStore
{
    Q_DECLARE_TR_FUNCTIONS(twostep::ui::KeyringStore)

public:
    using keyring::KeyringStore::KeyringStore;
    // A sentence for the user: keyring failures say so (not "the file"); vault errors as errorText().
    static QString errorText(const Error& error);
};

} // namespace twostep::ui
