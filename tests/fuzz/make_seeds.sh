#!/usr/bin/env bash
# Regenerates the seed inputs of the fuzz targets from tests/data/samples and twostep-cli output.
# Usage: tests/fuzz/make_seeds.sh PATH/TO/twostep-cli   (writes tests/fuzz/corpus/<target>/seed-*)
# The first byte of an input picks the target's mode (see each Fuzz*.cpp).
set -euo pipefail
cd "$(dirname "$0")"
cli=$(realpath "$1")
samples=../data/samples
corpus=corpus
prefixed() { # BYTE SOURCE DEST: DEST = byte BYTE (octal) followed by SOURCE
    { printf "\\$1"; cat "$2"; } >"$3"
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p $corpus/import $corpus/migration $corpus/vault $corpus/qrscan
for sample in "$samples"/*; do
    [ "$(basename "$sample")" = README.md ] && continue
    name=$(basename "$sample" | tr . _)
    prefixed 011 "$sample" "$corpus/import/seed-$name"           # detection, no password
    prefixed 211 "$sample" "$corpus/import/seed-$name-password"  # detection, password "test"
done

n=0
grep -v '^#' "$samples/google_migration.txt" | grep . | while read -r line; do
    n=$((n + 1))
    printf '\0%s' "$line" >"$corpus/migration/seed-text-$n"
    data=${line#*data=}
    data=$(printf '%s' "$data" | sed 's/%2B/+/g; s/%2F/\//g; s/%3D/=/g')
    { printf '\1'; printf '%s' "$data" | base64 -d 2>/dev/null || true; } >"$corpus/migration/seed-proto-$n"
done
grep '^otpauth://' "$samples/plain.txt" | head -4 | while read -r line; do
    n=$((n + 1))
    printf '\0%s' "$line" >"$corpus/migration/seed-uri-$(echo "$line" | md5sum | cut -c1-8)"
done

# A real vault (two accounts), its payload mode input and a backup-format import seed.
export TWOSTEP_VAULT="$work/vault.twostep" HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
printf 'fuzz-password\n' | "$cli" init --password-stdin >/dev/null
printf 'fuzz-password\n' | "$cli" add --password-stdin --uri 'otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example' >/dev/null
printf 'fuzz-password\n' | "$cli" add --password-stdin --uri 'otpauth://hotp/Corp:bob?secret=GEZDGNBVGY3TQOJQ&counter=5&digits=8&algorithm=SHA256' >/dev/null
prefixed 000 "$TWOSTEP_VAULT" "$corpus/vault/seed-container"
cat >"$work/payload.json" <<'JSON'
{"accounts":[{"id":"3f0b6c1e-7d1b-4a59-9a43-0c1f2e3d4b5a","issuer":"Example","name":"alice","secret":"JBSWY3DPEHPK3PXP","type":"totp","algorithm":"SHA1","digits":6,"period":"30","counter":"0","created":"2026-01-02T03:04:05.678Z","updated":"2026-01-02T03:04:05.678Z"},{"id":"b2","issuer":"","name":"steam","secret":"GEZDGNBVGY3TQOJQ","type":"steam","algorithm":"SHA1","digits":5,"period":"30","counter":"0","created":"2026-01-02T03:04:05Z","updated":"2026-01-02T03:04:05Z"}]}
JSON
prefixed 001 "$work/payload.json" "$corpus/vault/seed-payload"

# Small QR images: a plain code, a dark-mode code and a transfer code, in several formats.
"$cli" qr --uri 'otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example' -o "$work/a.png"
convert "$work/a.png" -strip -resize 120x120 "$corpus/qrscan/seed-small.png"
convert "$work/a.png" -strip -resize 160x160 -negate "$corpus/qrscan/seed-dark.png"
convert "$work/a.png" -strip -resize 140x140 -quality 60 "$corpus/qrscan/seed-jpeg.jpg"
convert "$work/a.png" -strip -resize 100x100 "$corpus/qrscan/seed-gif.gif"
convert "$work/a.png" -strip -resize 90x90 -rotate 90 "$corpus/qrscan/seed-rotated.bmp"
