#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the tests: its own data folder and socket in DIR, a free port
# (never 5432), fsync off, stopped by its own pid file.
# Usage: scripts/pg-throwaway.sh start DIR | stop DIR
# DIR must be reachable by the postgres user (the tests use a folder under /tmp).
# After start, DIR/port holds the port and DIR/socket is the socket folder; the superuser is
# the role "postgres" (trust on the socket only: nothing listens beyond this machine); members
# of the role cd_password_logins must give their password.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder for the server}
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
[ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed (scripts/dev.sh deps installs it)" >&2; exit 1; }

# initdb refuses to run as root: the server runs as the postgres user where we are root.
as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  # However the run ended: a server whose pg_ctl could not stop it is ended by its pid.
  if [ -f "$dir/data/postmaster.pid" ]; then
    kill -9 "$(head -n 1 "$dir/data/postmaster.pid")" 2>/dev/null || true
  fi
  rm -rf "$dir"
}

start() {
  stop
  mkdir -p "$dir/socket"
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
  as_server "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  # Members of cd_password_logins sign in with a SCRAM password (the tests of wrong and
  # missing passwords use them); everyone else is trusted on the socket.
  printf '%s\n' 'local all +cd_password_logins scram-sha-256' 'local all all trust' >"$dir/data/pg_hba.conf"
  for attempt in $(seq 1 20); do
    local port=$(( 20000 + (RANDOM % 20000) ))
    [ "$port" -eq 5432 ] && continue
    if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
         -o "-p $port -k $dir/socket -c listen_addresses='' -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
      as_server "$bin/psql" -h "$dir/socket" -p "$port" -U postgres -d postgres -qc "CREATE ROLE cd_password_logins NOLOGIN" >/dev/null
      echo "$port" >"$dir/port"
      echo "$dir/socket" >"$dir/socket-dir"
      echo "PostgreSQL on port $port, socket $dir/socket"
      return 0
    fi
  done
  cat "$dir/server.log" >&2 || true
  exit 1
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
