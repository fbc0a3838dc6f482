#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and trials: `scripts/postgres.sh start [DIR]` creates one in
# DIR (a new temporary folder when omitted), starts it and prints one line, its URL
# (postgres://USER@127.0.0.1:PORT/postgres), on stdout; `scripts/postgres.sh stop DIR` stops it and
# deletes DIR. The folder is named on stderr when start picks it. Exit status 3: PostgreSQL is not
# installed (test/support/postgres.ts then skips).
#
# It uses Debian's postgresql package (the newest /usr/lib/postgresql/*/bin, or NT_PG_BIN, or
# initdb on PATH). The server listens on 127.0.0.1 only, on a free port, with its unix socket in
# DIR; authentication is `trust` for loopback and that socket only, so anyone on this machine may
# connect: a cluster for tests, never for data worth keeping. fsync, synchronous_commit and
# full_page_writes are off: a crash may lose or corrupt it, which is fine for a cluster thrown away.
#
# initdb refuses to run as root; run as root, the script runs the server as the OS user `postgres`
# (Debian's package creates it; DIR is given to it) but names the superuser role after the calling
# user, so the URL's USER is always whoever ran the script, as pg's default user is.
set -euo pipefail

usage() {
  echo "usage: $0 start [DIR] | $0 stop DIR" >&2
  exit 2
}

bindir() {
  if [[ -n "${NT_PG_BIN:-}" ]]; then
    [[ -x "$NT_PG_BIN/initdb" ]] || { echo "$0: no initdb in NT_PG_BIN ($NT_PG_BIN)" >&2; exit 3; }
    echo "$NT_PG_BIN"
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$newest" ]]; then
    echo "$newest"
  elif command -v initdb >/dev/null; then
    dirname "$(command -v initdb)"
  else
    echo "$0: PostgreSQL is not installed (no /usr/lib/postgresql/*/bin, no initdb on PATH)" >&2
    exit 3
  fi
}

# Runs a PostgreSQL program as the cluster's owner: the caller, or `postgres` when the caller is root.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# The marker that lets `stop` delete only folders this script made.
MARKER=newstrace-postgres

start() {
  local dir="${1:-}" bin user port
  bin=$(bindir)
  user=$(id -un)
  if [[ -z "$dir" ]]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/newstrace-pg.XXXXXX")
    echo "$0: cluster in $dir (stop it with: $0 stop $dir)" >&2
  else
    mkdir -p "$dir"
    [[ -z "$(ls -A "$dir")" ]] || { echo "$0: $dir is not empty" >&2; exit 2; }
  fi
  dir=$(cd "$dir" && pwd)
  touch "$dir/$MARKER"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "$0: run as root, it needs the OS user postgres" >&2; exit 4; }
    chown postgres: "$dir"
  fi
  as_owner "$bin/initdb" --pgdata="$dir/data" --username="$user" --auth=trust --encoding=UTF8 \
    --locale=C --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  cat >"$dir/data/pg_hba.conf" <<'EOF'
# Trust on loopback only: the throwaway cluster of scripts/postgres.sh.
local all all trust
host all all 127.0.0.1/32 trust
EOF
  # A free port may be taken between the check and the start: try a few.
  local tries
  for tries in 1 2 3 4 5; do
    port=$(free_port)
    cat >"$dir/data/postgresql.auto.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
# Throwaway cluster: durability is not wanted, speed is.
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    if as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent start >/dev/null; then
      echo "postgres://$user@127.0.0.1:$port/postgres"
      return
    fi
  done
  echo "$0: the server did not start; its log:" >&2
  cat "$dir/server.log" >&2
  exit 1
}

stop() {
  local dir="${1:-}"
  [[ -n "$dir" ]] || usage
  [[ -f "$dir/$MARKER" ]] || { echo "$0: $dir is not a cluster made by this script" >&2; exit 2; }
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$(bindir)/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --silent stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start | "") start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *) usage ;;
esac
