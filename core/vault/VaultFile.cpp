// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultFile.h"

#include "common/JsonBounds.h"
#include "crypto/Crypto.h"
#include "vault/VaultKdf.h"
#include "vault/VaultPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace twostep::vault {

KdfParameters defaultKdfParameters()
{
    // Calibrated with tests/bench/vault_bench.sh: about 0.5 s on the 2-core reference machine.
    return KdfParameters{64 * 1024, 3, 2};
}

KdfParameters fastKdfParametersForTests()
{
    return KdfParameters{limits::kMinMemoryKiB, limits::kMinIterations, limits::kMinParallelism};
}

} // namespace twostep::vault

namespace twostep::vault::file {

namespace {

const QString kFormat = QStringLiteral("twostep-vault");
const QString kCipher = QStringLiteral("aes-256-gcm");
const QString kPasswordType = QStringLiteral("password");
const QString kKeyringType = QStringLiteral("keyring");
const QString kArgon2id = QStringLiteral("argon2id");
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

// Counts the slots by kind before any is parsed, so a file with thousands is refused at once.
Status checkSlotCounts(const QJsonArray& slots)
{
    int passwords = 0;
    int keyrings = 0;
    int others = 0;
    for (const auto& slot : slots) {
        const QString type = slot.toObject().value(QStringLiteral("type")).toString();
        int& count = type == kPasswordType ? passwords : type == kKeyringType ? keyrings : others;
        ++count;
    }
    const auto over = [](int count, int bound, const char* kind) {
        return overLimit(QStringLiteral("it has %1 %2 slots; Twostep reads at most %3")
                             .arg(count)
                             .arg(QLatin1String(kind))
                             .arg(bound));
    };
    if (passwords > limits::kMaxPasswordSlots) {
        return over(passwords, limits::kMaxPasswordSlots, "password");
    }
    if (keyrings > limits::kMaxKeyringSlots) {
        return over(keyrings, limits::kMaxKeyringSlots, "keyring");
    }
    if (others > limits::kMaxOtherSlots) {
        return over(others, limits::kMaxOtherSlots, "unknown");
    }
    return {};
}

// One unlock may try every password slot: their summed cost is bounded, not just each one's.
Status checkKdfWork(const QList<PasswordSlot>& slots)
{
    std::uint64_t work = 0;
    for (const PasswordSlot& slot : slots) {
        work += std::uint64_t{slot.kdf.memoryKiB} * slot.kdf.iterations;
    }
    if (work > limits::kMaxKdfWorkKiB) {
        return overLimit(QStringLiteral("its password slots together ask for %1 GiB × iterations of Argon2 work; "
                                        "Twostep spends at most %2 GiB × iterations on one unlock")
                             .arg(static_cast<double>(work) / (1024.0 * 1024.0), 0, 'f', 1)
                             .arg(limits::kMaxKdfWorkKiB / (std::uint64_t{1024} * 1024)));
    }
    return {};
}

// Canonical base64 only: a changed character must never decode to the same bytes.
Result<QByteArray> base64Field(const QJsonObject& object, const QString& key, qsizetype exactSize = -1)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return damaged(QStringLiteral("'%1' is missing or not text").arg(key));
    }
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text) {
        return damaged(QStringLiteral("'%1' is not valid base64").arg(key));
    }
    if (exactSize >= 0 && decoded.decoded.size() != exactSize) {
        return damaged(
            QStringLiteral("'%1' has %2 bytes instead of %3").arg(key).arg(decoded.decoded.size()).arg(exactSize));
    }
    return decoded.decoded;
}

Result<std::uint64_t> integerField(const QJsonObject& object, const QString& key, double max = kMaxExactInteger)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > max || std::floor(number) != number) {
        return damaged(QStringLiteral("'%1' is missing or not a whole number in range").arg(key));
    }
    return static_cast<std::uint64_t>(number);
}

Result<std::uint32_t> uint32Field(const QJsonObject& object, const QString& key)
{
    Result<std::uint64_t> value = integerField(object, key, 4294967295.0);
    if (!value) {
        return value.error();
    }
    return static_cast<std::uint32_t>(*value);
}

