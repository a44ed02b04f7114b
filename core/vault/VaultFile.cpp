// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultFile.h"

#include "common/JsonBounds.h"
#include "vault/Tombstones.h"
#include "vault/VaultCrypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QUuid>

#include <openssl/crypto.h>

#include <algorithm>
#include <cmath>

namespace twostep::vault::file {

namespace {

const QString kFormat = QStringLiteral("twostep-vault");
const QString kCipher = QStringLiteral("aes-256-gcm");
const QString kPasswordType = QStringLiteral("password");
const QString kKeyringType = QStringLiteral("keyring");
const QString kArgon2id = QStringLiteral("argon2id");
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

Error damaged(const QString& why)
{
    return makeError(ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: ") + why);
}

Error overLimit(const QString& why)
{
    return makeError(ErrorCode::LimitExceeded, QStringLiteral("vault file is over Twostep's limits: ") + why);
}

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
    if (Status bounds = crypto::checkKdfBounds(slot.kdf); !bounds) {
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

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace

Result<Container> parseContainer(const QByteArray& bytes)
{
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

Result<KeyringSlot> makeKeyringSlot(const SecretBytes& masterKey, const SecretBytes& wrappingKey)
{
    if (wrappingKey.size() != crypto::kKeySize) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a keyring key must be %1 bytes").arg(crypto::kKeySize));
    }
    KeyringSlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (slot.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<QByteArray> wrapped = crypto::seal(wrappingKey, slot.nonce, slotAad(slot), masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    slot.wrappedKey = *wrapped;
    return slot;
}

Status rewrapSlot(KeyringSlot& slot, const SecretBytes& masterKey, const SecretBytes& wrappingKey)
{
    KeyringSlot next = slot;
    next.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (next.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<QByteArray> wrapped = crypto::seal(wrappingKey, next.nonce, slotAad(next), masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    next.wrappedKey = *wrapped;
    slot = next;
    return {};
}

Result<SecretBytes> unwrapSlot(const KeyringSlot& slot, const SecretBytes& wrappingKey)
{
    if (wrappingKey.size() != crypto::kKeySize) {
        return makeError(ErrorCode::WrongPassword, QStringLiteral("the keyring's key does not open this vault"));
    }
    Result<SecretBytes> masterKey = crypto::open(wrappingKey, slot.nonce, slotAad(slot), slot.wrappedKey);
    if (!masterKey || masterKey->size() != crypto::kKeySize) {
        return makeError(ErrorCode::WrongPassword, QStringLiteral("the keyring's key does not open this vault"));
    }
    return masterKey;
}

Result<PasswordSlot> makePasswordSlot(const SecretBytes& masterKey, const SecretBytes& password,
                                      const KdfParameters& kdf, SecretBytes* passwordKey)
{
    PasswordSlot slot;
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(crypto::kSaltSize);
    slot.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (slot.salt.isEmpty() || slot.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<SecretBytes> wrappingKey = crypto::deriveKey(password, slot.salt, kdf);
    if (!wrappingKey) {
        if (wrappingKey.error().code == ErrorCode::CorruptFile) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Argon2 parameters out of range (%1)")
                                 .arg(wrappingKey.error().detail.section(QStringLiteral(": "), 1)));
        }
        return wrappingKey.error();
    }
    Result<QByteArray> wrapped = crypto::seal(*wrappingKey, slot.nonce, slotAad(slot), masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    slot.wrappedKey = *wrapped;
    if (passwordKey) {
        *passwordKey = std::move(wrappingKey).value();
    }
    return slot;
}

Result<SecretBytes> unwrapSlot(const PasswordSlot& slot, const SecretBytes& password, SecretBytes* passwordKey)
{
    Result<SecretBytes> wrappingKey = crypto::deriveKey(password, slot.salt, slot.kdf);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    Result<SecretBytes> masterKey = unwrapSlotWithKey(slot, *wrappingKey);
    if (masterKey && passwordKey) {
        *passwordKey = std::move(wrappingKey).value();
    }
    return masterKey;
}

Result<SecretBytes> unwrapSlotWithKey(const PasswordSlot& slot, const SecretBytes& passwordKey)
{
    Result<SecretBytes> masterKey = crypto::open(passwordKey, slot.nonce, slotAad(slot), slot.wrappedKey);
    if (!masterKey || masterKey->size() != crypto::kKeySize) {
        return makeError(ErrorCode::WrongPassword, QStringLiteral("wrong password"));
    }
    return masterKey;
}

Status rewrapSlot(PasswordSlot& slot, const SecretBytes& masterKey, const SecretBytes& passwordKey)
{
    PasswordSlot next = slot;
    next.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (next.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<QByteArray> wrapped = crypto::seal(passwordKey, next.nonce, slotAad(next), masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    next.wrappedKey = *wrapped;
    slot = next;
    return {};
}

Status checkEntryBounds(const QList<VaultEntry>& entries)
{
    if (entries.size() > limits::kMaxAccounts) {
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("a vault holds at most %1 accounts; this one would hold %2")
                             .arg(limits::kMaxAccounts)
                             .arg(entries.size()));
    }
    for (const VaultEntry& entry : entries) {
        if (entry.account.issuer.size() > limits::kMaxLabelLength ||
            entry.account.name.size() > limits::kMaxLabelLength) {
            return makeError(ErrorCode::LimitExceeded,
                             QStringLiteral("an issuer or account name is longer than %1 characters (%2…)")
                                 .arg(limits::kMaxLabelLength)
                                 .arg(entry.account.label().left(40)));
        }
    }
    return {};
}

Status sealEntries(Container& container, const SecretBytes& masterKey, const QList<VaultEntry>& entries,
                   const QList<Tombstone>& tombstones)
{
    if (Status bounded = checkEntryBounds(entries); !bounded) {
        return bounded;
    }
    QJsonArray accounts;
    for (const VaultEntry& entry : entries) {
        const otp::OtpParameters& p = entry.account.parameters;
        accounts.append(QJsonObject{
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("issuer"), entry.account.issuer},
            {QStringLiteral("name"), entry.account.name},
            {QStringLiteral("secretBytes"), static_cast<qint64>(entry.account.secret.size())},
            {QStringLiteral("type"), otp::typeName(p.type())},
            {QStringLiteral("algorithm"), otp::algorithmName(p.algorithm())},
            {QStringLiteral("digits"), p.digits()},
            {QStringLiteral("period"), QString::number(p.period())},
            {QStringLiteral("counter"), QString::number(p.counter())},
            {QStringLiteral("created"), entry.created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), entry.updated.toUTC().toString(Qt::ISODateWithMs)},
        });
    }
    // The secrets follow the JSON after a NUL byte, so they never pass through Qt's JSON
    // classes, whose copies would be freed without being wiped.
    QJsonObject root{{QStringLiteral("accounts"), accounts}};
    writeTombstones(root, tombstones);
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    std::size_t size = static_cast<std::size_t>(json.size()) + 1;
    for (const VaultEntry& entry : entries) {
        size += entry.account.secret.size();
    }
    SecretBytes plain(size);
    std::uint8_t* out = std::copy(json.cbegin(), json.cend(), plain.data());
    *out++ = 0;
    for (const VaultEntry& entry : entries) {
        out = std::copy(entry.account.secret.bytes().begin(), entry.account.secret.bytes().end(), out);
    }
    wipe(json);
    container.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (container.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
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
        return plain.error();
    }
    const std::span<const std::uint8_t> bytes = plain->bytes();
    const auto nul = std::find(bytes.begin(), bytes.end(), std::uint8_t{0});
    if (nul == bytes.end()) {
        return damaged(QStringLiteral("the decrypted account list is not valid"));
    }
    const auto jsonSize = static_cast<std::size_t>(nul - bytes.begin());
    // One object per account and per tombstone, plus the root and the two lists: counted before
    // Qt's JSON parser allocates.
    if (!jsonContainersWithin(QByteArrayView(bytes.data(), static_cast<qsizetype>(jsonSize)),
                              limits::kMaxAccounts + limits::kMaxTombstones + 3)) {
        return overLimit(QStringLiteral("its account list holds more than %1 accounts").arg(limits::kMaxAccounts));
    }
    const std::span<const std::uint8_t> secrets = bytes.subspan(jsonSize + 1);
    std::size_t secretOffset = 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(jsonSize)),
        &parseError);
    const QJsonValue accountsValue = document.object().value(QStringLiteral("accounts"));
    if (parseError.error != QJsonParseError::NoError || !accountsValue.isArray()) {
        return damaged(QStringLiteral("the decrypted account list is not valid"));
    }
    QList<VaultEntry> entries;
    QSet<QString> ids;
    const QJsonArray accounts = accountsValue.toArray();
    if (accounts.size() > limits::kMaxAccounts) {
        return overLimit(QStringLiteral("it holds %1 accounts; Twostep reads at most %2")
                             .arg(accounts.size())
                             .arg(limits::kMaxAccounts));
    }
    entries.reserve(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject object = accounts.at(i).toObject();
        const auto bad = [i](const QString& what) {
            return damaged(QStringLiteral("account %1 has %2").arg(i + 1).arg(what));
        };
        VaultEntry entry;
        entry.id = object.value(QStringLiteral("id")).toString();
        if (entry.id.isEmpty() || ids.contains(entry.id)) {
            return bad(QStringLiteral("a missing or duplicate id"));
        }
        ids.insert(entry.id);
        entry.account.issuer = object.value(QStringLiteral("issuer")).toString();
        entry.account.name = object.value(QStringLiteral("name")).toString();
        if (entry.account.issuer.size() > limits::kMaxLabelLength ||
            entry.account.name.size() > limits::kMaxLabelLength) {
            return overLimit(QStringLiteral("account %1's issuer or name is longer than %2 characters")
                                 .arg(i + 1)
                                 .arg(limits::kMaxLabelLength));
        }
        const qint64 secretSize = object.value(QStringLiteral("secretBytes")).toInteger(-1);
        if (secretSize <= 0 || static_cast<std::size_t>(secretSize) > secrets.size() - secretOffset) {
            return bad(QStringLiteral("an invalid secret length"));
        }
        SecretBytes secret(secrets.subspan(secretOffset, static_cast<std::size_t>(secretSize)));
        secretOffset += static_cast<std::size_t>(secretSize);
        const std::optional<otp::OtpType> type = otp::typeFromName(object.value(QStringLiteral("type")).toString());
        const std::optional<otp::Algorithm> algorithm =
            otp::algorithmFromName(object.value(QStringLiteral("algorithm")).toString());
        bool periodOk = false;
        bool counterOk = false;
        const qint64 period = object.value(QStringLiteral("period")).toString().toLongLong(&periodOk);
        const qulonglong counter = object.value(QStringLiteral("counter")).toString().toULongLong(&counterOk);
        if (!type || !algorithm || !periodOk || !counterOk) {
            return bad(QStringLiteral("an invalid type, algorithm, period or counter"));
        }
        Result<otp::OtpParameters> parameters = otp::OtpParameters::create(
            *type, *algorithm, object.value(QStringLiteral("digits")).toInt(-1), period, counter);
        if (!parameters) {
            return bad(parameters.error().detail);
        }
        entry.account.secret = std::move(secret);
        entry.account.parameters = *parameters;
        entry.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        entry.updated = QDateTime::fromString(object.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
        if (!entry.created.isValid() || !entry.updated.isValid()) {
            return bad(QStringLiteral("invalid timestamps"));
        }
        entries.append(std::move(entry));
    }
    if (secretOffset != secrets.size()) {
        return damaged(QStringLiteral("the decrypted secrets do not match the account list"));
    }
    Result<QList<Tombstone>> deleted = readTombstones(document.object(), ids);
    if (!deleted) {
        return deleted.error();
    }
    if (tombstones) {
        *tombstones = std::move(deleted).value();
    }
    return entries;
}

} // namespace twostep::vault::file
