// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultKdf.h"

#include "crypto/Crypto.h"

namespace twostep::vault {

Status checkKdfBounds(const KdfParameters& kdf)
{
    using namespace limits;
    if (kdf.memoryKiB < kMinMemoryKiB || kdf.memoryKiB > kMaxMemoryKiB) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("vault file is damaged: Argon2 memory %1 KiB is outside %2 to %3 KiB")
                             .arg(kdf.memoryKiB)
                             .arg(kMinMemoryKiB)
                             .arg(kMaxMemoryKiB));
    }
    if (kdf.iterations < kMinIterations || kdf.iterations > kMaxIterations) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("vault file is damaged: Argon2 iterations %1 is outside %2 to %3")
                             .arg(kdf.iterations)
                             .arg(kMinIterations)
                             .arg(kMaxIterations));
    }
    if (kdf.parallelism < kMinParallelism || kdf.parallelism > kMaxParallelism) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("vault file is damaged: Argon2 parallelism %1 is outside %2 to %3")
                             .arg(kdf.parallelism)
                             .arg(kMinParallelism)
                             .arg(kMaxParallelism));
    }
    return {};
}

Result<SecretBytes> deriveSlotKey(const SecretBytes& password, const QByteArray& salt, const KdfParameters& kdf)
{
    if (Status bounds = checkKdfBounds(kdf); !bounds) {
        return bounds.error();
    }
    return crypto::argon2id(password, salt, crypto::Argon2idCost{kdf.memoryKiB, kdf.iterations, kdf.parallelism});
}

} // namespace twostep::vault
