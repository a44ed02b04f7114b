#!/usr/bin/env python3
# Writes the synthetic inputs of this folder (made-up names and secrets; see README.md).
# Needs python3-cryptography >= 44 (Argon2id). Run from this folder.
import base64, json, os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

def b32bytes(text):
    return base64.b32decode(text + "=" * (-len(text) % 8))

def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

# Proton Authenticator, password-protected, as proton-pass-common's password_exporter.rs writes it.
plain = {"version": 1, "entries": [
    {"id": "6c1f8d52-0000-4000-8000-000000000001", "content": {
        "uri": "otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme&algorithm=SHA1&digits=6&period=30",
        "entry_type": "Totp", "name": "alice"}, "note": None},
    {"id": "6c1f8d52-0000-4000-8000-000000000002", "content": {
        "uri": "otpauth://totp?secret=DWVLFGJOK2PQA2JS&period=30",
        "entry_type": "Totp", "name": "bob@example.org"}, "note": None},
]}
salt = os.urandom(16)
key = Argon2id(salt=salt, length=32, iterations=2, lanes=1, memory_cost=19 * 1024).derive(b"test")
nonce = os.urandom(12)
sealed = AESGCM(key).encrypt(nonce, json.dumps(plain).encode(), b"proton.authenticator.export.v1")
write("proton_encrypted.json", json.dumps({"version": 1, "salt": base64.b64encode(salt).decode(),
                                           "content": base64.b64encode(nonce + sealed).decode()}))

# Bitwarden's two encrypted JSON exports (the EncStrings are random bytes, shaped like Bitwarden's).
def enc_string():
    b = lambda n: base64.b64encode(os.urandom(n)).decode()
    return "2.%s|%s|%s" % (b(16), b(48), b(32))
write("bitwarden_encrypted_password.json", json.dumps({
    "encrypted": True, "passwordProtected": True, "salt": base64.b64encode(os.urandom(16)).decode(),
    "kdfType": 0, "kdfIterations": 600000, "kdfMemory": None, "kdfParallelism": None,
    "encKeyValidation_DO_NOT_EDIT": enc_string(), "data": enc_string()}, indent=2))
write("bitwarden_encrypted_account.json", json.dumps({
    "encrypted": True, "encKeyValidation_DO_NOT_EDIT": enc_string(), "folders": [],
    "items": [{"id": "0b9a3a5e-0000-4000-8000-000000000001", "type": 1, "name": enc_string(),
               "login": {"username": enc_string(), "totp": enc_string()}}]}, indent=2))

# Stratum's encrypted backup: the 16-byte header, salt, IV, then ciphertext and tag.
write("stratum_encrypted.bin", b"AUTHENTICATORPRO" + os.urandom(16 + 12 + 80))
# andOTP's old encrypted layout: IV(12) || AES-256-GCM(SHA-256(password)) ciphertext || tag(16),
# no iteration header (the IV's first byte 0xF3 makes a would-be iteration count above 10,000,000).
import hashlib
entries = [{"secret": "JBSWY3DPEHPK3PXP", "issuer": "Acme", "label": "alice", "digits": 6, "type": "TOTP",
            "algorithm": "SHA1", "thumbnail": "Default", "last_used": 0, "used_frequency": 0, "period": 30,
            "tags": []},
           {"secret": "DWVLFGJOK2PQA2JS", "issuer": "Shop", "label": "bob", "digits": 6, "type": "TOTP",
            "algorithm": "SHA1", "thumbnail": "Default", "last_used": 0, "used_frequency": 0, "period": 30,
            "tags": []}]
iv = b"\xf3" + os.urandom(11)
sealed = AESGCM(hashlib.sha256(b"test").digest()).encrypt(iv, json.dumps(entries).encode(), None)
write("andotp_old_encrypted.bin", iv + sealed)
