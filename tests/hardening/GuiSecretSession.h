// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuiHardeningSupport.h"
#include "otp/Account.h"
#include "otp/OtpauthUri.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>

// The GUI secret scan in two processes: the test (GuiSecretScanTests.cpp) makes up the secrets and
// searches what the session (GuiSecretSessionDriver.cpp, this executable again) left behind.
namespace twostep::test {

inline const QString kDriverName = QStringLiteral("GUI secret scan: the session itself");

// What the parent makes up and hands to the session on stdin (never through a file).
struct SessionInput
{
    QString root;       // HOME, XDG_* and TMPDIR all live under it
    QString aegisPath;  // the one deliberately plaintext export
    QString backupPath; // the encrypted backup
    QString vaultPassword;
    QString wrongPassword;
    QString exportPassword;
    QString renamedTo;
    QList<otp::Account> accounts; // 0: AWS, 1-2: added together (1 renamed), 3: typed in by hand

    QByteArray toJson() const
    {
        QJsonArray list;
        for (const otp::Account& account : accounts) {
            list.append(QJsonObject{{QStringLiteral("uri"), otp::formatOtpauthUri(account)}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("root"), root},
                                         {QStringLiteral("aegisPath"), aegisPath},
                                         {QStringLiteral("backupPath"), backupPath},
                                         {QStringLiteral("vaultPassword"), vaultPassword},
                                         {QStringLiteral("wrongPassword"), wrongPassword},
                                         {QStringLiteral("exportPassword"), exportPassword},
                                         {QStringLiteral("renamedTo"), renamedTo},
                                         {QStringLiteral("accounts"), list}})
            .toJson(QJsonDocument::Compact);
    }

    static SessionInput fromJson(const QByteArray& json)
    {
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        SessionInput input;
        input.root = object.value(QStringLiteral("root")).toString();
        input.aegisPath = object.value(QStringLiteral("aegisPath")).toString();
        input.backupPath = object.value(QStringLiteral("backupPath")).toString();
        input.vaultPassword = object.value(QStringLiteral("vaultPassword")).toString();
        input.wrongPassword = object.value(QStringLiteral("wrongPassword")).toString();
        input.exportPassword = object.value(QStringLiteral("exportPassword")).toString();
        input.renamedTo = object.value(QStringLiteral("renamedTo")).toString();
        for (const QJsonValue& value : object.value(QStringLiteral("accounts")).toArray()) {
            auto parsed = otp::parseOtpauthUri(value.toObject().value(QStringLiteral("uri")).toString());
            REQUIRE(parsed);
            input.accounts.append(std::move(parsed).value().account);
        }
        return input;
    }
};

struct Needle
{
    QByteArray bytes;
    std::string what; // printed instead of the bytes, so a failure report leaks nothing itself
};

QString base32Of(const otp::Account& account, bool pad);
// Every form in which a secret or a password could land in a file or a log by mistake.
QList<Needle> secretNeedles(const SessionInput& input);
// What of `needles` `haystack` holds, named, never shown.
QStringList foundIn(const QByteArray& haystack, const QList<Needle>& needles);
// `text` with every needle replaced by its name.
QByteArray masked(QByteArray text, const QList<Needle>& needles);

} // namespace twostep::test