Result<PasswordSlot> parsePasswordSlot(const QJsonObject& object)
{
    if (object.value(QStringLiteral("kdf")).toString() != kArgon2id) {
        return damaged(QStringLiteral("password slot's KDF is not argon2id"));
    }
    PasswordSlot slot;
    Result<std::uint32_t> memory = uint32Field(object, QStringLiteral("memoryKiB"));
    Result<std::uint32_t> iterations = uint32Field(object, QStringLiteral("iterations"));
    Result<std::uint32_t> parallelism = uint32Field(object, QStringLiteral("parallelism"));
    Result<QByteArray> salt = base64Field(object, QStringLiteral("salt"), crypto::kSaltSize);
    Result<QByteArray> nonce = base64Field(object, QStringLiteral("nonce"), crypto::kNonceSize);
    Result<QByteArray> key = base64Field(object, QStringLiteral("key"), crypto::kKeySize + crypto::kTagSize);
    for (const Error* error : {memory ? nullptr : &memory.error(), iterations ? nullptr : &iterations.error(),
                               parallelism ? nullptr : &parallelism.error(), salt ? nullptr : &salt.error(),
                               nonce ? nullptr : &nonce.error(), key ? nullptr : &key.error()}) {
        if (error) {
            return *error;
        }
    }
    slot.kdf = KdfParameters{*memory, *iterations, *parallelism};
    if (Status bounds = checkKdfBounds(slot.kdf); !bounds) {
        return bounds.error();
    }
    slot.salt = *salt;
    slot.nonce = *nonce;
    slot.wrappedKey = *key;
    return slot;
}

Result<KeyringSlot> parseKeyringSlot(const QJsonObject& object)
{
    KeyringSlot slot;
    slot.id = object.value(QStringLiteral("id")).toString();
    // The id names the keyring item: only a plain UUID, so it cannot steer the lookup elsewhere.
    if (QUuid::fromString(slot.id).isNull() || slot.id.size() != 36) {
        return damaged(QStringLiteral("keyring slot's 'id' is not a UUID"));
    }
    Result<QByteArray> nonce = base64Field(object, QStringLiteral("nonce"), crypto::kNonceSize);
    if (!nonce) {
        return nonce.error();
    }
    Result<QByteArray> key = base64Field(object, QStringLiteral("key"), crypto::kKeySize + crypto::kTagSize);
    if (!key) {
        return key.error();
    }
    slot.nonce = *nonce;
    slot.wrappedKey = *key;
    return slot;
}

QJsonObject slotToJson(const KeyringSlot& slot)
{
    return QJsonObject{
        {QStringLiteral("type"), kKeyringType},
        {QStringLiteral("id"), slot.id},
        {QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64())},
        {QStringLiteral("key"), QString::fromLatin1(slot.wrappedKey.toBase64())},
    };
}

QJsonObject slotToJson(const PasswordSlot& slot)
{
    return QJsonObject{
        {QStringLiteral("type"), kPasswordType},
        {QStringLiteral("kdf"), kArgon2id},
        {QStringLiteral("memoryKiB"), static_cast<qint64>(slot.kdf.memoryKiB)},
        {QStringLiteral("iterations"), static_cast<qint64>(slot.kdf.iterations)},
        {QStringLiteral("parallelism"), static_cast<qint64>(slot.kdf.parallelism)},
        {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64())},
        {QStringLiteral("key"), QString::fromLatin1(slot.wrappedKey.toBase64())},
    };
}

} // namespace

