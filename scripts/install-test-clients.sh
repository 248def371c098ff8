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
#   .test-clients/m2/         the Maven plugins the JVM tests run (scripts/test-clients/maven/pom.xml),
#                             from Maven Central; needs mvn and a JDK (the machine image has them)
#
# The tests find each client through __tests__/harness/test-clients.ts, and fail at once with
# the name of this script when one is missing. Re-running is cheap: a part whose manifest has
# not changed since its last successful install is skipped.
#
# Usage: scripts/install-test-clients.sh [part …]
#   parts: npm, corepack, python, maven (default: all). `npm run demo` installs only `npm`
#   (Node 24, the action's runtime) when it is missing.
set -euo pipefail
parts=" ${*:-npm corepack python maven} "
for part in $parts; do
  case "$part" in
    npm | corepack | python | maven) ;;
    *) echo "install-test-clients: unknown part '$part': use npm, corepack, python, maven" >&2; exit 2 ;;
  esac
done
wants() { [[ "$parts" == *" $1 "* ]]; }
cd "$(dirname "$0")/.."
manifests=scripts/test-clients
dest="$PWD/.test-clients"
mkdir -p "$dest"
# The repository's package.json says "type": "module"; corepack's single-file Yarns (yarn.js)
# under $dest must load as CommonJS, as they do from a user's ~/.cache/node/corepack.
echo '{ "type": "commonjs" }' > "$dest/package.json"

# The parts are skipped when their stamp (a hash of what they install) is unchanged.
stamp_of() { cat "$@" | sha256sum | cut -d' ' -f1; }
is_current() { [ -f "$1/.stamp" ] && [ "$(cat "$1/.stamp")" = "$2" ]; }

# --- npm registry: Node 24, bun, npm, pnpm, corepack -------------------------------------------
npm_stamp="$(stamp_of "$manifests/package.json" "$manifests/package-lock.json")"
if ! wants npm && ! wants corepack; then
  :
elif is_current "$dest/npm" "$npm_stamp"; then
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
if wants npm || wants corepack; then "$node24" --version >/dev/null; fi

# --- corepack's Yarns, from the npm registry ----------------------------------------------------
# corepack downloads Yarn 2+ from repo.yarnpkg.com unless COREPACK_NPM_REGISTRY names an npm
# registry; then it takes @yarnpkg/cli-dist (and yarn 1) from there. Each version in
# scripts/test-clients/corepack.txt is pinned by the sha512 corepack records for it (the hash of
# Yarn 2+'s yarn.js, as `corepack use` writes it), which also spares the registry-signature
# check that a mirror without signatures would fail. The tests use the same specs as the
# `packageManager` of their projects.
mapfile -t yarns < "$manifests/corepack.txt"
corepack_stamp="$(printf '%s\n' "$npm_stamp" "${yarns[@]}" | sha256sum | cut -d' ' -f1)"
if ! wants corepack; then
  :
elif is_current "$dest/corepack" "$corepack_stamp"; then
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
  wants python || break
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

# --- Maven Central: the plugins the JVM tests run ----------------------------------------------
# The tests' own Maven runs reach only the local CodeArtifact emulator; they take their plugins
# from this folder through a file:// plugin repository. `compile` of a jar project and `deploy` of
# a pom project resolve exactly the plugins (and their dependencies) the tests execute.
if wants maven; then
  maven_stamp="$(stamp_of "$manifests/maven/pom.xml"; mvn -B --version 2>/dev/null | sed -n 1p)"
  if is_current "$dest/m2" "$maven_stamp"; then
    echo "test clients (Maven plugins): current"
  else
    echo "test clients (Maven plugins): installing"
    rm -rf "$dest/m2"
    seed="$(mktemp -d)"
    trap 'rm -rf "$seed"' EXIT
    mkdir -p "$seed/jar/src/main/java/seed" "$seed/pom"
    cp "$manifests/maven/pom.xml" "$seed/jar/pom.xml"
    echo 'package seed; public class Seed {}' > "$seed/jar/src/main/java/seed/Seed.java"
    sed 's|<version>1</version>|<version>1</version><packaging>pom</packaging>|' \
      "$manifests/maven/pom.xml" > "$seed/pom/pom.xml"
    (cd "$seed/jar" && mvn -B -q -ntp -Dstyle.color=never -Dmaven.repo.local="$dest/m2" compile)
    (cd "$seed/pom" && mvn -B -q -ntp -Dstyle.color=never -Dmaven.repo.local="$dest/m2" \
      -DaltDeploymentRepository="seed::file://$seed/deployed" deploy)
    # Only the plugins stay: what the seed projects installed is not a test fixture.
    rm -rf "$dest/m2/seed"
    echo "$maven_stamp" > "$dest/m2/.stamp"
  fi
fi

echo "test clients installed in $dest"
