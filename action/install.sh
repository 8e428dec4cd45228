#!/usr/bin/env bash
# Installs dejargon for the GitHub Action (action.yml) into its own folder,
# never touching the Go on the runner's PATH.
#
#   install.sh release   download the released binary for this runner and
#                        check it against the release's checksums.txt;
#                        prints installed=true or installed=false (no such
#                        release) for $GITHUB_OUTPUT
#   install.sh build     build from the action's own source with the Go
#                        already installed (GOTOOLCHAIN=auto fetches the Go
#                        that go.mod asks for through the module proxy)
#
# Environment: DEJARGON_VERSION (a release tag such as v1.2.0; empty means
# no release), DEJARGON_BIN (the folder to install into), RUNNER_OS and
# RUNNER_ARCH (as GitHub sets them), DEJARGON_RELEASES (the base URL of
# release downloads; tests point it at a local folder) and
# DEJARGON_SOURCE (the action's checkout, for build).
set -euo pipefail

die() { echo "dejargon action: $*" >&2; exit 1; }

bin=${DEJARGON_BIN:?DEJARGON_BIN must name the install folder}
mkdir -p "$bin"

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

release() {
  local version=${DEJARGON_VERSION:-}
  # Only a release tag has a release; a branch or commit is built.
  local tag_re='^v[0-9]+[.][0-9]+[.][0-9]+([-+][0-9A-Za-z.-]+)?$'
  if [[ ! $version =~ $tag_re ]]; then
    echo "dejargon action: '${version}' is not a release tag; building from source" >&2
    echo "installed=false"
    return
  fi
  local os arch ext=tar.gz exe=dejargon
  case "${RUNNER_OS:-}" in
    Linux) os=linux ;; macOS) os=darwin ;; Windows) os=windows ext=zip exe=dejargon.exe ;;
    *) die "unsupported runner OS '${RUNNER_OS:-}'" ;;
  esac
  case "${RUNNER_ARCH:-}" in
    X64) arch=amd64 ;; ARM64) arch=arm64 ;;
    *) die "unsupported runner architecture '${RUNNER_ARCH:-}'" ;;
  esac
  # The names .goreleaser.yaml gives the archives and the checksums file.
  local base=${DEJARGON_RELEASES:-https://github.com/dejargon/dejargon/releases/download}/$version
  local archive="dejargon_${version#v}_${os}_${arch}.${ext}"
  local tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  if ! curl -fsSL --retry 3 -o "$tmp/checksums.txt" "$base/checksums.txt"; then
    echo "dejargon action: no release $version to download; building from source" >&2
    echo "installed=false"
    return
  fi
  curl -fsSL --retry 3 -o "$tmp/$archive" "$base/$archive" || die "release $version has no $archive"
  local want got
  want=$(awk -v f="$archive" '$2 == f || $2 == "*" f { print $1 }' "$tmp/checksums.txt")
  [ -n "$want" ] || die "checksums.txt of $version does not list $archive"
  got=$(sha256 "$tmp/$archive")
  # A mismatch is an attack or a broken download: fail, never fall back.
  [ "$got" = "$want" ] || die "checksum mismatch for $archive: got $got, checksums.txt says $want"
  mkdir "$tmp/x"
  if [ "$ext" = zip ]; then unzip -q "$tmp/$archive" -d "$tmp/x"; else tar -xzf "$tmp/$archive" -C "$tmp/x"; fi
  [ -f "$tmp/x/$exe" ] || die "$archive holds no $exe"
  install -m 0755 "$tmp/x/$exe" "$bin/$exe"
  echo "dejargon action: installed release $version ($os/$arch) into $bin" >&2
  echo "installed=true"
}

build() {
  local src=${DEJARGON_SOURCE:?DEJARGON_SOURCE must name the action checkout}
  command -v go >/dev/null || die "no release to install and no Go to build with: use a released version of the action (uses: dejargon/dejargon@v1.2.0), or run actions/setup-go before it"
  # GOTOOLCHAIN=auto lets an older Go fetch the version go.mod asks for,
  # for this build only; GOFLAGS from the user's job must not change it.
  (cd "$src" && GOTOOLCHAIN=auto GOFLAGS=-mod=readonly go build -trimpath -o "$bin/" ./cmd/dejargon)
  echo "dejargon action: built dejargon from $src into $bin" >&2
}

case "${1:-}" in
  release) release ;;
  build) build ;;
  *) die "usage: install.sh release|build" ;;
esac
