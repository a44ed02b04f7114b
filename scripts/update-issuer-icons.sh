#!/usr/bin/env bash
# Regenerates resources/icons/issuers/ from simple-icons (CC0, the npm registry): the SVGs of the
# issuers most seen in 2FA directories, each filled with its brand colour, and issuers.json, which
# maps lower-case issuer names (simple-icons' title, its "aka" aliases and the extra names below)
# to the file. Usage: scripts/update-issuer-icons.sh [VERSION]
# simple-icons no longer carries Amazon/AWS, Microsoft, LinkedIn, Slack or Salesforce (their owners
# asked for removal): AWS, the issuer Twostep exists for, gets Twostep's own mark from
# resources/icons/own/ (its names in OWN below); the others get the initial-letter mark, or an Aegis
# icon pack's icon.
set -euo pipefail
version=${1:-16.37.0}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/resources/icons/issuers"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "simple-icons@$version" >/dev/null && tar xzf "simple-icons-$version.tgz")
slugs="github google gmail apple facebook instagram x tiktok reddit discord twitch steam epicgames ubisoft
dropbox gitlab bitbucket atlassian jetbrains docker npm cloudflare digitalocean hetzner ovh vercel netlify
okta bitwarden 1password lastpass protonmail paypal stripe shopify coinbase binance wordpress godaddy
namecheap mozilla zoom mastodon sentry datadog"
rm -f "$out"/*.svg "$out"/issuers.json
cp "$work/package/LICENSE.md" "$out/LICENSE-simple-icons.md"
cp "$root"/resources/icons/own/*.svg "$out/"
/usr/bin/env python3 - "$work/package" "$out" $slugs <<'PY'
import json, sys, pathlib
package, out, slugs = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3:]
OWN = {"aws.svg": ["amazon web services", "aws", "aws sso", "aws iam identity center"]}
data = json.loads((package / "data/simple-icons.json").read_text())
icons = {icon["slug"]: icon for icon in (data if isinstance(data, list) else data["icons"])}
extra = {"google": ["google account"], "protonmail": ["proton", "proton ag"], "x": ["twitter"],
         "facebook": ["meta"], "epicgames": ["epic games store"], "github": ["github.com"]}
index = {name: file for file, names in OWN.items() for name in names}
for slug in slugs:
    icon = icons[slug]
    svg = (package / "icons" / f"{slug}.svg").read_text()
    svg = svg.replace("<svg ", f'<svg fill="#{icon["hex"]}" ', 1)
    (out / f"{slug}.svg").write_text(svg)
    names = [icon["title"]] + icon.get("aliases", {}).get("aka", []) + extra.get(slug, [])
    for name in names:
        index.setdefault(name.lower(), f"{slug}.svg")
(out / "issuers.json").write_text(json.dumps(index, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
files = "\n    ".join(sorted([f"{slug}.svg" for slug in slugs] + list(OWN)))
(out / "issuers.cmake").write_text(f"# Written by scripts/update-issuer-icons.sh.\nset(TWOSTEP_ISSUER_ICONS\n    issuers.json\n    {files})\n")
print(f"{len(slugs) + len(OWN)} icons, {len(index)} issuer names")
PY
echo "simple-icons $version" > "$out/VERSION"
