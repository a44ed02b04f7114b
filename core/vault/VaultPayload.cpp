// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultPayload.h"

#include "common/JsonBounds.h"
#include "vault/VaultFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace twostep::vault::payload {

namespace {

// Version 3's fields, each only when set, so an account without them costs nothing.
void insertDetails(QJsonObject& object, const VaultEntry& entry)
{
    const otp::AccountDetails& details = entry.account.details;
    if (!details.note.isEmpty()) {
        object.insert(QStringLiteral("note"), details.note);
    }
    if (!details.groups.isEmpty()) {
        object.insert(QStringLiteral("groups"), QJsonArray::fromStringList(details.groups));
    }
    if (details.favorite) {
        object.insert(QStringLiteral("favorite"), true);
    }
    if (!details.icon.isEmpty()) {
        object.insert(QStringLiteral("iconMime"), details.icon.mimeType);
        object.insert(QStringLiteral("iconBytes"), static_cast<qint64>(details.icon.data.size()));
    }
    if (entry.useCount > 0) {
        object.insert(QStringLiteral("useCount"), entry.useCount);
    }
    if (entry.lastUsed.isValid()) {
        object.insert(QStringLiteral("lastUsed"), entry.lastUsed.toUTC().toString(Qt::ISODateWithMs));
    }
}

QJsonObject accountToJson(const VaultEntry& entry)
{
    const otp::OtpParameters& p = entry.account.parameters;
    QJsonObject object{
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
    };
    if (!entry.account.awsMfaArn.isEmpty()) {
        object.insert(QStringLiteral("awsMfaArn"), entry.account.awsMfaArn);
    }
    insertDetails(object, entry);
    return object;
}

// Version 3's fields of account `index`; its icon is the next "iconBytes" bytes of `tail` from
// `offset`, which moves past them. Absent fields (versions 1 and 2) read as none.
Status readDetails(const QJsonObject& object, qsizetype index, std::span<const std::uint8_t> tail, std::size_t& offset,
                   VaultEntry& entry)
{
    const auto bad = [index](const QString& what) {
        return file::damaged(QStringLiteral("account %1 has %2").arg(index + 1).arg(what));
    };
    otp::AccountDetails& details = entry.account.details;
    const QJsonValue groups = object.value(QStringLiteral("groups"));
    if (!groups.isUndefined() && !groups.isArray()) {
        return bad(QStringLiteral("an invalid group list"));
    }
    if (groups.toArray().size() > otp::detailLimits::kMaxGroups) {
        return file::overLimit(
            QStringLiteral("account %1 is in more than %2 groups").arg(index + 1).arg(otp::detailLimits::kMaxGroups));
    }
    for (const QJsonValue group : groups.toArray()) {
        if (!group.isString()) {
            return bad(QStringLiteral("a group name that is not text"));
        }
        details.groups.append(group.toString());
    }
    details.note = object.value(QStringLiteral("note")).toString();
    details.favorite = object.value(QStringLiteral("favorite")).toBool(false);
    const qint64 iconSize = object.value(QStringLiteral("iconBytes")).toInteger(0);
    if (iconSize < 0 || iconSize > otp::detailLimits::kMaxIconBytes ||
        static_cast<std::size_t>(iconSize) > tail.size() - offset) {
        return bad(QStringLiteral("an invalid icon length"));
    }
    if (iconSize > 0) {
        const auto bytes = tail.subspan(offset, static_cast<std::size_t>(iconSize));
        details.icon.data = QByteArray(reinterpret_cast<const char*>(bytes.data()), iconSize);
        details.icon.mimeType = object.value(QStringLiteral("iconMime")).toString();
        offset += static_cast<std::size_t>(iconSize);
    }
    if (Status checked = otp::checkDetails(details); !checked) {
        return checked.error().code == ErrorCode::LimitExceeded
                   ? file::overLimit(QStringLiteral("account %1: %2").arg(index + 1).arg(checked.error().detail))
                   : bad(checked.error().detail);
    }
    entry.useCount = object.value(QStringLiteral("useCount")).toInteger(0);
    const QJsonValue lastUsed = object.value(QStringLiteral("lastUsed"));
    entry.lastUsed = QDateTime::fromString(lastUsed.toString(), Qt::ISODateWithMs);
    if (entry.useCount < 0 || (!lastUsed.isUndefined() && !entry.lastUsed.isValid())) {
        return bad(QStringLiteral("an invalid use count or last use"));
    }
    return {};
}

// Account `index` (0-based) of the list, its id already checked; its secret is the next
// "secretBytes" bytes of `secrets` from `secretOffset`, which moves past them.
Result<VaultEntry> entryFromJson(const QJsonObject& object, qsizetype index, std::span<const std::uint8_t> secrets,
                                 std::size_t& secretOffset)
{
    const auto bad = [index](const QString& what) {
        return file::damaged(QStringLiteral("account %1 has %2").arg(index + 1).arg(what));
    };
    VaultEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.account.issuer = object.value(QStringLiteral("issuer")).toString();
    entry.account.name = object.value(QStringLiteral("name")).toString();
    entry.account.awsMfaArn = object.value(QStringLiteral("awsMfaArn")).toString();
    if (entry.account.issuer.size() > limits::kMaxLabelLength || entry.account.name.size() > limits::kMaxLabelLength ||
        entry.account.awsMfaArn.size() > limits::kMaxLabelLength) {
        return file::overLimit(QStringLiteral("account %1's issuer or name is longer than %2 characters")
                                   .arg(index + 1)
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
    if (Status details = readDetails(object, index, secrets, secretOffset, entry); !details) {
        return details.error();
    }
    return entry;
}

QJsonArray tombstonesToJson(const QList<Tombstone>& tombstones)
{
    QJsonArray list;
    for (const Tombstone& tombstone : tombstones) {
        list.append(QJsonObject{{QStringLiteral("id"), tombstone.id},
                                {QStringLiteral("deleted"), tombstone.deleted.toUTC().toString(Qt::ISODateWithMs)}});
    }
    return list;
}

} // namespace

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
            entry.account.name.size() > limits::kMaxLabelLength ||
            entry.account.awsMfaArn.size() > limits::kMaxLabelLength) {
            return makeError(ErrorCode::LimitExceeded,
                             QStringLiteral("an issuer or account name is longer than %1 characters (%2…)")
                                 .arg(limits::kMaxLabelLength)
                                 .arg(entry.account.label().left(40)));
        }
        if (Status details = otp::checkDetails(entry.account.details); !details) {
            return makeError(details.error().code,
                             QStringLiteral("%1: %2").arg(entry.account.label().left(40), details.error().detail));
        }
    }
    return {};
}

