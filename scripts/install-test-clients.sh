#!/usr/bin/env bash
# Installs the package clients the end-to-end tests drive, at the versions the README's
# "Supported clients" table names, into .test-clients/ (git-ignored). It reaches only the npm
# registry and PyPI, and needs node with npm (any version) and python3 with venv (on Debian:
# `apt-get install python3-venv`).
#
#   .test-clients/npm/        scripts/test-clients/package.json + package-lock.json, from the npm
#                             registry: Node 24 (the action's runtime), bun, npm, pnpm, corepack
#   .test-clients/corepack/   COREPACK_HOME: Yarn 1 and Yarn 2+ fetched by corepack from the npm
#                             registry (COREPACK_NPM_REGISTRY), pinned by hash
#   .test-clients/python/<n>/ one virtualenv per scripts/test-clients/python/<n>.txt
#                             (pip, Poetry, twine, uv)
#
# The tests find each client through __tests__/harness/test-clients.ts, and fail at once with
# the name of this script when one is missing. Re-running is cheap: a part whose manifest has
# not changed since its last successful install is skipped.
#
# Usage: scripts/install-test-clients.sh
set -euo pipefail
cd "$(dirname "$0")/.."
manifests=scripts/test-clients
dest=.test-clients
mkdir -p "$dest"

# The parts are skipped when their stamp (a hash of what they install) is unchanged.
stamp_of() { cat "$@" | sha256sum | cut -d' ' -f1; }
is_current() { [ -f "$1/.stamp" ] && [ "$(cat "$1/.stamp")" = "$2" ]; }

# --- npm registry: Node 24, bun, npm, pnpm, corepack -------------------------------------------
npm_stamp="$(stamp_of "$manifests/package.json" "$manifests/package-lock.json")"
if is_current "$dest/npm" "$npm_stamp"; then
  echo "test clients (npm registry): current"
else
  echo "test clients (npm registry): installing"
  rm -rf "$dest/npm"
  mkdir -p "$dest/npm"
  cp "$manifests/package.json" "$manifests/package-lock.json" "$dest/npm/"
  # No install scripts: bun, pnpm and Node come as plain files, the tests run them directly.
  (cd "$dest/npm" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$npm_stamp" > "$dest/npm/.stamp"
fi

case "$(uname -m)" in
  x86_64 | amd64) node_arch=x64 ;;
  aarch64 | arm64) node_arch=arm64 ;;
  *) echo "install-test-clients: no Node 24 package for $(uname -m)" >&2; exit 1 ;;
esac
node24="$dest/npm/node_modules/node-24-linux-$node_arch/bin/node"
"$node24" --version >/dev/null

# --- corepack's Yarns, from the npm registry ----------------------------------------------------
# corepack downloads Yarn 2+ from repo.yarnpkg.com unless COREPACK_NPM_REGISTRY names an npm
# registry; then it takes @yarnpkg/cli-dist (and yarn 1) from there. Each version is pinned by
# the sha512 corepack records for it, which also spares the registry-signature check (a mirror
# may not serve signatures).
yarns=(
  'yarn@1.22.22+sha512.a6b2f7906b721bba3d67d4aff083df04dad64c399707841b7acf00f6b133b7ac24255f2652fa22ae3534329dc6180534e98d17432037ff6fd140556e2bb3137e'
  'yarn@2.4.2+sha512.f77b4e43648618c524699410989f85de97091e86ab24c6fafb427686acff23c4c914a9f1e7351268aea3d4c72ece6032ecebc55fa724083c7988ef344f987640'
  'yarn@4.18.1+sha512.b2e1e7524f654f2749d32b4ebcb4622473cb5bcbc485df2007e12a154e50162a4d795526768bc5f5b8f81717bfd79deb2472813d86fb5ae2eb551fa9c872b08f'
)
corepack_stamp="$(printf '%s\n' "$npm_stamp" "${yarns[@]}" | sha256sum | cut -d' ' -f1)"
if is_current "$dest/corepack" "$corepack_stamp"; then
  echo "test clients (corepack): current"
else
  echo "test clients (corepack): installing ${yarns[*]%%+*}"
  rm -rf "$dest/corepack"
  mkdir -p "$dest/corepack"
  registry="${COREPACK_NPM_REGISTRY:-$(npm config get registry)}"
  COREPACK_HOME="$dest/corepack" COREPACK_NPM_REGISTRY="${registry%/}" \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 COREPACK_ENABLE_AUTO_PIN=0 \
    "$node24" "$dest/npm/node_modules/corepack/dist/corepack.js" install -g "${yarns[@]}"
  echo "$corepack_stamp" > "$dest/corepack/.stamp"
fi

# --- PyPI: one virtualenv per requirements file -------------------------------------------------
python="${PYTHON:-python3}"
for requirements in "$manifests"/python/*.txt; do
  name="$(basename "$requirements" .txt)"
  venv="$dest/python/$name"
  python_stamp="$(stamp_of "$requirements"; "$python" --version)"
  if is_current "$venv" "$python_stamp"; then
    echo "test clients (PyPI, $name): current"
    continue
  fi
  echo "test clients (PyPI, $name): installing"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  # Each file pins the whole set (pip freeze), so a rebuild gets the same versions.
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements"
  echo "$python_stamp" > "$venv/.stamp"
done

echo "test clients installed in $dest"
