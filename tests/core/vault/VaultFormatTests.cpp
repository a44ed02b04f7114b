// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An independent reader of docs/VAULT.md's format, written straight on libargon2 and OpenSSL:
// it proves the file is what the document says, and that the password reaches Argon2id as its
// exact UTF-8 bytes (given here as bytes, not through any Qt conversion).
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "otp/Base32.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <argon2.h>
#include <openssl/evp.h>

using namespace twostep;
using namespace twostep::vault;

namespace {

// "pässwörd 비밀번호 🔑" in UTF-8.
const char kPasswordUtf8[] = "p\xc3\xa4ssw\xc3\xb6rd \xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8 \xf0\x9f\x94\x91";

QByteArray b64(const QJsonObject& object, const char* key)
{
    return QByteArray::fromBase64(object[QLatin1String(key)].toString().toLatin1());
}

// AES-256-GCM open with OpenSSL directly; empty on failure.
QByteArray gcmOpen(const QByteArray& key, const QByteArray& nonce, const QByteArray& aad, const QByteArray& sealed)
{
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* n = reinterpret_cast<const unsigned char*>(nonce.constData());
    QByteArray out(sealed.size(), '\0');
    QByteArray tag = sealed.right(16);
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    int fin = 0;
    const bool ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, k, n) == 1 &&
                    EVP_DecryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                                      static_cast<int>(aad.size())) == 1 &&
                    EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &len,
                                      reinterpret_cast<const unsigned char*>(sealed.constData()),
                                      static_cast<int>(sealed.size() - 16)) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag.data()) == 1 &&
                    EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + len, &fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? out.left(sealed.size() - 16) : QByteArray();
}

} // namespace

TEST_CASE("an independent reader following docs/VAULT.md decrypts the vault", "[vault][format]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(
        path, SecretBytes::fromUtf8(QStringLiteral("p\u00e4ssw\u00f6rd \ube44\ubc00\ubc88\ud638 \U0001F511")),
        fastKdfParametersForTests());
    REQUIRE(vault);
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("root@123456789012");
    account.secret = *otp::decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    REQUIRE(vault->addAccount(account));

    const QJsonObject root = QJsonDocument::fromJson(test::readAll(path)).object();
    CHECK(root[QStringLiteral("format")].toString() == QStringLiteral("twostep-vault"));
    CHECK(root[QStringLiteral("version")].toInt() == 1);
    CHECK(root[QStringLiteral("generation")].toInt() == 2);
    CHECK(root[QStringLiteral("cipher")].toString() == QStringLiteral("aes-256-gcm"));
    const QJsonObject slot = root[QStringLiteral("slots")].toArray().first().toObject();
    CHECK(slot[QStringLiteral("type")].toString() == QStringLiteral("password"));
    CHECK(slot[QStringLiteral("kdf")].toString() == QStringLiteral("argon2id"));

    const auto m = static_cast<std::uint32_t>(slot[QStringLiteral("memoryKiB")].toInteger());
    const auto t = static_cast<std::uint32_t>(slot[QStringLiteral("iterations")].toInteger());
    const auto p = static_cast<std::uint32_t>(slot[QStringLiteral("parallelism")].toInteger());
    const QByteArray salt = b64(slot, "salt");
    const QByteArray slotNonce = b64(slot, "nonce");
    REQUIRE(salt.size() == 32);
    REQUIRE(slotNonce.size() == 12);
    QByteArray wrappingKey(32, '\0');
    REQUIRE(argon2id_hash_raw(t, m, p, kPasswordUtf8, sizeof(kPasswordUtf8) - 1, salt.constData(),
                              static_cast<std::size_t>(salt.size()), wrappingKey.data(), 32) == ARGON2_OK);
    const QByteArray slotAad = "twostep-vault\n1\nslot=password\nkdf=argon2id\nm=" + QByteArray::number(m) +
                               "\nt=" + QByteArray::number(t) + "\np=" + QByteArray::number(p) +
                               "\nsalt=" + salt.toBase64() + "\nnonce=" + slotNonce.toBase64();
    const QByteArray masterKey = gcmOpen(wrappingKey, slotNonce, slotAad, b64(slot, "key"));
    REQUIRE(masterKey.size() == 32);

    const QByteArray nonce = b64(root, "nonce");
    REQUIRE(nonce.size() == 12);
    const QByteArray payloadAad = "twostep-vault\n1\ngeneration=2\ncipher=aes-256-gcm\nnonce=" + nonce.toBase64();
    const QByteArray plain = gcmOpen(masterKey, nonce, payloadAad, b64(root, "payload"));
    REQUIRE_FALSE(plain.isEmpty());
    // {"accounts":[…]}, a NUL byte, then the secrets' bytes in account order.
    const qsizetype nul = plain.indexOf('\0');
    REQUIRE(nul > 0);
    const QJsonObject stored =
        QJsonDocument::fromJson(plain.left(nul))[QStringLiteral("accounts")].toArray().first().toObject();
    CHECK(stored[QStringLiteral("issuer")].toString() == account.issuer);
    CHECK(stored[QStringLiteral("name")].toString() == account.name);
    CHECK(stored[QStringLiteral("secretBytes")].toInt() == 20);
    CHECK(plain.mid(nul + 1) == "12345678901234567890");
    CHECK(stored[QStringLiteral("type")].toString() == QStringLiteral("totp"));
    CHECK(stored[QStringLiteral("id")].toString() == vault->entries().first().id);

    // The same bytes as Latin-1 (what a careless conversion produces) derive another key.
    const QByteArray latin1 = QStringLiteral("p\u00e4ssw\u00f6rd").toLatin1();
    QByteArray otherKey(32, '\0');
    REQUIRE(argon2id_hash_raw(t, m, p, latin1.constData(), static_cast<std::size_t>(latin1.size()), salt.constData(),
                              static_cast<std::size_t>(salt.size()), otherKey.data(), 32) == ARGON2_OK);
    CHECK(gcmOpen(otherKey, slotNonce, slotAad, b64(slot, "key")).isEmpty());
}

