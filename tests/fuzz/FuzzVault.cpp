// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Crypto.h"
#include "vault/VaultFile.h"

#include <QByteArray>

#include <array>
#include <cstddef>
#include <cstdint>

// The vault reader with a fixed master key, so inputs get past the cipher. First byte even: the
// input is a whole container file (header, slots, base64, bounds). Odd: the input is the decrypted
// account list, sealed under the fixed key into a valid container, so mutations reach the payload's
// JSON reader. Argon2 is not run: it is a library call with bounded parameters.
namespace {

twostep::SecretBytes fixedKey()
{
    std::array<std::uint8_t, twostep::crypto::kKeySize> key{};
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = static_cast<std::uint8_t>(0xA5 ^ i);
    }
    return twostep::SecretBytes(key);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace twostep;
    using namespace twostep::vault;
    if (size == 0) {
        return 0;
    }
    static const SecretBytes key = fixedKey();
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    file::Container container;
    if (data[0] % 2 == 0) {
        Result<file::Container> parsed = file::parseContainer(rest);
        if (!parsed) {
            if (parsed.error().detail.isEmpty()) {
                __builtin_trap();
            }
            return 0;
        }
        // Strict parsing: what parses serializes to a container that parses to the same fields.
        Result<file::Container> again = file::parseContainer(file::serializeContainer(*parsed));
        if (!again || again->generation != parsed->generation || again->payload != parsed->payload ||
            again->nonce != parsed->nonce || again->passwordSlots.size() != parsed->passwordSlots.size() ||
            again->keyringSlots.size() != parsed->keyringSlots.size() ||
            file::payloadAad(*again) != file::payloadAad(*parsed)) {
            __builtin_trap();
        }
        for (qsizetype i = 0; i < parsed->keyringSlots.size(); ++i) {
            if (file::slotAad(again->keyringSlots.at(i)) != file::slotAad(parsed->keyringSlots.at(i))) {
                __builtin_trap();
            }
            (void)file::unwrapSlot(parsed->keyringSlots.at(i), key);
        }
        container = std::move(parsed).value();
    } else {
        container.generation = 7;
        container.nonce = QByteArray(static_cast<qsizetype>(crypto::kNonceSize), '\x11');
        Result<QByteArray> sealed = crypto::seal(
            key, container.nonce, file::payloadAad(container),
            std::span(reinterpret_cast<const std::uint8_t*>(rest.constData()), static_cast<std::size_t>(rest.size())));
        if (!sealed) {
            __builtin_trap();
        }
        container.payload = *sealed;
    }

    Result<QList<VaultEntry>> entries = file::openEntries(container, key);
    if (!entries) {
        return 0;
    }
    // Entries that were read are written and read back unchanged.
    file::Container resealed = container;
    if (!file::sealEntries(resealed, key, *entries)) {
        __builtin_trap();
    }
    Result<QList<VaultEntry>> reopened = file::openEntries(resealed, key);
    if (!reopened || *reopened != *entries) {
        __builtin_trap();
    }
    return 0;
}