SecretBytes serialize(const QList<VaultEntry>& entries, const QList<Tombstone>& tombstones)
{
    QJsonArray accounts;
    for (const VaultEntry& entry : entries) {
        accounts.append(accountToJson(entry));
    }
    const QJsonObject root{{QStringLiteral("accounts"), accounts},
                           {QStringLiteral("tombstones"), tombstonesToJson(tombstones)},
                           {QStringLiteral("version"), kPayloadVersion}};
    // Qt's JSON copies are freed without being wiped: they hold no secret, and the text is wiped here.
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    std::size_t size = static_cast<std::size_t>(json.size()) + 1;
    for (const VaultEntry& entry : entries) {
        size += entry.account.secret.size() + static_cast<std::size_t>(entry.account.details.icon.data.size());
    }
    SecretBytes plain(size);
    std::uint8_t* out = std::copy(json.cbegin(), json.cend(), plain.data());
    *out++ = 0;
    for (const VaultEntry& entry : entries) {
        out = std::copy(entry.account.secret.bytes().begin(), entry.account.secret.bytes().end(), out);
        out = std::copy(entry.account.details.icon.data.cbegin(), entry.account.details.icon.data.cend(), out);
    }
    wipeBytes(json);
    return plain;
}

Result<QList<VaultEntry>> parse(std::span<const std::uint8_t> plain, QList<Tombstone>* tombstones)
{
    const auto nul = std::find(plain.begin(), plain.end(), std::uint8_t{0});
    if (nul == plain.end()) {
        return file::damaged(QStringLiteral("the decrypted account list is not valid"));
    }
    const auto jsonSize = static_cast<std::size_t>(nul - plain.begin());
    // One object per account and per tombstone, plus the root and the two lists: counted before
    // Qt's JSON parser allocates.
    if (!jsonContainersWithin(QByteArrayView(plain.data(), static_cast<qsizetype>(jsonSize)),
                              limits::kMaxAccounts + limits::kMaxTombstones + 3)) {
        return file::overLimit(
            QStringLiteral("its account list holds more than %1 accounts").arg(limits::kMaxAccounts));
    }
    const std::span<const std::uint8_t> secrets = plain.subspan(jsonSize + 1);
    std::size_t secretOffset = 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(jsonSize)),
        &parseError);
    const QJsonValue accountsValue = document.object().value(QStringLiteral("accounts"));
    if (parseError.error != QJsonParseError::NoError || !accountsValue.isArray()) {
        return file::damaged(QStringLiteral("the decrypted account list is not valid"));
    }
    const QJsonArray accounts = accountsValue.toArray();
    if (accounts.size() > limits::kMaxAccounts) {
        return file::overLimit(QStringLiteral("it holds %1 accounts; Twostep reads at most %2")
                                   .arg(accounts.size())
                                   .arg(limits::kMaxAccounts));
    }
    QList<VaultEntry> entries;
    QSet<QString> ids;
    entries.reserve(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject object = accounts.at(i).toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || ids.contains(id)) {
            return file::damaged(QStringLiteral("account %1 has a missing or duplicate id").arg(i + 1));
        }
        ids.insert(id);
        Result<VaultEntry> entry = entryFromJson(object, i, secrets, secretOffset);
        if (!entry) {
            return entry.error();
        }
        entries.append(std::move(entry).value());
    }
    if (secretOffset != secrets.size()) {
        return file::damaged(QStringLiteral("the decrypted secrets do not match the account list"));
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

Result<QList<Tombstone>> readTombstones(const QJsonObject& root, const QSet<QString>& liveIds)
{
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined()) {
        if (root.contains(QStringLiteral("tombstones"))) {
            return file::damaged(QStringLiteral("its account list has tombstones but no version"));
        }
        return QList<Tombstone>{};
    }
    const double number = version.toDouble(-1);
    if (!version.isDouble() || std::floor(number) != number || number < 2) {
        return file::damaged(QStringLiteral("its account list has an invalid version"));
    }
    if (number > kPayloadVersion) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("unsupported vault payload version %1 (this Twostep reads up to %2)")
                             .arg(number)
                             .arg(kPayloadVersion));
    }
    const QJsonValue listValue = root.value(QStringLiteral("tombstones"));
    if (!listValue.isArray()) {
        return file::damaged(QStringLiteral("its list of deleted accounts is missing"));
    }
    const QJsonArray list = listValue.toArray();
    if (list.size() > limits::kMaxTombstones) {
        return file::overLimit(QStringLiteral("it records %1 deleted accounts; Twostep reads at most %2")
                                   .arg(list.size())
                                   .arg(limits::kMaxTombstones));
    }
    QList<Tombstone> tombstones;
    tombstones.reserve(list.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        Tombstone tombstone{
            object.value(QStringLiteral("id")).toString(),
            QDateTime::fromString(object.value(QStringLiteral("deleted")).toString(), Qt::ISODateWithMs)};
        if (tombstone.id.isEmpty() || tombstone.id.size() > limits::kMaxLabelLength || seen.contains(tombstone.id) ||
            liveIds.contains(tombstone.id) || !tombstone.deleted.isValid()) {
            return file::damaged(
                QStringLiteral("deleted account %1 has a missing, repeated or live id, or an invalid time").arg(i + 1));
        }
        seen.insert(tombstone.id);
        tombstone.deleted = tombstone.deleted.toUTC();
        tombstones.append(std::move(tombstone));
    }
    return tombstones;
}

} // namespace twostep::vault::payload
