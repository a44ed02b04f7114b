// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/Crypto.h"

#include <QByteArray>

#include <cstdint>
#include <span>
#include <string>

using namespace twostep;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

SecretBytes secret(const QByteArray& bytes)
{
    return SecretBytes(
        std::span(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())));
}

std::span<const std::uint8_t> spanOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QByteArray bytesOf(const SecretBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

QByteArray toHex(const SecretBytes& bytes)
{
    return bytesOf(bytes).toHex();
}

// McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", the test cases with the
// 256-bit key K = feffe992...; 13 and 14 use the zero key (NIST SP 800-38D's source document).
struct GcmCase
{
    const char* name;
    const char* key;
    const char* iv;
    const char* plaintext;
    const char* aad;
    const char* ciphertext;
    const char* tag;
};

constexpr const char* kKey15 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
constexpr const char* kPlain15 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                 "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
constexpr const char* kPlain16 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                 "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
constexpr const char* kAad16 = "feedfacedeadbeeffeedfacedeadbeefabaddad2";

} // namespace

TEST_CASE("AES-256-GCM matches the GCM specification's test cases 13 to 18", "[crypto]")
{
    const GcmCase testCase = GENERATE(values<GcmCase>({
        {"13", "0000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000", "", "",
         "", "530f8afbc74536b9a963b4f1c4cb738b"},
        {"14", "0000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000",
         "00000000000000000000000000000000", "", "cea7403d4d606b6e074ec5d3baf39d18",
         "d0d1c8a799996bf0265b98b5d48ab919"},
        {"15", kKey15, "cafebabefacedbaddecaf888", kPlain15, "",
         "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
         "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad",
         "b094dac5d93471bdec1a502270e3cc6c"},
        {"16", kKey15, "cafebabefacedbaddecaf888", kPlain16, kAad16,
         "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
         "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
         "76fc6ece0f4e1768cddf8853bb2d551b"},
        {"17", kKey15, "cafebabefacedbad", kPlain16, kAad16,
         "c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0"
         "feb582d33934a4f0954cc2363bc73f7862ac430e64abe499f47c9b1f",
         "3a337dbf46a792c45e454913fe2ea8f2"},
        {"18", kKey15,
         "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728"
         "c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b",
         kPlain16, kAad16,
         "5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf4"
         "0fc0c3b780f244452da3ebf1c5d82cdea2418997200ef82e44ae7e3f",
         "a44a8266ee1c8eb0c8b5d4cf5ae9f19a"},
    }));
    INFO("test case " << testCase.name);
    const SecretBytes key = secret(hex(testCase.key));
    const QByteArray plaintext = hex(testCase.plaintext);
    const QByteArray expected = hex(testCase.ciphertext) + hex(testCase.tag);

    Result<QByteArray> sealed = crypto::seal(key, hex(testCase.iv), hex(testCase.aad), spanOf(plaintext));
    REQUIRE(sealed);
    CHECK(sealed->toHex() == expected.toHex());

    Result<SecretBytes> opened = crypto::open(key, hex(testCase.iv), hex(testCase.aad), expected);
    REQUIRE(opened);
    CHECK(bytesOf(*opened) == plaintext);
}

TEST_CASE("AES-256-GCM refuses a changed ciphertext, tag, nonce or associated data", "[crypto]")
{
    const SecretBytes key = secret(hex(kKey15));
    const QByteArray iv = hex("cafebabefacedbaddecaf888");
    const QByteArray aad = hex(kAad16);
    const QByteArray sealed = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                  "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                  "76fc6ece0f4e1768cddf8853bb2d551b");
    REQUIRE(crypto::open(key, iv, aad, sealed));

    const auto refused = [](const Result<SecretBytes>& opened) {
        return !opened && opened.error().code == ErrorCode::CorruptFile &&
               opened.error().detail == QStringLiteral("authentication failed");
    };
    for (qsizetype at : {qsizetype{0}, sealed.size() / 2, sealed.size() - 1}) {
        QByteArray flipped = sealed;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x01);
        INFO("byte " << at << " flipped");
        CHECK(refused(crypto::open(key, iv, aad, flipped)));
    }
    QByteArray otherIv = iv;
    otherIv[0] = static_cast<char>(otherIv[0] ^ 0x80);
    CHECK(refused(crypto::open(key, otherIv, aad, sealed)));
    CHECK(refused(crypto::open(key, iv, aad + '!', sealed)));
    CHECK(refused(crypto::open(key, iv, {}, sealed)));
    CHECK(refused(crypto::open(secret(hex("00").repeated(32)), iv, aad, sealed)));
    CHECK(refused(crypto::open(key, iv, aad, sealed.left(15)))); // shorter than a tag
    CHECK(refused(crypto::open(secret(hex("00").repeated(16)), iv, aad, sealed)));
}

