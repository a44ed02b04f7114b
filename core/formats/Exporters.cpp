// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Exporters.h"

#include "common/FileIo.h"
#include "formats/AegisDetails.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace twostep::formats {

namespace {

// Aegis keeps the HOTP counter in a Java long, but a JSON number is a double to most readers
// (Twostep's import among them): above 2^53 two counters share one value.
constexpr quint64 kMaxAegisCounter = quint64{1} << 53;

QJsonObject aegisEntry(const otp::Account& account, const aegis::GroupTable& groups)
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
    aegis::writeDetails(entry, account.details, groups);
    entry.insert(QStringLiteral("info"), info);
    return entry;
}

} // namespace

QString aegisExportProblem(const otp::Account& account)
{
    const otp::OtpParameters& parameters = account.parameters;
    if (parameters.type() == otp::OtpType::Hotp && parameters.counter() > kMaxAegisCounter) {
        return QStringLiteral("its counter %1 is beyond 2^53 (%2), the largest whole number a JSON number holds "
                              "exactly")
            .arg(static_cast<quint64>(parameters.counter()))
            .arg(kMaxAegisCounter);
    }
    return {};
}

SecretBytes exportAegisJson(const QList<otp::Account>& accounts, QStringList* leftOut)
{
    QList<const otp::AccountDetails*> details;
    for (const otp::Account& account : accounts) {
        details.append(&account.details);
    }
    const aegis::GroupTable groups = aegis::groupTable(details);
    QJsonArray entries;
    for (const otp::Account& account : accounts) {
        if (const QString problem = aegisExportProblem(account); !problem.isEmpty()) {
            if (leftOut) {
                leftOut->append(account.label() + QStringLiteral(": left out, ") + problem);
            }
            continue;
        }
        entries.append(aegisEntry(account, groups));
    }
    QJsonObject db;
    db.insert(QStringLiteral("version"), 3);
    db.insert(QStringLiteral("entries"), entries);
    db.insert(QStringLiteral("groups"), groups.json);
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
    return files::checkNoEntry(path);
}

Status writeExportFile(const QString& path, const SecretBytes& bytes)
{
    // A view, not a copy: no second plaintext buffer to wipe.
    const QByteArray view =
        QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    return files::writeFileAtomically(path, view, files::Existing::Refuse);
}

} // namespace twostep::formats
