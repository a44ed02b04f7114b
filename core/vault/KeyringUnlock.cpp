// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/KeyringUnlock.h"

#include <optional>

namespace twostep::vault {

Result<Vault> openWithKeyring(const QString& path, const KeyringKeyReader& readKey)
{
    Result<QStringList> slotIds = Vault::keyringSlotIds(path);
    if (!slotIds) {
        return slotIds.error();
    }
    std::optional<Error> keyringFailure;
    for (const QString& slotId : *slotIds) {
        Result<SecretBytes> key = readKey(slotId);
        if (!key) {
            if (key.error().code != ErrorCode::NotFound) {
                keyringFailure = key.error();
            }
            continue;
        }
        Result<Vault> opened = Vault::openWithKeyringKey(path, slotId, *key);
        if (opened || opened.error().code != ErrorCode::WrongPassword) {
            return opened;
        }
    }
    if (keyringFailure) {
        return *keyringFailure;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("the desktop keyring holds no key that opens %1").arg(path),
                     ErrorCause::KeyringHasNoKey);
}

} // namespace twostep::vault
