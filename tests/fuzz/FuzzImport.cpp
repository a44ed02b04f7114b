// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/FormatRegistry.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Every importer. First byte: bit 7 set gives the password "test" (the samples' password), the
// low bits pick an importer by its place in importers() or, past the end, detection (importData).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace twostep;
    if (size == 0) {
        return 0;
    }
    static const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("test"));
    const SecretBytes* passwordOrNull = (data[0] & 0x80) != 0 ? &password : nullptr;
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const QList<const formats::Importer*>& all = formats::importers();
    const qsizetype pick = (data[0] & 0x7F) % (all.size() + 1);

    Result<formats::ImportResult> result = [&]() -> Result<formats::ImportResult> {
        if (pick == all.size()) {
            return formats::importData(rest, passwordOrNull);
        }
        const formats::Importer* importer = all.at(pick);
        (void)importer->detect(rest);
        (void)importer->needsPassword(rest);
        return importer->read(rest, passwordOrNull);
    }();
    if (!result) {
        if (result.error().detail.isEmpty()) {
            __builtin_trap();
        }
        return 0;
    }
    for (const otp::Account& account : result->accounts) {
        if (account.secret.empty()) {
            __builtin_trap(); // an importer let an account without a secret through
        }
    }
    return 0;
}
