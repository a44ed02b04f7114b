// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;
using test::makeAccounts;
using test::password;
using test::rootOf;

namespace {

Vault makeVault(const QString& path, int accounts)
{
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(makeAccounts(accounts)));
    return std::move(vault).value();
}

// A vault of `accounts` accounts in a fresh folder, with one keyring slot.
struct KeyringVault
{
    explicit KeyringVault(int accounts) : vault(makeVault(path, accounts)), slot(vault.addKeyringSlot())
    {
        REQUIRE(slot);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Vault vault;
    Result<Vault::KeyringKey> slot;
};

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}

} // namespace

TEST_CASE("a keyring slot opens the vault with its key alone, and the password still opens it", "[vault][keyring]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Vault vault = makeVault(path, 3);
    CHECK(vault.keyringSlotIds().isEmpty());
    REQUIRE(Vault::keyringSlotIds(path));
    CHECK(Vault::keyringSlotIds(path)->isEmpty());

    Result<Vault::KeyringKey> added = vault.addKeyringSlot();
    REQUIRE(added);
    CHECK(added->key.size() == 32);
    CHECK(added->slotId.size() == 36);
    CHECK(vault.keyringSlotIds() == QStringList{added->slotId});
    Result<QStringList> ids = Vault::keyringSlotIds(path);
    REQUIRE(ids);
    CHECK(*ids == QStringList{added->slotId});

    // The slot is written as DESIGN.md's "just another slot", after the password slot.
    const QJsonArray slots = rootOf(path).value(QStringLiteral("slots")).toArray();
    REQUIRE(slots.size() == 2);
    CHECK(slots.at(0).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("password"));
    const QJsonObject keyring = slots.at(1).toObject();
    CHECK(keyring.value(QStringLiteral("type")).toString() == QStringLiteral("keyring"));
    CHECK(keyring.value(QStringLiteral("id")).toString() == added->slotId);
    CHECK(QStringList(keyring.keys()) ==
          QStringList{QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("nonce"), QStringLiteral("type")});
    // The keyring's key is nowhere in the file, in raw or encoded form.
    const QByteArray file = test::readAll(path);
    CHECK_FALSE(file.contains(bytesOf(added->key)));
    CHECK_FALSE(file.contains(bytesOf(added->key).toBase64()));
    CHECK_FALSE(file.contains(bytesOf(added->key).toHex()));

    Result<Vault> byKey = Vault::openWithKeyringKey(path, added->slotId, added->key);
    REQUIRE(byKey);
    CHECK(byKey->entries() == vault.entries());
    Result<Vault> byPassword = Vault::open(path, password());
    REQUIRE(byPassword);
    CHECK(byPassword->entries() == vault.entries());

    // A vault opened by the keyring saves like any other, and keeps both slots.
    REQUIRE(byKey->addAccount(test::makeAccount(9)));
    REQUIRE(Vault::open(path, password()));
    REQUIRE(Vault::openWithKeyringKey(path, added->slotId, added->key));
}

TEST_CASE("a wrong keyring key or a slot that is gone fails like a wrong password", "[vault][keyring]")
{
    KeyringVault fixture(1);
    const QString& path = fixture.path;
    Vault& vault = fixture.vault;
    const Result<Vault::KeyringKey>& added = fixture.slot;

    SecretBytes wrong(added->key.bytes());
    wrong.data()[0] ^= 1U;
    Result<Vault> withWrongKey = Vault::openWithKeyringKey(path, added->slotId, wrong);
    REQUIRE_FALSE(withWrongKey);
    CHECK(withWrongKey.error().code == ErrorCode::WrongPassword);

    Result<Vault> shortKey = Vault::openWithKeyringKey(path, added->slotId, SecretBytes(std::size_t{16}));
    REQUIRE_FALSE(shortKey);
    CHECK(shortKey.error().code == ErrorCode::WrongPassword);

    Result<Vault> otherSlot =
        Vault::openWithKeyringKey(path, QStringLiteral("00000000-0000-4000-8000-000000000000"), added->key);
    REQUIRE_FALSE(otherSlot);
    CHECK(otherSlot.error().code == ErrorCode::WrongPassword);
    CHECK(otherSlot.error().detail == QStringLiteral("the vault no longer has this keyring slot"));

    REQUIRE(vault.removeKeyringSlot(added->slotId));
    CHECK(vault.keyringSlotIds().isEmpty());
    CHECK(Vault::keyringSlotIds(path)->isEmpty());
    Result<Vault> afterRemoval = Vault::openWithKeyringKey(path, added->slotId, added->key);
    REQUIRE_FALSE(afterRemoval);
    CHECK(afterRemoval.error().code == ErrorCode::WrongPassword);
    REQUIRE(Vault::open(path, password()));
    // Removing a slot that is not there changes nothing.
    const std::uint64_t generation = vault.generation();
    REQUIRE(vault.removeKeyringSlot(added->slotId));
    CHECK(vault.generation() == generation);
}

