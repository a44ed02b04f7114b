// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Vault::changePassword: the accounts kept, the master key rotated, older copies and sessions shut out.
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;
using test::makeAccounts;
using test::password;

TEST_CASE("a password change keeps every account; a session unlocked before it can no longer save", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(makeAccounts(30)));
    Result<Vault> other = Vault::open(path, password()); // a second process, unlocked before the change
    REQUIRE(other);

    const QByteArray payloadBefore =
        QJsonDocument::fromJson(test::readAll(path))[QStringLiteral("payload")].toString().toLatin1();
    REQUIRE(vault->changePassword(password("n\xc3\xa9w p\xc3\xa4ss"), fastKdfParametersForTests()));
    const QJsonObject after = QJsonDocument::fromJson(test::readAll(path)).object();
    CHECK(after[QStringLiteral("slots")].toArray().size() == 1);
    CHECK(after[QStringLiteral("payload")].toString().toLatin1() != payloadBefore); // fresh nonce

    Result<Vault> oldPassword = Vault::open(path, password());
    REQUIRE_FALSE(oldPassword);
    CHECK(oldPassword.error().code == ErrorCode::WrongPassword);
    Result<Vault> reopened = Vault::open(path, password("n\xc3\xa9w p\xc3\xa4ss"));
    REQUIRE(reopened);
    CHECK(reopened->entries() == vault->entries());

    // The other session holds the old master key and the old password's key: neither opens the
    // new file, so its save fails (nothing written) and says to unlock again.
    const QByteArray changed = test::readAll(path);
    Result<VaultEntry> lost = other->addAccount(test::makeAccount(99));
    REQUIRE_FALSE(lost);
    CHECK(lost.error().code == ErrorCode::WrongPassword);
    CHECK(lost.error().detail.contains(QStringLiteral("unlock it with the current password")));
    CHECK(test::readAll(path) == changed);
    CHECK(Vault::open(path, password("n\xc3\xa9w p\xc3\xa4ss"))->entries().size() == 30);
}

TEST_CASE("after a password change the old password and an older copy's slots open nothing newer", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(makeAccounts(2)));
    const QJsonObject before = test::rootOf(path);

    Result<Vault::KeyRotation> rotation = vault->changePassword(password("new"), fastKdfParametersForTests());
    REQUIRE(rotation);
    CHECK(rotation->droppedKeyringSlots.isEmpty());
    CHECK(rotation->droppedOtherSlots == 0);
    REQUIRE(vault->addAccount(test::makeAccount(7)));
    const QJsonObject after = test::rootOf(path);
    CHECK(after[QStringLiteral("nonce")] != before[QStringLiteral("nonce")]);
    CHECK(after[QStringLiteral("payload")] != before[QStringLiteral("payload")]);

    // The old slot list (from backups/ or any copy) spliced into the new file: the old master key
    // fails the payload's tag.
    test::spliceSlots(path, before);
    test::checkDamaged(Vault::open(path, password()), QStringLiteral("vault file is damaged: authentication failed"));

    // The copies saved before the change still open with the password they were saved under.
    // Those saved after it open with the new one only, and none of them with the old password.
    const QStringList backups = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files, QDir::Name);
    int oldPasswordCopies = 0;
    int newPasswordCopies = 0;
    for (const QString& name : backups) {
        const QString copy = dir.filePath(QStringLiteral("backups/")) + name;
        if (Result<Vault> old = Vault::open(copy, password())) {
            ++oldPasswordCopies;
            CHECK(old->entries().size() <= 2); // never the account added after the change
        } else if (Vault::open(copy, password("new"))) {
            ++newPasswordCopies;
        }
    }
    CHECK(oldPasswordCopies >= 2); // the empty vault and the one with 2 accounts
    CHECK(newPasswordCopies >= 1);
}

TEST_CASE("two sessions changing the password one after the other: the second is told to unlock again", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    auto [a, b] = test::twoSessions(path);
    REQUIRE(a->changePassword(password("second"), fastKdfParametersForTests()));
    // b knows only the old password: it must not replace the new one.
    Result<Vault::KeyRotation> second = b->changePassword(password("third"), fastKdfParametersForTests());
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::WrongPassword);
    CHECK(Vault::open(path, password("third")).error().code == ErrorCode::WrongPassword);
    CHECK(Vault::open(path, password()).error().code == ErrorCode::WrongPassword);
    REQUIRE(Vault::open(path, password("second")));
    CHECK(QJsonDocument::fromJson(test::readAll(path))[QStringLiteral("slots")].toArray().size() == 1);
    REQUIRE(a->addAccount(test::makeAccount(5))); // a holds the new master key
    CHECK(Vault::open(path, password("second"))->entries().size() == 1);
}
