#!/usr/bin/env bash
# Rebuilds the tiny fixture packages served by the CodeArtifact emulator into ./fixtures/.
# Everything is built offline from sources written below, with fixed timestamps, so two runs
# give the same bytes (npm pack, the wheel, the nupkg and the jar are byte-for-byte stable;
# cargo and gem embed their own tool versions).
#
# Needs: node/npm, python3, javac + jar (JDK 17), cargo, ruby + gem
#   (Debian: apt-get install --no-install-recommends ruby).
# Usage: bash __tests__/emulator/build-fixtures.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/fixtures"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1577836800 # 2020-01-01T00:00:00Z
STAMP=202001010000

rm -rf "$OUT"
mkdir -p "$OUT"/{npm,pypi,maven,cargo,ruby,nuget}

# ---------------------------------------------------------------- npm
mk_npm() { # dir name version
  mkdir -p "$1"
  printf '{\n  "name": "%s",\n  "version": "%s",\n  "main": "index.js",\n  "license": "MIT"\n}\n' \
    "$2" "$3" >"$1/package.json"
  printf "module.exports = () => 'hello from %s'\n" "$2" >"$1/index.js"
  (cd "$1" && npm pack --silent --pack-destination "$OUT/npm" >/dev/null)
}
mk_npm "$WORK/npm/tiny-pkg" tiny-pkg 1.0.0
mk_npm "$WORK/npm/scoped" @myscope/tiny 2.0.0 # → myscope-tiny-2.0.0.tgz

# ---------------------------------------------------------------- pypi (stdlib-only wheel)
python3 - "$OUT/pypi" <<'PY'
import base64, hashlib, sys, zipfile
out = sys.argv[1]
name, ver = "tiny_py", "1.0.0"
files = {
    f"{name}/__init__.py": b"def hello():\n    return 'hello from tiny_py'\n",
    f"{name}-{ver}.dist-info/METADATA": f"Metadata-Version: 2.1\nName: tiny-py\nVersion: {ver}\n".encode(),
    f"{name}-{ver}.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: handmade\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
def h(b): return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(b).digest()).rstrip(b"=").decode()
record = "".join(f"{p},{h(b)},{len(b)}\n" for p, b in files.items()) + f"{name}-{ver}.dist-info/RECORD,,\n"
files[f"{name}-{ver}.dist-info/RECORD"] = record.encode()
with zipfile.ZipFile(f"{out}/{name}-{ver}-py3-none-any.whl", "w", zipfile.ZIP_DEFLATED) as z:
    for p, b in files.items():
        z.writestr(zipfile.ZipInfo(p, (2020, 1, 1, 0, 0, 0)), b)
PY

# ---------------------------------------------------------------- maven (com.example:tiny:1.0.0)
M="$WORK/maven"
mkdir -p "$M/src/com/example/tiny" "$M/classes"
cat >"$M/src/com/example/tiny/Tiny.java" <<'JAVA'
package com.example.tiny;

public class Tiny {
  public static String hello() {
    return "hello from tiny jar";
  }
}
JAVA
javac --release 8 -nowarn -d "$M/classes" "$M/src/com/example/tiny/Tiny.java" 2>/dev/null
find "$M/classes" -exec touch -t "$STAMP" {} +
jar --create --no-manifest --date=2020-01-01T00:00:00Z --file "$OUT/maven/tiny-1.0.0.jar" -C "$M/classes" .
cat >"$OUT/maven/tiny-1.0.0.pom" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>tiny</artifactId>
  <version>1.0.0</version>
  <packaging>jar</packaging>
</project>
POM

# ---------------------------------------------------------------- cargo (tinycrate 0.1.0)
C="$WORK/cargo/tinycrate"
mkdir -p "$C/src"
cat >"$C/Cargo.toml" <<'TOML'
[package]
name = "tinycrate"
version = "0.1.0"
edition = "2021"
description = "tiny fixture crate"
license = "MIT"
TOML
printf 'pub fn hello() -> &'"'"'static str {\n    "hello from tinycrate"\n}\n' >"$C/src/lib.rs"
find "$C" -exec touch -t "$STAMP" {} +
(cd "$C" && CARGO_HOME="$WORK/cargo/home" cargo package -q --allow-dirty --no-verify --offline)
cp "$C/target/package/tinycrate-0.1.0.crate" "$OUT/cargo/"

# ---------------------------------------------------------------- ruby (tinygem 1.0.0 + full index)
G="$WORK/ruby/tinygem"
mkdir -p "$G/lib"
cat >"$G/tinygem.gemspec" <<'RUBY'
Gem::Specification.new do |s|
  s.name = 'tinygem'
  s.version = '1.0.0'
  s.summary = 'tiny fixture gem'
  s.authors = ['fixture']
  s.license = 'MIT'
  s.files = ['lib/tinygem.rb']
  s.date = '2020-01-01'
  s.homepage = 'https://example.com/tinygem'
end
RUBY
printf "module Tinygem\n  def self.hello = 'hello from tinygem'\nend\n" >"$G/lib/tinygem.rb"
find "$G" -exec touch -t "$STAMP" {} +
(cd "$G" && gem build -q tinygem.gemspec -o "$OUT/ruby/tinygem-1.0.0.gem" >/dev/null)
# Full (Marshal) index for `gem install --source`, which does not read the compact index.
mkdir -p "$WORK/ruby/idx/gems"
cp "$OUT/ruby/tinygem-1.0.0.gem" "$WORK/ruby/idx/gems/"
gem generate_index -q --directory "$WORK/ruby/idx" >/dev/null
mkdir -p "$OUT/ruby/index/quick/Marshal.4.8"
for f in specs.4.8.gz latest_specs.4.8.gz prerelease_specs.4.8.gz quick/Marshal.4.8/tinygem-1.0.0.gemspec.rz; do
  cp "$WORK/ruby/idx/$f" "$OUT/ruby/index/$f"
done
# gzip headers carry the build time: re-pack the three specs files with mtime 0.
python3 - "$OUT/ruby/index" <<'PY'
import gzip, sys
for f in ("specs", "latest_specs", "prerelease_specs"):
    p = f"{sys.argv[1]}/{f}.4.8.gz"
    data = gzip.decompress(open(p, "rb").read())
    open(p, "wb").write(gzip.compress(data, mtime=0))
PY

# ---------------------------------------------------------------- nuget (no client here; curl only)
python3 - "$OUT/nuget" <<'PY'
import sys, zipfile
out = sys.argv[1]
nuspec = b"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>Tiny.Nuget</id>
    <version>1.0.0</version>
    <authors>fixture</authors>
    <description>tiny fixture package</description>
  </metadata>
</package>
"""
with zipfile.ZipFile(f"{out}/tiny.nuget.1.0.0.nupkg", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("Tiny.Nuget.nuspec", (2020, 1, 1, 0, 0, 0)), nuspec)
PY

(cd "$OUT" && find . -type f | sort | xargs ls -l | awk '{print $5, $9}')
