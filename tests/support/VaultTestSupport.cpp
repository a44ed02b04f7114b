// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultTestSupport.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace twostep::test {

otp::Account makeAccount(int i)
{
    std::array<std::uint8_t, 20> secret{};
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(secret.data()), secret.size() / 4);
    otp::Account account;
    account.issuer = QStringLiteral("Issuer %1").arg(i);
    account.name = QStringLiteral("user-%1@example.com").arg(i);
    account.secret = SecretBytes(secret);
    if (i % 3 == 1) {
        account.parameters = *otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha256, 8, 30,
                                                         static_cast<std::uint64_t>(1000 + i));
    }
    return account;
}

QList<otp::Account> makeAccounts(int count)
{
    QList<otp::Account> accounts;
    accounts.reserve(count);
    for (int i = 0; i < count; ++i) {
        accounts.append(makeAccount(i));
    }
    return accounts;
}

SecretBytes password(const char* utf8)
{
    return SecretBytes(std::span(reinterpret_cast<const std::uint8_t*>(utf8), std::strlen(utf8)));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
    }
}

QJsonObject rootOf(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

TwoSessions twoSessions(const QString& path)
{
    REQUIRE(vault::Vault::create(path, password(), vault::fastKdfParametersForTests()));
    TwoSessions sessions{vault::Vault::open(path, password()), vault::Vault::open(path, password())};
    REQUIRE(sessions.a);
    REQUIRE(sessions.b);
    return sessions;
}

void spliceSlots(const QString& path, const QJsonObject& olderRoot)
{
    QJsonObject root = rootOf(path);
    root[QStringLiteral("slots")] = olderRoot[QStringLiteral("slots")];
    writeAll(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void checkDamaged(const Result<vault::Vault>& opened, const QString& detail)
{
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::CorruptFile);
    CHECK(opened.error().detail == detail);
}

} // namespace twostep::test
