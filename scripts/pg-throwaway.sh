#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the tests: its own data folder and socket in DIR, a free port
# (never 5432), fsync off, stopped by its own pid file.
# Usage: scripts/pg-throwaway.sh start DIR | stop DIR
#        scripts/pg-throwaway.sh primary DIR            a primary that archives its log to DIR/archive
#                                                       and waits for a synchronous standby's answer
#        scripts/pg-throwaway.sh standby DIR PRIMARY    a streaming standby of PRIMARY (pg_basebackup -R),
#                                                       made PRIMARY's synchronous standby
#        scripts/pg-throwaway.sh kill DIR               the server's machine failing: SIGKILL to every process
#        scripts/pg-throwaway.sh promote DIR            a standby made the primary
#        scripts/pg-throwaway.sh basebackup DIR PRIMARY a base backup of PRIMARY in DIR/base
#        scripts/pg-throwaway.sh recover DIR PRIMARY TIME  DIR/base with PRIMARY's archived log replayed up
#                                                       to TIME (recovery_target_time), started and promoted
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

# Starts the server in DIR/data on a free port with the given extra settings.
launch() {
  local extra=$1
  for attempt in $(seq 1 20); do
    local port=$(( 20000 + (RANDOM % 20000) ))
    [ "$port" -eq 5432 ] && continue
    if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
         -o "-p $port -k $dir/socket -c listen_addresses='' -c max_connections=300 -c fsync=off -c full_page_writes=off $extra" start >/dev/null; then
      echo "$port" >"$dir/port"
      echo "$dir/socket" >"$dir/socket-dir"
      echo "PostgreSQL on port $port, socket $dir/socket"
      return 0
    fi
  done
  cat "$dir/server.log" >&2 || true
  exit 1
}

sql() { # DIR STATEMENT: as the superuser
  as_server "$bin/psql" -h "$1/socket" -p "$(cat "$1/port")" -U postgres -d postgres -Atqc "$2"
}

init() {
  stop
  mkdir -p "$dir/socket" "$dir/archive"
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
  as_server "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  # Members of cd_password_logins sign in with a SCRAM password (the tests of wrong and
  # missing passwords use them); everyone else is trusted on the socket, and so is a standby
  # streaming the log.
  printf '%s\n' 'local all +cd_password_logins scram-sha-256' 'local all all trust' 'local replication all trust' >"$dir/data/pg_hba.conf"
}

start() {
  init
  # Nothing here must survive the machine: no waiting for the disk at a commit.
  launch "-c synchronous_commit=off"
  sql "$dir" "CREATE ROLE cd_password_logins NOLOGIN" >/dev/null
}

primary() {
  init
  # A commit returns once the synchronous standby has applied it (synchronous_standby_names,
  # set when the standby is there; remote_apply: a reader there sees it at once); every
  # finished log segment is copied to DIR/archive.
  launch "-c synchronous_commit=remote_apply -c wal_level=replica -c archive_mode=on -c archive_timeout=0 -c archive_command='cp %p $dir/archive/%f'"
  sql "$dir" "CREATE ROLE cd_password_logins NOLOGIN" >/dev/null
}

# A copy of PRIMARY's data folder in DIR/$2 (a base backup), with what is needed to stream.
basecopy() {
  local from=$1 into=$2 more=${3:-}
  mkdir -p "$dir/socket" "$dir/archive"
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
  as_server "$bin/pg_basebackup" -h "$from/socket" -p "$(cat "$from/port")" -U postgres -D "$dir/$into" -X stream -c fast $more >"$dir/basebackup.log" 2>&1 ||
    { cat "$dir/basebackup.log" >&2; exit 1; }
}

standby() {
  local from=${3:?the folder of the primary}
  stop
  basecopy "$from" data -R
  launch "-c cluster_name=cd_standby -c hot_standby=on -c synchronous_commit=on"
  sql "$from" "ALTER SYSTEM SET synchronous_standby_names = 'cd_standby'" >/dev/null
  sql "$from" "SELECT pg_reload_conf()" >/dev/null
  for attempt in $(seq 1 300); do
    [ "$(sql "$from" "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'cd_standby'")" = sync ] && { echo "streaming, synchronous"; return 0; }
    sleep 0.1
  done
  echo "the standby in $dir did not become synchronous" >&2
  exit 1
}

kill_all() {
  [ -f "$dir/data/postmaster.pid" ] || { echo "no server runs in $dir" >&2; exit 1; }
  local pm
  pm=$(head -n 1 "$dir/data/postmaster.pid")
  # The postmaster and every process it started, at once, as a machine losing power.
  local children
  children=$(awk -v pm="$pm" '/^PPid:/ && $2 == pm { split(FILENAME, part, "/"); print part[3] }' /proc/[0-9]*/status 2>/dev/null || true)
  kill -9 "$pm" $children 2>/dev/null || true
  while kill -0 "$pm" 2>/dev/null; do sleep 0.05; done
  echo "killed"
}

promote() {
  as_server "$bin/pg_ctl" -D "$dir/data" -w -t 60 promote >/dev/null
  echo "promoted"
}

recover() {
  local from=${3:?the folder of the primary} target=${4:?the time to recover to}
  [ -d "$dir/base" ] || { echo "no base backup in $dir/base" >&2; exit 1; }
  rm -rf "$dir/data"
  cp -a "$dir/base" "$dir/data"
  rm -f "$dir/data/postmaster.pid"
  {
    echo "restore_command = 'cp $from/archive/%f %p'"
    echo "recovery_target_time = '$target'"
    echo "recovery_target_action = 'promote'"
  } >>"$dir/data/postgresql.auto.conf"
  touch "$dir/data/recovery.signal"
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
  launch ""
  for attempt in $(seq 1 600); do
    [ "$(sql "$dir" "SELECT pg_is_in_recovery()" 2>/dev/null)" = f ] && { echo "recovered to $target"; return 0; }
    sleep 0.1
  done
  echo "the recovery in $dir did not finish" >&2
  exit 1
}

case "$action" in
  start) start ;;
  stop) stop ;;
  primary) primary ;;
  standby) standby "$@" ;;
  kill) kill_all ;;
  promote) promote ;;
  basebackup) stop; basecopy "${3:?the folder of the primary}" base ;;
  recover) recover "$@" ;;
  *) echo "usage: $0 start|stop|primary|standby|kill|promote|basebackup|recover DIR …" >&2; exit 2 ;;
esac