Error damaged(const QString& why)
{
    return makeError(ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: ") + why);
}

Error overLimit(const QString& why)
{
    return makeError(ErrorCode::LimitExceeded, QStringLiteral("vault file is over Twostep's limits: ") + why);
}

Error tooLarge()
{
    return overLimit(QStringLiteral("it is larger than %1 MiB").arg(kMaxFileSize / (qint64{1024} * 1024)));
}

Result<Container> parseContainer(const QByteArray& bytes)
{
    if (bytes.size() > kMaxFileSize) {
        return tooLarge();
    }
    // A container has a few objects (root, slots); a file of thousands would cost gigabytes to parse.
    constexpr qsizetype kMaxJsonContainers = 256;
    if (!jsonContainersWithin(bytes, kMaxJsonContainers)) {
        return overLimit(QStringLiteral("it holds more than %1 JSON objects and arrays").arg(kMaxJsonContainers));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (bytes.isEmpty()) {
            return damaged(QStringLiteral("the file is empty"));
        }
        return damaged(QStringLiteral("not valid JSON at byte %1 (truncated or changed)").arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        return damaged(QStringLiteral("it is not a Twostep vault (format is not '%1')").arg(kFormat));
    }
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const double version = versionValue.toDouble(-1);
    // Beyond 2^53 no build wrote it, and casting it to an integer for the message would be undefined.
    if (!versionValue.isDouble() || std::floor(version) != version || std::fabs(version) > kMaxExactInteger) {
        return damaged(QStringLiteral("'version' is missing or not a whole number"));
    }
    if (version != kVersion) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("unsupported vault version %1").arg(static_cast<qint64>(version)));
    }
    if (root.value(QStringLiteral("cipher")).toString() != kCipher) {
        return damaged(QStringLiteral("cipher is not %1").arg(kCipher));
    }

    Container container;
    Result<std::uint64_t> generation = integerField(root, QStringLiteral("generation"));
    if (!generation) {
        return generation.error();
    }
    container.generation = *generation;
    Result<QByteArray> nonce = base64Field(root, QStringLiteral("nonce"), crypto::kNonceSize);
    if (!nonce) {
        return nonce.error();
    }
    container.nonce = *nonce;
    Result<QByteArray> payload = base64Field(root, QStringLiteral("payload"));
    if (!payload) {
        return payload.error();
    }
    if (static_cast<std::size_t>(payload->size()) < crypto::kTagSize) {
        return damaged(QStringLiteral("the payload is too short"));
    }
    container.payload = *payload;

    const QJsonValue slots = root.value(QStringLiteral("slots"));
    if (!slots.isArray()) {
        return damaged(QStringLiteral("'slots' is missing"));
    }
    if (Status counted = checkSlotCounts(slots.toArray()); !counted) {
        return counted.error();
    }
    for (const auto& slotValue : slots.toArray()) {
        if (!slotValue.isObject()) {
            return damaged(QStringLiteral("a key slot is not an object"));
        }
        const QJsonObject slotObject = slotValue.toObject();
        const QString type = slotObject.value(QStringLiteral("type")).toString();
        if (type == kPasswordType) {
            Result<PasswordSlot> slot = parsePasswordSlot(slotObject);
            if (!slot) {
                return slot.error();
            }
            container.passwordSlots.append(*slot);
        } else if (type == kKeyringType) {
            Result<KeyringSlot> slot = parseKeyringSlot(slotObject);
            if (!slot) {
                return slot.error();
            }
            container.keyringSlots.append(*slot);
        } else {
            container.otherSlots.append(slotObject);
        }
    }
    if (container.passwordSlots.isEmpty()) {
        return damaged(QStringLiteral("it has no password slot"));
    }
    if (Status work = checkKdfWork(container.passwordSlots); !work) {
        return work.error();
    }
    return container;
}