TEST_CASE("every save uses a fresh payload nonce and keeps the master key", "[vault][format]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, test::password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccount(test::makeAccount(1)));
    QSet<QByteArray> nonces;
    QByteArray wrappedKey;
    for (int i = 0; i < 20; ++i) {
        // A rename to the label it has would write nothing: each save changes it.
        REQUIRE(vault->renameAccount(vault->entries().first().id, QStringLiteral("same"), QString::number(i)));
        const QJsonObject root = QJsonDocument::fromJson(test::readAll(path)).object();
        nonces.insert(b64(root, "nonce"));
        const QByteArray key = b64(root[QStringLiteral("slots")].toArray().first().toObject(), "key");
        CHECK((wrappedKey.isEmpty() || key == wrappedKey)); // the slot is not rewritten by a save
        wrappedKey = key;
    }
    CHECK(nonces.size() == 20);
}

TEST_CASE("a stolen vault file shows its slots, KDF costs, save counter and payload length, nothing else",
          "[vault][format]")
{
    QTemporaryDir dir;
    QList<qsizetype> payloadSizes;
    for (const int accounts : {1, 2, 20}) {
        const QString path = dir.filePath(QStringLiteral("vault-%1.twostep").arg(accounts));
        Result<Vault> vault = Vault::create(path, test::password(), fastKdfParametersForTests());
        REQUIRE(vault);
        REQUIRE(vault->addAccounts(test::makeAccounts(accounts)));
        const QJsonObject root = QJsonDocument::fromJson(test::readAll(path)).object();
        QStringList keys = root.keys();
        CHECK(keys == QStringList{QStringLiteral("cipher"), QStringLiteral("format"), QStringLiteral("generation"),
                                  QStringLiteral("nonce"), QStringLiteral("payload"), QStringLiteral("slots"),
                                  QStringLiteral("version")});
        const QJsonArray slots = root[QStringLiteral("slots")].toArray();
        REQUIRE(slots.size() == 1);
        CHECK(slots.first().toObject().keys() == QStringList{QStringLiteral("iterations"), QStringLiteral("kdf"),
                                                             QStringLiteral("key"), QStringLiteral("memoryKiB"),
                                                             QStringLiteral("nonce"), QStringLiteral("parallelism"),
                                                             QStringLiteral("salt"), QStringLiteral("type")});
        CHECK(slots.first()[QStringLiteral("memoryKiB")].toInt() ==
              static_cast<int>(fastKdfParametersForTests().memoryKiB));
        payloadSizes.append(b64(root, "payload").size());
    }
    // The payload's length grows with every account: the file tells roughly how many it holds.
    CHECK(payloadSizes.at(0) < payloadSizes.at(1));
    CHECK(payloadSizes.at(2) > payloadSizes.at(0) + 18 * 60);
}

TEST_CASE("a password change writes a new slot, the next generation and a newly encrypted payload", "[vault][format]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, test::password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(test::makeAccounts(3)));
    const QJsonObject before = QJsonDocument::fromJson(test::readAll(path)).object();
    REQUIRE(vault->changePassword(test::password("another password"), fastKdfParametersForTests()));
    const QJsonObject after = QJsonDocument::fromJson(test::readAll(path)).object();
    const QJsonObject slotBefore = before[QStringLiteral("slots")].toArray().first().toObject();
    const QJsonObject slotAfter = after[QStringLiteral("slots")].toArray().first().toObject();
    CHECK(b64(slotBefore, "salt") != b64(slotAfter, "salt"));
    CHECK(b64(slotBefore, "nonce") != b64(slotAfter, "nonce"));
    CHECK(b64(slotBefore, "key") != b64(slotAfter, "key"));
    CHECK(after[QStringLiteral("generation")].toInteger() == before[QStringLiteral("generation")].toInteger() + 1);
    CHECK(b64(before, "nonce") != b64(after, "nonce"));
    CHECK(b64(before, "payload") != b64(after, "payload"));
    CHECK_FALSE(Vault::open(path, test::password()));
    CHECK(Vault::open(path, test::password("another password")));
}
