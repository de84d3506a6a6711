#!/usr/bin/env bash
# Starts and stops a throw-away PostgreSQL server from the machine's own installation (Debian's postgresql-15),
# for the "external" invoker build: frontrun.database=external points at it.
#
#   external-postgres.sh start DIR PORT [OWNER_PID]   # prints the JDBC URL (last line of stdout)
#   external-postgres.sh sql DIR PORT 'select ...'     # runs SQL as postgres over the server's socket in DIR
#   external-postgres.sh stop DIR
#
# The server listens on 127.0.0.1:PORT only, keeps its data and socket in DIR, and asks for a password over TCP
# (user postgres, password from FRONTRUN_EXTERNAL_PG_PASSWORD, default frontrun-it). As root it runs as the user
# postgres (PostgreSQL refuses to run as root). With OWNER_PID a watchdog stops the server once that process is
# gone, so a build that dies before 'stop' leaves nothing running. Every wait is bounded.
set -euo pipefail
# The server's user may not be allowed into the caller's directory (a clone under a mode 700 folder, as made by
# mktemp -d or under /root): psql and pg_ctl would print "could not change directory" into their output. Every path
# below is absolute, so run from /.
DIR_ARG="${2:-}"
if [[ -n "$DIR_ARG" && "$DIR_ARG" != /* ]]; then DIR_ARG="$PWD/$DIR_ARG"; fi
cd /

ACTION="${1:?usage: external-postgres.sh start DIR PORT [OWNER_PID] | sql DIR PORT SQL | stop DIR}"
DIR="${DIR_ARG:?the server directory}"
PASSWORD="${FRONTRUN_EXTERNAL_PG_PASSWORD:-frontrun-it}"

log() { echo "external-postgres: $*" >&2; }

pgbin() {
  if [[ -n "${FRONTRUN_PG_BIN:-}" ]]; then echo "$FRONTRUN_PG_BIN"; return; fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -x "$dir/pg_ctl" ]] || { log "no PostgreSQL installation under /usr/lib/postgresql (apt-get install postgresql, or set FRONTRUN_PG_BIN)"; exit 2; }
  echo "$dir"
}

as_server_user() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local port="${3:?the port}" owner="${4:-}" bin
  bin="$(pgbin)"
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [[ "$(id -u)" == 0 ]] && chown postgres: "$DIR"
  chmod 700 "$DIR"
  printf '%s\n' "$PASSWORD" >"$DIR/pwfile"
  [[ "$(id -u)" == 0 ]] && chown postgres: "$DIR/pwfile"
  as_server_user timeout 120 "$bin/initdb" -D "$DIR/data" -U postgres -A scram-sha-256 --auth-local=trust \
    --pwfile="$DIR/pwfile" -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
    || { log "initdb failed:"; tail -n 20 "$DIR/initdb.log" >&2; exit 1; }
  rm -f "$DIR/pwfile"
  as_server_user "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c max_connections=100" start >&2 \
    || { log "the server did not start:"; tail -n 20 "$DIR/server.log" >&2; exit 1; }
  if [[ -n "$owner" ]]; then
    # stops the server when the owner dies; ends by itself when the server was stopped normally
    nohup setsid bash -c '
      while kill -0 "$1" 2>/dev/null && [[ -f "$2/data/postmaster.pid" ]]; do sleep 2; done
      if [[ -f "$2/data/postmaster.pid" ]]; then
        if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$3/pg_ctl" -D "$2/data" -m immediate -w -t 30 stop
        else "$3/pg_ctl" -D "$2/data" -m immediate -w -t 30 stop; fi
      fi' watchdog "$owner" "$DIR" "$bin" >/dev/null 2>&1 </dev/null &
  fi
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (data in $DIR)"
  echo "jdbc:postgresql://127.0.0.1:$port/postgres"
}

sql() {
  local port="${3:?the port}" query="${4:?the SQL}" bin
  bin="$(pgbin)"
  as_server_user timeout 30 "$bin/psql" -h "$DIR" -p "$port" -U postgres -X -A -t -c "$query" postgres
}

stop() {
  local bin
  bin="$(pgbin)"
  if [[ -f "$DIR/data/postmaster.pid" ]]; then
    as_server_user "$bin/pg_ctl" -D "$DIR/data" -m fast -w -t 60 stop >&2
  fi
  rm -rf "$DIR"
  log "stopped; removed $DIR"
}

case "$ACTION" in
  start) start "$@" ;;
  sql) sql "$@" ;;
  stop) stop ;;
  *) log "unknown action '$ACTION': start, sql or stop"; exit 2 ;;
esac