QByteArray serializeContainer(const Container& container)
{
    QJsonArray slots;
    for (const PasswordSlot& slot : container.passwordSlots) {
        slots.append(slotToJson(slot));
    }
    for (const KeyringSlot& slot : container.keyringSlots) {
        slots.append(slotToJson(slot));
    }
    for (const QJsonObject& other : container.otherSlots) {
        slots.append(other);
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("generation"), static_cast<qint64>(container.generation)},
        {QStringLiteral("cipher"), kCipher},
        {QStringLiteral("nonce"), QString::fromLatin1(container.nonce.toBase64())},
        {QStringLiteral("payload"), QString::fromLatin1(container.payload.toBase64())},
        {QStringLiteral("slots"), slots},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray payloadAad(const Container& container)
{
    return kFormat.toLatin1() + "\n" + QByteArray::number(kVersion) +
           "\ngeneration=" + QByteArray::number(static_cast<qulonglong>(container.generation)) +
           "\ncipher=" + kCipher.toLatin1() + "\nnonce=" + container.nonce.toBase64();
}

QByteArray slotAad(const PasswordSlot& slot)
{
    return kFormat.toLatin1() + "\n" + QByteArray::number(kVersion) + "\nslot=" + kPasswordType.toLatin1() +
           "\nkdf=" + kArgon2id.toLatin1() + "\nm=" + QByteArray::number(slot.kdf.memoryKiB) +
           "\nt=" + QByteArray::number(slot.kdf.iterations) + "\np=" + QByteArray::number(slot.kdf.parallelism) +
           "\nsalt=" + slot.salt.toBase64() + "\nnonce=" + slot.nonce.toBase64();
}

QByteArray slotAad(const KeyringSlot& slot)
{
    return kFormat.toLatin1() + "\n" + QByteArray::number(kVersion) + "\nslot=" + kKeyringType.toLatin1() +
           "\nid=" + slot.id.toLatin1() + "\nnonce=" + slot.nonce.toBase64();
}

Status sealEntries(Container& container, const SecretBytes& masterKey, const QList<VaultEntry>& entries,
                   const QList<Tombstone>& tombstones)
{
    if (Status bounded = payload::checkEntryBounds(entries); !bounded) {
        return bounded;
    }
    const SecretBytes plain = payload::serialize(entries, tombstones);
    Result<QByteArray> nonce = crypto::randomBytes(crypto::kNonceSize);
    if (!nonce) {
        return nonce.error();
    }
    container.nonce = *nonce;
    Result<QByteArray> sealed = crypto::seal(masterKey, container.nonce, payloadAad(container), plain.bytes());
    if (!sealed) {
        return sealed.error();
    }
    container.payload = *sealed;
    return {};
}

Result<QList<VaultEntry>> openEntries(const Container& container, const SecretBytes& masterKey,
                                      QList<Tombstone>* tombstones)
{
    Result<SecretBytes> plain = crypto::open(masterKey, container.nonce, payloadAad(container), container.payload);
    if (!plain) {
        return plain.error().code == ErrorCode::CorruptFile ? damaged(plain.error().detail) : plain.error();
    }
    return payload::parse(plain->bytes(), tombstones);
}

Result<QByteArray> serializeBounded(const Container& container)
{
    QByteArray out = serializeContainer(container);
    if (out.size() > limits::kMaxFileSize) {
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("the vault would grow to %1 MiB; it may hold at most %2 MiB")
                             .arg(out.size() / (qsizetype{1024} * 1024))
                             .arg(limits::kMaxFileSize / (qint64{1024} * 1024)));
    }
    return out;
}

Status checkNewKdf(const KdfParameters& kdf)
{
    if (Status bounds = checkKdfBounds(kdf); !bounds) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Argon2 parameters out of range: ") +
                                                      bounds.error().detail.section(QStringLiteral(": "), 1));
    }
    return {};
}

Result<OpenedVault> sealNewVault(const QList<VaultEntry>& entries, const SecretBytes& password,
                                 const KdfParameters& kdf)
{
    if (password.empty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the password is empty"));
    }
    if (Status valid = checkNewKdf(kdf); !valid) {
        return valid.error();
    }
    OpenedVault sealed;
    Result<SecretBytes> masterKey = crypto::randomKey();
    if (!masterKey) {
        return masterKey.error();
    }
    sealed.masterKey = std::move(masterKey).value();
    Result<PasswordSlot> slot = makePasswordSlot(sealed.masterKey, password, kdf, &sealed.passwordKey);
    if (!slot) {
        return slot.error();
    }
    sealed.container.generation = 1;
    sealed.container.passwordSlots.append(*slot);
    sealed.slotSalt = slot->salt;
    if (Status done = sealEntries(sealed.container, sealed.masterKey, entries); !done) {
        return done.error();
    }
    Result<QByteArray> bytes = serializeBounded(sealed.container);
    if (!bytes) {
        return bytes.error();
    }
    sealed.bytes = std::move(bytes).value();
    sealed.entries = entries;
    return sealed;
}

Result<OpenedVault> openVault(const QByteArray& bytes, const SecretBytes& password)
{
    Result<Container> container = parseContainer(bytes);
    if (!container) {
        return container.error();
    }
    OpenedVault opened;
    Error lastError = makeError(ErrorCode::WrongPassword, QStringLiteral("wrong password"));
    for (const PasswordSlot& slot : container->passwordSlots) {
        Result<SecretBytes> key = unwrapSlot(slot, password, &opened.passwordKey);
        if (key) {
            opened.masterKey = std::move(key).value();
            opened.slotSalt = slot.salt;
            break;
        }
        lastError = key.error();
    }
    if (opened.masterKey.empty()) {
        return lastError;
    }
    Result<QList<VaultEntry>> entries = openEntries(*container, opened.masterKey, &opened.tombstones);
    if (!entries) {
        return entries.error();
    }
    opened.container = std::move(container).value();
    opened.bytes = bytes;
    opened.entries = std::move(entries).value();
    return opened;
}

} // namespace twostep::vault::file
