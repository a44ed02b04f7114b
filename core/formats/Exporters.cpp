// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Exporters.h"

#include "otp/Base32.h"
#include "otp/OtpauthUri.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace twostep::formats {

namespace {

QJsonObject aegisEntry(const otp::Account& account)
{
    const otp::OtpParameters& parameters = account.parameters;
    QJsonObject info;
    info.insert(QStringLiteral("secret"), otp::encodeBase32(account.secret.bytes()));
    info.insert(QStringLiteral("algo"), otp::algorithmName(parameters.algorithm()));
    info.insert(QStringLiteral("digits"), parameters.digits());
    if (parameters.type() == otp::OtpType::Hotp) {
        info.insert(QStringLiteral("counter"), static_cast<qint64>(parameters.counter()));
    } else {
        info.insert(QStringLiteral("period"), static_cast<qint64>(parameters.period()));
    }
    QJsonObject entry;
    entry.insert(QStringLiteral("type"), otp::typeName(parameters.type()));
    entry.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    entry.insert(QStringLiteral("name"), account.name);
    entry.insert(QStringLiteral("issuer"), account.issuer);
    entry.insert(QStringLiteral("note"), QString());
    entry.insert(QStringLiteral("favorite"), false);
    entry.insert(QStringLiteral("icon"), QJsonValue::Null);
    entry.insert(QStringLiteral("groups"), QJsonArray());
    entry.insert(QStringLiteral("info"), info);
    return entry;
}

} // namespace

SecretBytes exportAegisJson(const QList<otp::Account>& accounts)
{
    QJsonArray entries;
    for (const otp::Account& account : accounts) {
        entries.append(aegisEntry(account));
    }
    QJsonObject db;
    db.insert(QStringLiteral("version"), 3);
    db.insert(QStringLiteral("entries"), entries);
    db.insert(QStringLiteral("groups"), QJsonArray());
    QJsonObject header;
    header.insert(QStringLiteral("slots"), QJsonValue::Null);
    header.insert(QStringLiteral("params"), QJsonValue::Null);
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("header"), header);
    root.insert(QStringLiteral("db"), db);
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return SecretBytes::takeFrom(json);
}

SecretBytes exportUriList(const QList<otp::Account>& accounts)
{
    QByteArray text;
    for (const otp::Account& account : accounts) {
        QByteArray line = formatOtpauthUri(account).toUtf8();
        text.append(line);
        text.append('\n');
        SecretBytes::takeFrom(line);
    }
    return SecretBytes::takeFrom(text);
}

Status checkNewExportFile(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return makeError(ErrorCode::IoError, QStringLiteral("%1 already exists; choose another name").arg(path));
    }
    return {};
}

Status writeExportFile(const QString& path, const SecretBytes& bytes)
{
    if (Status fresh = checkNewExportFile(path); !fresh) {
        return fresh;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError(ErrorCode::IoError, QStringLiteral("cannot make %1 private (mode 0600)").arg(path));
    }
    const auto written = file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
    // Qt 6.4's commit() ignores a failed flush (disk full, file too large) and renames a truncated file into place.
    if (written != static_cast<qint64>(bytes.size()) || !file.flush() || !file.commit()) {
        const QString why = file.errorString(); // before cancelWriting() replaces it
        file.cancelWriting();
        return makeError(ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    return {};
}

} // namespace twostep::formats