TEST_CASE("AES-256-GCM sealing refuses a key or nonce of the wrong size", "[crypto]")
{
    const QByteArray plaintext("one");
    CHECK(crypto::seal(secret(hex("00").repeated(16)), hex("00").repeated(12), {}, spanOf(plaintext)).error().code ==
          ErrorCode::InvalidInput);
    CHECK(crypto::seal(secret(hex("00").repeated(32)), {}, {}, spanOf(plaintext)).error().code ==
          ErrorCode::InvalidInput);
    CHECK(crypto::seal(secret(hex("00").repeated(32)), hex("00").repeated(65), {}, spanOf(plaintext)).error().code ==
          ErrorCode::InvalidInput);
}

TEST_CASE("PBKDF2-HMAC-SHA256 matches RFC 7914 section 11", "[crypto]")
{
    Result<SecretBytes> first = crypto::pbkdf2(secret("passwd"), "salt", 1, crypto::Digest::Sha256, 64);
    REQUIRE(first);
    CHECK(toHex(*first) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                           "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    Result<SecretBytes> second = crypto::pbkdf2(secret("Password"), "NaCl", 80000, crypto::Digest::Sha256, 64);
    REQUIRE(second);
    CHECK(toHex(*second) == "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

TEST_CASE("PBKDF2-HMAC-SHA1 matches RFC 6070", "[crypto]")
{
    const auto [iterations, expected] = GENERATE(table<std::uint32_t, std::string>({
        {1, "0c60c80f961f0e71f3a9b524af6012062fe037a6"},
        {2, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"},
        {4096, "4b007901b765489abead49d926f721d065a429c1"},
    }));
    Result<SecretBytes> key = crypto::pbkdf2(secret("password"), "salt", iterations, crypto::Digest::Sha1, 20);
    REQUIRE(key);
    CHECK(toHex(*key).toStdString() == expected);
}

TEST_CASE("scrypt matches RFC 7914 section 12", "[crypto]")
{
    Result<SecretBytes> empty = crypto::scrypt(SecretBytes(), QByteArray(), 16, 1, 1, 64);
    REQUIRE(empty);
    CHECK(toHex(*empty) == "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                           "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    Result<SecretBytes> nacl = crypto::scrypt(secret("password"), "NaCl", 1024, 8, 16, 64);
    REQUIRE(nacl);
    CHECK(toHex(*nacl) == "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                          "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
}

TEST_CASE("Argon2id matches RFC 9106 section 5.3", "[crypto]")
{
    Result<SecretBytes> tag =
        crypto::argon2id(secret(hex("01").repeated(32)), hex("02").repeated(16), crypto::Argon2idCost{32, 3, 4}, 32,
                         secret(hex("03").repeated(8)), hex("04").repeated(12));
    REQUIRE(tag);
    CHECK(toHex(*tag) == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
}

TEST_CASE("Argon2id reports libargon2's refusal as an error value", "[crypto]")
{
    Result<SecretBytes> shortSalt = crypto::argon2id(secret("password"), "salt", crypto::Argon2idCost{32, 3, 4});
    REQUIRE_FALSE(shortSalt);
    CHECK(shortSalt.error().code == ErrorCode::IoError);
    CHECK(shortSalt.error().detail.startsWith(QStringLiteral("key derivation failed: ")));
}

TEST_CASE("SHA-256 matches FIPS 180-4's abc example", "[crypto]")
{
    Result<SecretBytes> digest = crypto::sha256(secret("abc"));
    REQUIRE(digest);
    CHECK(toHex(*digest) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("Random bytes come in the size asked for and differ between calls", "[crypto]")
{
    Result<QByteArray> first = crypto::randomBytes(crypto::kNonceSize);
    Result<QByteArray> second = crypto::randomBytes(crypto::kNonceSize);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->size() == 12);
    CHECK(*first != *second);
    Result<SecretBytes> key = crypto::randomKey();
    REQUIRE(key);
    CHECK(key->size() == crypto::kKeySize);
    CHECK(*key != SecretBytes(crypto::kKeySize));
}

TEST_CASE("A request for more random bytes than OpenSSL can give is an error value, not empty bytes", "[crypto]")
{
    Result<QByteArray> tooMany = crypto::randomBytes(std::size_t{1} << 32);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().code == ErrorCode::InvalidInput);
}
