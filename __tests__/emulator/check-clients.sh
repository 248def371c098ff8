#!/usr/bin/env bash
# Proves the emulator's registries with the REAL package clients: each one installs (or
# publishes) a fixture through the emulator with the token, and must fail without it.
# These are the hermetic commands README.md documents; e2e tests can copy them.
# Clients that are not installed are skipped. Takes ~1 min (the JVM tools dominate).
#   bash __tests__/emulator/check-clients.sh [npm pnpm yarn1 yarn4 pip twine poetry mvn gradle cargo bundler gem curl]
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FIX="$ROOT/__tests__/emulator/fixtures"
NM="$ROOT/node_modules"
W="$(mktemp -d)"
EMU_PID=
cleanup() {
  [ -n "$EMU_PID" ] && kill "$EMU_PID" 2>/dev/null && wait "$EMU_PID" 2>/dev/null
  [ -n "${KEEP:-}" ] && echo "kept $W" || rm -rf "$W"
}
trap cleanup EXIT

node "$ROOT/__tests__/emulator/cli.mjs" --log "$W/requests.jsonl" >"$W/info.json" &
EMU_PID=$!
for _ in $(seq 100); do [ -s "$W/info.json" ] && break; sleep 0.05; done
URL=$(node -p "require('$W/info.json').url")
TOKEN=$(node -p "require('$W/info.json').tokens['my-domain']")
HOSTPORT=${URL#http://}
ep() { echo "$URL/my-domain/$1/my-repo/"; }
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true

ok=0 failed=0 skipped=0
# check NAME ok|fail FUNCTION [ARGS...]: runs FUNCTION in a subshell, output to $W/NAME.log.
check() {
  local name=$1 want=$2 rc
  shift 2
  (
    set -e
    "$@"
  ) >"$W/$name.log" 2>&1
  rc=$?
  if { [ "$want" = ok ] && [ $rc -eq 0 ]; } || { [ "$want" = fail ] && [ $rc -ne 0 ]; }; then
    ok=$((ok + 1))
    echo "ok      $name (rc=$rc)"
  else
    failed=$((failed + 1))
    echo "FAILED  $name (rc=$rc, wanted $want)"
    tail -n 15 "$W/$name.log" | sed 's/^/        /'
  fi
}
skip() {
  skipped=$((skipped + 1))
  echo "skipped $1 ($2 not installed)"
}
have() { command -v "$1" >/dev/null 2>&1; }
newdir() { rm -rf "$1" && mkdir -p "$1" && cd "$1"; }
tag() { if [ "$1" = none ]; then echo none; else echo token; fi; } # directory suffix
pkgjson() { echo '{"name":"p","version":"1.0.0","private":true}' >package.json; }

# ------------------------------------------------------------------ npm family
npmrc() { # [token]: registry + nerf-darted token (+ always-auth, which yarn 1 needs)
  echo "registry=$(ep npm)"
  if [ -n "${1:-}" ]; then
    echo "//$HOSTPORT/my-domain/npm/my-repo/:_authToken=$1"
    echo "//$HOSTPORT/my-domain/npm/my-repo/:always-auth=true"
  fi
}
npm_install() { # token
  newdir "$W/npm-$(tag "$1")" && pkgjson && npmrc "${1#none}" >.npmrc
  HOME="$PWD/h" npm_config_cache="$PWD/cache" \
    npm install tiny-pkg @myscope/tiny --no-audit --no-fund --no-update-notifier
  node -e "require('tiny-pkg'); require('@myscope/tiny')"
}
npm_publish() {
  newdir "$W/npm-pub" && npmrc "$TOKEN" >.npmrc
  echo '{"name":"@myscope/pub","version":"0.0.1","main":"index.js"}' >package.json
  echo 'module.exports = 1' >index.js
  HOME="$PWD/h" npm_config_cache="$PWD/cache" npm publish --no-update-notifier
}
pnpm_install() {
  newdir "$W/pnpm-$(tag "$1")" && pkgjson && npmrc "${1#none}" >.npmrc
  HOME="$PWD/h" XDG_CONFIG_HOME="$PWD/h/.config" XDG_CACHE_HOME="$PWD/h/.cache" \
    node "$NM/pnpm/bin/pnpm.mjs" add tiny-pkg @myscope/tiny \
    --store-dir "$PWD/store"
  node -e "require('tiny-pkg'); require('@myscope/tiny')"
}
yarn1_install() {
  newdir "$W/yarn1-$(tag "$1")" && pkgjson && npmrc "${1#none}" >.npmrc
  HOME="$PWD/h" node "$NM/yarn/bin/yarn.js" add tiny-pkg @myscope/tiny \
    --non-interactive --no-progress --cache-folder "$PWD/cache"
  node -e "require('tiny-pkg'); require('@myscope/tiny')"
}
yarn4_install() {
  newdir "$W/yarn4-$(tag "$1")" && pkgjson && touch yarn.lock
  {
    echo "npmRegistryServer: \"$(ep npm)\""
    [ "$1" = none ] || echo "npmAuthToken: \"$1\""
    echo 'npmAlwaysAuth: true' # else unscoped packuments are fetched anonymously
    echo 'unsafeHttpWhitelist: ["127.0.0.1"]'
    echo 'nodeLinker: node-modules'
    echo 'enableGlobalCache: false'
    echo 'enableTelemetry: false'
  } >.yarnrc.yml
  HOME="$PWD/h" YARN_CACHE_FOLDER="$PWD/cache" \
    node "$NM/@yarnpkg/cli-dist/bin/yarn.js" add tiny-pkg @myscope/tiny
  node -e "require('tiny-pkg'); require('@myscope/tiny')"
}

# ------------------------------------------------------------------ python
simple_url() { # token → index URL with credentials (what pip.conf gets)
  if [ "$1" = none ]; then echo "$(ep pypi)simple/"; else echo "http://aws:$1@$HOSTPORT/my-domain/pypi/my-repo/simple/"; fi
}
pip_download() {
  newdir "$W/pip-$(tag "$1")"
  # --isolated ignores /etc/pip.conf etc.; -u PIP_FIND_LINKS drops the machine's local wheels.
  env -u PIP_FIND_LINKS HOME="$PWD/h" pip download --isolated --no-input --no-cache-dir \
    --disable-pip-version-check --no-deps -d dl --index-url "$(simple_url "$1")" tiny-py
  ls dl/tiny_py-1.0.0-py3-none-any.whl
}
pip_conf() { # a user-level pip.conf, as the action writes it
  newdir "$W/pipconf" && mkdir -p h/.config/pip
  printf '[global]\nindex-url = %s\n' "$(simple_url "$TOKEN")" >h/.config/pip/pip.conf
  # Env vars beat config files: blank out the machine's find-links/extra-index-url.
  HOME="$PWD/h" XDG_CONFIG_HOME="$PWD/h/.config" PIP_FIND_LINKS= PIP_EXTRA_INDEX_URL= \
    pip download --no-input --no-cache-dir --disable-pip-version-check --no-deps -d dl tiny-py
  ls dl/tiny_py-1.0.0-py3-none-any.whl
}
twine_upload() {
  newdir "$W/twine-$(tag "$1")"
  printf '[distutils]\nindex-servers =\n    codeartifact\n\n[codeartifact]\nrepository = %s\nusername = aws\npassword = %s\n' \
    "$(ep pypi)" "$1" >pypirc
  HOME="$PWD/h" twine upload --non-interactive --disable-progress-bar --config-file pypirc \
    -r codeartifact "$FIX/pypi/tiny_py-1.0.0-py3-none-any.whl"
}
poetry_install() {
  newdir "$W/poetry-$(tag "$1")"
  cat >pyproject.toml <<EOF
[tool.poetry]
name = "app"
version = "0.1.0"
description = ""
authors = ["x <x@example.com>"]

[tool.poetry.dependencies]
python = "^3.9"
tiny-py = "1.0.0"

[[tool.poetry.source]]
name = "codeartifact"
url = "$(ep pypi)simple/"
default = true
EOF
  local auth=()
  [ "$1" = none ] || auth=(POETRY_HTTP_BASIC_CODEARTIFACT_USERNAME=aws "POETRY_HTTP_BASIC_CODEARTIFACT_PASSWORD=$1")
  env HOME="$PWD/h" POETRY_CACHE_DIR="$PWD/cache" POETRY_CONFIG_DIR="$PWD/config" \
    POETRY_VIRTUALENVS_IN_PROJECT=true PIP_FIND_LINKS= \
    PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring "${auth[@]}" \
    poetry install --no-root -n
  .venv/bin/python -c 'import tiny_py'
}

# ------------------------------------------------------------------ maven / gradle
mvn_settings() { # hermetic: only the emulator; plugins come from ~/.m2 via a file:// repo.
  cat <<EOF
<settings>
  <servers>
    <server><id>codeartifact</id><username>aws</username><password>\${env.CODEARTIFACT_AUTH_TOKEN}</password></server>
  </servers>
  <mirrors>
    <mirror><id>codeartifact</id><mirrorOf>*,!local-m2</mirrorOf><url>$(ep maven)</url></mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>codeartifact</id>
      <repositories><repository><id>codeartifact</id><url>$(ep maven)</url></repository></repositories>
      <pluginRepositories><pluginRepository><id>local-m2</id><url>file://$HOME/.m2/repository</url></pluginRepository></pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>codeartifact</activeProfile></activeProfiles>
</settings>
EOF
}
mvn_compile() {
  newdir "$W/mvn-$(tag "$1")" && mkdir -p src/main/java/app && mvn_settings >settings.xml
  cat >pom.xml <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>app</groupId><artifactId>app</artifactId><version>1.0.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>com.example</groupId><artifactId>tiny</artifactId><version>1.0.0</version></dependency>
  </dependencies>
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
  </plugins></build>
</project>
EOF
  echo 'package app; public class Main { public static void main(String[] a) { System.out.println(com.example.tiny.Tiny.hello()); } }' \
    >src/main/java/app/Main.java
  CODEARTIFACT_AUTH_TOKEN="${1#none}" mvn -B -ntp -s settings.xml -Dmaven.repo.local="$PWD/repo" compile
}
mvn_deploy() {
  newdir "$W/mvn-deploy" && mvn_settings >settings.xml
  cat >pom.xml <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.pub</groupId><artifactId>pubtest</artifactId><version>2.0.0</version>
  <packaging>pom</packaging>
  <distributionManagement>
    <repository><id>codeartifact</id><url>$(ep maven)</url></repository>
  </distributionManagement>
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-install-plugin</artifactId><version>3.1.1</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-deploy-plugin</artifactId><version>3.1.1</version></plugin>
  </plugins></build>
</project>
EOF
  CODEARTIFACT_AUTH_TOKEN="$TOKEN" mvn -B -ntp -s settings.xml -Dmaven.repo.local="$PWD/repo" deploy
}
gradle_fetch() {
  newdir "$W/gradle-$(tag "$1")"
  cat >build.gradle <<EOF
repositories {
  maven {
    url '$(ep maven)'
    credentials { username 'aws'; password System.getenv('CODEARTIFACT_AUTH_TOKEN') }
  }
}
configurations { fetch }
dependencies { fetch 'com.example:tiny:1.0.0' }
task fetchDeps(type: Copy) { from configurations.fetch; into "\$buildDir/deps" }
EOF
  echo "rootProject.name = 'app'" >settings.gradle
  CODEARTIFACT_AUTH_TOKEN="${1#none}" GRADLE_USER_HOME="$PWD/gh" gradle --no-daemon -q fetchDeps
  ls build/deps/tiny-1.0.0.jar
}

# ------------------------------------------------------------------ cargo
cargo_project() { # name deps-line
  mkdir -p src .cargo
  cat >.cargo/config.toml <<EOF
[registries.codeartifact]
index = "sparse+$(ep cargo)"
credential-provider = "cargo:token"
EOF
  printf '[package]\nname = "%s"\nversion = "0.2.0"\nedition = "2021"\ndescription = "x"\nlicense = "MIT"\n\n[dependencies]\n%s\n' \
    "$1" "$2" >Cargo.toml
}
cargo_run() {
  newdir "$W/cargo-$(tag "$1")" && cargo_project app 'tinycrate = { version = "0.1.0", registry = "codeartifact" }'
  echo 'fn main() { println!("{}", tinycrate::hello()); }' >src/main.rs
  local tok=()
  [ "$1" = none ] || tok=("CARGO_REGISTRIES_CODEARTIFACT_TOKEN=Bearer $1")
  env "${tok[@]}" CARGO_HOME="$PWD/home" CARGO_TARGET_DIR="$PWD/target" cargo run -q
}
cargo_publish() {
  newdir "$W/cargo-pub" && cargo_project pubcrate ''
  echo 'pub fn x() {}' >src/lib.rs
  CARGO_REGISTRIES_CODEARTIFACT_TOKEN="Bearer $TOKEN" CARGO_HOME="$PWD/home" CARGO_TARGET_DIR="$PWD/target" \
    cargo publish --registry codeartifact --allow-dirty --no-verify
}

# ------------------------------------------------------------------ ruby
bundle_install() {
  newdir "$W/bundler-$(tag "$1")"
  printf 'source "%s"\ngem "tinygem"\n' "$(ep ruby)" >Gemfile
  local cred=()
  [ "$1" = none ] || cred=("BUNDLE_${HOSTPORT%%:*}=aws:$1") # BUNDLE_127.0.0.1 → below
  cred=("${cred[@]//./__}")                                  # BUNDLE_127__0__0__1
  env HOME="$PWD/h" GEM_HOME="$PWD/gems" GEM_PATH="$PWD/gems" BUNDLE_USER_HOME="$PWD/bh" \
    BUNDLE_APP_CONFIG="$PWD/bcfg" BUNDLE_PATH="$PWD/bundle" "${cred[@]}" bundle install
  env HOME="$PWD/h" BUNDLE_APP_CONFIG="$PWD/bcfg" BUNDLE_PATH="$PWD/bundle" "${cred[@]}" \
    bundle exec ruby -e 'require "tinygem"; puts Tinygem.hello'
}
gem_install() {
  newdir "$W/gem-$(tag "$1")"
  local src
  if [ "$1" = none ]; then src="$(ep ruby)"; else src="http://aws:$1@$HOSTPORT/my-domain/ruby/my-repo/"; fi
  HOME="$PWD/h" GEM_HOME="$PWD/gems" GEM_PATH="$PWD/gems" \
    gem install tinygem --no-document --clear-sources --source "$src"
}
gem_push() {
  newdir "$W/gem-push-$(tag "$1")"
  # The API key goes out verbatim in `Authorization`, so it must carry "Bearer ".
  HOME="$PWD/h" GEM_HOST_API_KEY="Bearer $1" \
    gem push --host "$URL/my-domain/ruby/my-repo" "$FIX/ruby/tinygem-1.0.0.gem"
}

# ------------------------------------------------------------------ nuget / swift (curl only)
curl_nuget() {
  local auth=()
  [ "$1" = none ] || auth=(-u "aws:$1")
  curl -fsS "${auth[@]}" "$(ep nuget)v3/index.json" | grep -q PackageBaseAddress/3.0.0
}
curl_swift() {
  local auth=()
  [ "$1" = none ] || auth=(-H "Authorization: Bearer $1")
  curl -fsS -X POST "${auth[@]}" "$(ep swift)login"
}

# ------------------------------------------------------------------ run
want() { [ ${#SELECTED[@]} -eq 0 ] || [[ " ${SELECTED[*]} " == *" $1 "* ]]; }
SELECTED=("$@")
pair() { # name tool function: with the token it must pass, without it must fail
  if ! want "$1"; then return; fi
  if ! have "$2"; then skip "$1" "$2" && return; fi
  check "$1" ok "$3" "$TOKEN"
  local before
  before=$(count401)
  check "$1-no-token" fail "$3" none
  sleep 0.2 # cli.mjs flushes the log every 100 ms
  if [ "$(count401)" -le "$before" ]; then
    failed=$((failed + 1))
    echo "FAILED  $1-no-token failed, but not with a 401 from the emulator"
  fi
}
count401() { grep -c '"status":401' "$W/requests.jsonl" 2>/dev/null || true; }
pair npm npm npm_install
want npm && check npm-publish ok npm_publish
pair pnpm node pnpm_install
pair yarn1 node yarn1_install
pair yarn4 node yarn4_install
pair pip pip pip_download
want pip && have pip && check pip-conf ok pip_conf
pair twine twine twine_upload
pair poetry poetry poetry_install
pair mvn mvn mvn_compile
want mvn && have mvn && check mvn-deploy ok mvn_deploy
pair gradle gradle gradle_fetch
pair cargo cargo cargo_run
want cargo && have cargo && check cargo-publish ok cargo_publish
pair bundler bundle bundle_install
pair gem gem gem_install
pair gem-push gem gem_push
pair nuget curl curl_nuget
pair swift curl curl_swift

sleep 0.3 # let cli.mjs flush the request log
echo "registry requests: $(grep -c '"kind":"registry"' "$W/requests.jsonl") ($(grep -c '"status":401' "$W/requests.jsonl") answered 401)"
echo "clients: $ok ok, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
