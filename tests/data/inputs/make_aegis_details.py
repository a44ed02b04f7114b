# Writes aegis_details_plain.json and aegis_details_encrypted.json (python3-cryptography; random
# salt, key and nonces, same contents). The icon is aegis_details_icon.png (ImageMagick: convert
# -size 16x16 xc:orange).
import base64, hashlib, json, os, sys, uuid
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
png = open('aegis_details_icon.png','rb').read()
svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#232f3e"/></svg>'
def h(mime, data): return hashlib.sha256(mime.encode()+data).hexdigest()
gw = "1b3c4d5e-0000-4000-8000-00000000000a"; gh = "1b3c4d5e-0000-4000-8000-00000000000b"
db = {"version": 3, "entries": [
 {"type":"totp","uuid":"3ae6f1ad-2e65-4ed2-a953-1ec0dff2386d","name":"alice@123456789012","issuer":"Amazon Web Services",
  "note":"root user, recovery in the safe","favorite":True,"icon":base64.b64encode(svg).decode(),"icon_mime":"image/svg+xml","icon_hash":h("image/svg+xml",svg),
  "info":{"secret":"4SJHB4GSD43FZBAI7C2HLRJGPQ","algo":"SHA1","digits":6,"period":30},"groups":[gw]},
 {"type":"totp","uuid":"84b55971-a3d2-4173-a5bb-0aea113dbc17","name":"James","issuer":"SPDX",
  "note":"","favorite":False,"icon":base64.b64encode(png).decode(),"icon_mime":"image/png","icon_hash":h("image/png",png),
  "info":{"secret":"5OM4WOOGPLQEF6UGN3CPEOOLWU","algo":"SHA256","digits":7,"period":20},"groups":[gw, gh]},
 {"type":"hotp","uuid":"0a8c0571-ff6f-4b02-aa4b-50553b4fb4fe","name":"James","issuer":"Issuu",
  "note":"두 번째 줄\nsecond line","favorite":False,"icon":None,
  "info":{"secret":"YOOMIXWS5GN6RTBPUFFWKTW5M4","algo":"SHA1","digits":6,"counter":1},"groups":[]}],
 "groups":[{"uuid":gw,"name":"Work"},{"uuid":gh,"name":"집"}]}
plain = {"version":1,"header":{"slots":None,"params":None},"db":db}
json.dump(plain, open('aegis_details_plain.json','w'), indent=4, ensure_ascii=False)
# Encrypted with the password "test": Aegis's scheme (scrypt N=2^15 r=8 p=1 wraps a random master key, AES-256-GCM).
pw=b"test"; salt=os.urandom(32); master=os.urandom(32)
kek=hashlib.scrypt(pw, salt=salt, n=32768, r=8, p=1, maxmem=64*1024*1024, dklen=32)
kn=os.urandom(12); wrapped=AESGCM(kek).encrypt(kn, master, None)
dn=os.urandom(12); ct=AESGCM(master).encrypt(dn, json.dumps(db, ensure_ascii=False).encode(), None)
enc={"version":1,"header":{"slots":[{"type":1,"uuid":str(uuid.uuid4()),"key":wrapped[:32].hex(),"key_params":{"nonce":kn.hex(),"tag":wrapped[32:].hex()},"n":32768,"r":8,"p":1,"salt":salt.hex(),"repaired":True,"is_backup":False}],
 "params":{"nonce":dn.hex(),"tag":ct[-16:].hex()}},"db":base64.b64encode(ct[:-16]).decode()}
json.dump(enc, open('aegis_details_encrypted.json','w'), indent=4)
