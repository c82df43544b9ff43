#!/usr/bin/env bash
# Builds the pinned Temporal server, its schema tool (temporal-sql-tool) and, with --with-ui, the Web UI server from
# the Go module proxy, once per machine: into ${XDG_CACHE_HOME:-~/.cache}/iop-engine/temporal-<version>/ and
# temporal-ui-<version>/, outside the clone, so every clone and every run shares them. The server's PostgreSQL
# schema is copied beside its binaries. What is there already is not built again. Every failure is one sentence.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../tools/temporal-cluster.env
source "$here/tools/temporal-cluster.env"

with_ui=false
[ "${1:-}" = --with-ui ] && with_ui=true

fail() {
  printf '%s\n' "$*" >&2
  exit 1
}

cache="${XDG_CACHE_HOME:-$HOME/.cache}/iop-engine"
server_dir="$cache/temporal-$TEMPORAL_SERVER_VERSION"
ui_dir="$cache/temporal-ui-$TEMPORAL_UI_VERSION"
mkdir -p "$cache"

command -v go >/dev/null 2>&1 \
  || fail "Building the Temporal server needs Go 1.21 or newer on PATH (it fetches $TEMPORAL_GO_TOOLCHAIN itself): install Go (on Debian: apt-get install golang), then run this command again."

# One build at a time per machine: a second caller waits for the first and then finds the binaries.
exec 9>"$cache/build.lock"
flock 9

export GOTOOLCHAIN="$TEMPORAL_GO_TOOLCHAIN" GOFLAGS=-mod=mod

have_server() { [ -x "$server_dir/bin/server" ] && { [ -x "$server_dir/bin/temporal-sql-tool" ] || [ -x "$server_dir/bin/sql" ]; }; }

if ! have_server; then
  echo "Building the Temporal server $TEMPORAL_SERVER_VERSION and temporal-sql-tool (once per machine, about 20 minutes cold)…"
  partial="$server_dir/bin.partial"
  rm -rf "$partial"
  mkdir -p "$partial"
  GOBIN="$partial" go install "go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION" \
    "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_SERVER_VERSION" \
    || fail "go install of go.temporal.io/server@$TEMPORAL_SERVER_VERSION failed (its error is above): check the network access to proxy.golang.org, then run this command again."
  mkdir -p "$server_dir/bin"
  mv "$partial/server" "$server_dir/bin/server"
  mv "$partial/sql" "$server_dir/bin/temporal-sql-tool"
  rm -rf "$partial"
fi

if [ ! -d "$server_dir/schema/postgresql/v12/temporal/versioned" ]; then
  module=$(go mod download -json "go.temporal.io/server@$TEMPORAL_SERVER_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -d "$module/schema/postgresql/v12" ] || fail "The Temporal server module has no schema/postgresql/v12 folder: check the network access to proxy.golang.org, then run this command again."
  mkdir -p "$server_dir/schema/postgresql.partial"
  cp -r "$module/schema/postgresql/v12" "$server_dir/schema/postgresql.partial/"
  chmod -R u+w "$server_dir/schema/postgresql.partial"
  rm -rf "$server_dir/schema/postgresql"
  mv "$server_dir/schema/postgresql.partial" "$server_dir/schema/postgresql"
fi

if $with_ui && [ ! -x "$ui_dir/bin/ui-server" ]; then
  echo "Building the Temporal Web UI server $TEMPORAL_UI_VERSION (once per machine)…"
  partial="$ui_dir/bin.partial"
  rm -rf "$partial"
  mkdir -p "$partial"
  GOBIN="$partial" go install "github.com/temporalio/ui-server/v2/cmd/server@$TEMPORAL_UI_VERSION" \
    || fail "go install of github.com/temporalio/ui-server/v2@$TEMPORAL_UI_VERSION failed (its error is above): check the network access to proxy.golang.org, then run this command again."
  mkdir -p "$ui_dir/bin"
  mv "$partial/server" "$ui_dir/bin/ui-server"
  rm -rf "$partial"
fi
