#!/usr/bin/env bash
# Starts a private Docker engine for frontrun's tests and prints the DOCKER_HOST to use (last line of stdout).
#
#   docker/start-dockerd.sh            # installs docker.io if needed, starts (or reuses) the engine
#   eval "$(docker/start-dockerd.sh --export)"   # sets DOCKER_HOST in the calling shell
#
# The engine gets its own data root, exec root, pid file and socket under FRONTRUN_DOCKERD_DIR
# (default /var/tmp/frontrun-dockerd), no bridge and no iptables rules: containers must use the host
# network and listen on 127.0.0.1. Idempotent: a running engine on that socket is reused, and so is an engine that
# DOCKER_HOST already points at (FRONTRUN_DOCKERD_IGNORE_DOCKER_HOST=1 disables that).
# Needs root (installing packages, running dockerd). Every wait is bounded.
set -euo pipefail

DIR="${FRONTRUN_DOCKERD_DIR:-/var/tmp/frontrun-dockerd}"
SOCK="$DIR/docker.sock"
HOST="unix://$SOCK"
WAIT_SECONDS="${FRONTRUN_DOCKERD_WAIT:-30}"
EXPORT=false
[[ "${1:-}" == "--export" ]] && EXPORT=true

log() { echo "start-dockerd: $*" >&2; }

answers() {
  # the engine answers when /_ping on its socket returns OK; curl is optional, the docker client is not
  if command -v curl >/dev/null 2>&1; then
    [[ "$(curl -s --max-time 2 --unix-socket "$SOCK" http://localhost/_ping 2>/dev/null)" == "OK" ]]
  else
    timeout 5 docker -H "$HOST" version >/dev/null 2>&1
  fi
}

print_host() {
  if $EXPORT; then echo "export DOCKER_HOST=$HOST"; else echo "$HOST"; fi
}

# an engine that the caller already chose (DOCKER_HOST) and that answers is used as it is
if [[ -n "${DOCKER_HOST:-}" && "${FRONTRUN_DOCKERD_IGNORE_DOCKER_HOST:-}" != 1 ]] \
    && timeout 5 docker -H "$DOCKER_HOST" version >/dev/null 2>&1; then
  log "using the engine at DOCKER_HOST=$DOCKER_HOST"
  HOST="$DOCKER_HOST"
  print_host
  exit 0
fi

if [[ -S "$SOCK" ]] && answers; then
  log "engine already running at $HOST"
  print_host
  exit 0
fi

if [[ "$(id -u)" != 0 ]]; then
  log "must run as root to install and start dockerd (or point DOCKER_HOST at an existing engine)"
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  log "dockerd not found: installing docker.io with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  # keep the package's init script from starting a default engine (bridge, iptables) during the install
  POLICY=/usr/sbin/policy-rc.d
  CREATED_POLICY=false
  if [[ ! -e "$POLICY" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$POLICY"; chmod +x "$POLICY"; CREATED_POLICY=true
  fi
  trap '$CREATED_POLICY && rm -f "$POLICY"' EXIT
  timeout 300 apt-get update -qq >&2
  timeout 300 apt-get install -y -qq --no-install-recommends docker.io >&2
  $CREATED_POLICY && rm -f "$POLICY"
  trap - EXIT
  command -v dockerd >/dev/null 2>&1 || { log "docker.io installed but dockerd is still not on PATH"; exit 1; }
fi

running_dockerd() { # a live (not zombie) dockerd with that pid; pid 1 here may never reap a killed daemon
  local pid="$1" stat
  [[ -r "/proc/$pid/stat" ]] || return 1
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ "${stat#*) }" != Z* ]] && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == dockerd ]]
}

mkdir -p "$DIR/data" "$DIR/exec"
# a stale pid file or socket from a crashed engine would make dockerd refuse to start
if [[ -f "$DIR/dockerd.pid" ]] && ! running_dockerd "$(cat "$DIR/dockerd.pid")"; then
  log "removing the pid file of a dead dockerd ($(cat "$DIR/dockerd.pid"))"
  rm -f "$DIR/dockerd.pid"
fi
if [[ -f "$DIR/dockerd.pid" ]]; then
  log "dockerd $(cat "$DIR/dockerd.pid") is running but does not answer yet; waiting for it"
else
  rm -f "$SOCK"
  log "starting dockerd (log: $DIR/dockerd.log)"
  nohup setsid dockerd \
    --data-root "$DIR/data" --exec-root "$DIR/exec" \
    -H "$HOST" --pidfile "$DIR/dockerd.pid" \
    --bridge=none --iptables=false --ip-masq=false \
    >"$DIR/dockerd.log" 2>&1 </dev/null &
fi

deadline=$((SECONDS + WAIT_SECONDS))
until answers; do
  if (( SECONDS >= deadline )); then
    log "dockerd did not answer at $HOST within ${WAIT_SECONDS}s; last lines of $DIR/dockerd.log:"
    tail -n 20 "$DIR/dockerd.log" >&2 || true
    exit 1
  fi
  sleep 0.2
done
log "engine ready at $HOST"
print_host