TEST_CASE("a password change keeps the keyring slot, and the old password no longer opens", "[vault][keyring]")
{
    KeyringVault fixture(2);
    const QString& path = fixture.path;
    const Result<Vault::KeyringKey>& added = fixture.slot;
    Result<Vault> byKey = Vault::openWithKeyringKey(path, added->slotId, added->key);
    REQUIRE(byKey);
    // Changed from the keyring-opened session: it replaces the password slot, never the keyring slot.
    REQUIRE(byKey->changePassword(password("new password"), fastKdfParametersForTests()));
    CHECK(Vault::open(path, password()).error().code == ErrorCode::WrongPassword);
    REQUIRE(Vault::open(path, password("new password")));
    REQUIRE(Vault::openWithKeyringKey(path, added->slotId, added->key));
    CHECK(rootOf(path).value(QStringLiteral("slots")).toArray().size() == 2);
}

TEST_CASE("every changed byte of a keyring slot fails to open, never yields other data", "[vault][keyring]")
{
    KeyringVault fixture(1);
    const QString& path = fixture.path;
    const Result<Vault::KeyringKey>& added = fixture.slot;
    const QByteArray original = test::readAll(path);
    const qsizetype slotStart = original.indexOf("{\"id\":");
    REQUIRE(slotStart > 0);
    const qsizetype slotEnd = original.indexOf('}', slotStart);
    int failures = 0;
    for (qsizetype i = slotStart; i <= slotEnd; ++i) {
        QByteArray changed = original;
        changed[i] = static_cast<char>(changed[i] ^ 0x01);
        test::writeAll(path, changed);
        Result<Vault> opened = Vault::openWithKeyringKey(path, added->slotId, added->key);
        if (opened) {
            // Only a change that leaves the slot's meaning intact may open (none exists: base64 is canonical).
            FAIL("byte " << i << " changed and the vault still opened");
        }
        CHECK((opened.error().code == ErrorCode::WrongPassword || opened.error().code == ErrorCode::CorruptFile));
        ++failures;
    }
    CHECK(failures > 100); // the whole slot object was changed, not a few bytes of it
    test::writeAll(path, original);
    REQUIRE(Vault::openWithKeyringKey(path, added->slotId, added->key));
}

TEST_CASE("a keyring slot whose id is not a UUID is reported as damage", "[vault][keyring]")
{
    KeyringVault fixture(1);
    const QString& path = fixture.path;
    const Result<Vault::KeyringKey>& added = fixture.slot;
    QByteArray bytes = test::readAll(path);
    bytes.replace(added->slotId.toLatin1(), "../../etc/passwd-0000-0000-00000000");
    test::writeAll(path, bytes);
    test::checkDamaged(Vault::open(path, password()),
                       QStringLiteral("vault file is damaged: keyring slot's 'id' is not a UUID"));
}

TEST_CASE("removing a keyring slot rotates the key: an older copy's slots and the removed key open nothing newer",
          "[vault][keyring]")
{
    KeyringVault fixture(2);
    const QString& path = fixture.path;
    Vault& vault = fixture.vault;
    const Result<Vault::KeyringKey>& removed = fixture.slot;
    const QJsonObject before = rootOf(path);

    Result<Vault::KeyRotation> rotation = vault.removeKeyringSlot(removed->slotId);
    REQUIRE(rotation);
    CHECK(rotation->droppedKeyringSlots.isEmpty());
    REQUIRE(vault.addAccount(test::makeAccount(9)));
    CHECK(rootOf(path)[QStringLiteral("payload")] != before[QStringLiteral("payload")]);
    REQUIRE(Vault::open(path, password())); // the password slot was re-wrapped, same password

    test::spliceSlots(path, before);
    test::checkDamaged(Vault::openWithKeyringKey(path, removed->slotId, removed->key),
                       QStringLiteral("vault file is damaged: authentication failed"));
}

TEST_CASE("a key rotation re-wraps the keyring slots whose keys the session holds and reports the others",
          "[vault][keyring]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Vault creator = makeVault(path, 1);
    Result<Vault::KeyringKey> here = creator.addKeyringSlot();
    Result<Vault::KeyringKey> elsewhere = creator.addKeyringSlot();
    REQUIRE(here);
    REQUIRE(elsewhere);
    Result<Vault> byKey = Vault::openWithKeyringKey(path, here->slotId, here->key);
    REQUIRE(byKey);
    CHECK_FALSE(byKey->holdsPasswordKey());

    Result<Vault::KeyRotation> rotation = byKey->changePassword(password("new"), fastKdfParametersForTests());
    REQUIRE(rotation);
    CHECK(rotation->droppedKeyringSlots == QStringList{elsewhere->slotId});
    CHECK(byKey->keyringSlotIds() == QStringList{here->slotId});
    REQUIRE(Vault::openWithKeyringKey(path, here->slotId, here->key));
    CHECK(Vault::openWithKeyringKey(path, elsewhere->slotId, elsewhere->key).error().code == ErrorCode::WrongPassword);

    // A keyring key handed in later (the GUI reads it from the keyring) is kept through a rotation.
    Result<Vault::KeyringKey> third = byKey->addKeyringSlot();
    REQUIRE(third);
    Result<Vault> byPassword = Vault::open(path, password("new"));
    REQUIRE(byPassword);
    CHECK(byPassword->useKeyringKey(third->slotId, here->key).error().code == ErrorCode::WrongPassword);
    REQUIRE(byPassword->useKeyringKey(third->slotId, third->key));
    rotation = byPassword->removeKeyringSlot(here->slotId);
    REQUIRE(rotation);
    CHECK(rotation->droppedKeyringSlots.isEmpty());
    REQUIRE(Vault::openWithKeyringKey(path, third->slotId, third->key));

    // A session whose password key still opens the re-wrapped slot follows the rotation; one that
    // holds only the old password's and the removed slots' keys is told to unlock again.
    REQUIRE(byKey->addAccount(test::makeAccount(3)));
    const QByteArray current = test::readAll(path);
    Result<VaultEntry> stale = creator.addAccount(test::makeAccount(4));
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::WrongPassword);
    CHECK(test::readAll(path) == current);
    CHECK(Vault::open(path, password("new"))->entries().size() == 2);
}

TEST_CASE("a session unlocked through the keyring needs the password to remove a keyring slot", "[vault][keyring]")
{
    KeyringVault fixture(1);
    const QString& path = fixture.path;
    Vault& vault = fixture.vault;
    const Result<Vault::KeyringKey>& added = fixture.slot;
    Result<Vault> byKey = Vault::openWithKeyringKey(path, added->slotId, added->key);
    REQUIRE(byKey);
    const QByteArray unchanged = test::readAll(path);
    Result<Vault::KeyRotation> refused = byKey->removeKeyringSlot(added->slotId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::WrongPassword);
    CHECK(test::readAll(path) == unchanged);
    CHECK(byKey->usePassword(password("wrong")).error().code == ErrorCode::WrongPassword);
    REQUIRE(byKey->usePassword(password()));
    REQUIRE(byKey->removeKeyringSlot(added->slotId));
    CHECK(byKey->keyringSlotIds().isEmpty());
    REQUIRE(Vault::open(path, password()));

    // The password session that added the slot follows the rotation: its password key still opens.
    REQUIRE(vault.addAccount(test::makeAccount(4)));
    CHECK(Vault::open(path, password())->entries().size() == 2);
}
