#!/usr/bin/env bash
# Builds a LOCAL PostgreSQL image without any registry, for machines where `docker pull postgres` is impossible.
#
#   docker/local-postgres-image.sh [IMAGE]       # default IMAGE: frontrun-local/postgres:15
#   FRONTRUN_LOCAL_PG_FORCE=1 docker/local-postgres-image.sh   # rebuild even if the image exists
#
# Default method ("host"): a small rootfs assembled from this Debian host's own PostgreSQL 15 files
# (postgresql-15 package files without LLVM JIT, + the shared libraries they link, dash, a few coreutils, zoneinfo, C.UTF-8),
# then `docker import`. Fallback ("debootstrap", or FRONTRUN_LOCAL_PG_METHOD=debootstrap): a minbase Debian
# with postgresql-15 from the Debian mirror (about a minute, 600 MB).
# Either way the image runs like the official postgres image: docker/postgres/local-entrypoint.sh honours
# POSTGRES_PASSWORD / POSTGRES_USER / POSTGRES_DB / PGDATA, and 'postgres -c ...' arguments go to the server.
# The last line of stdout is the image name. Needs root and a running engine (DOCKER_HOST, see start-dockerd.sh).
set -euo pipefail

IMAGE="${1:-frontrun-local/postgres:15}"
METHOD="${FRONTRUN_LOCAL_PG_METHOD:-auto}"
HERE="$(cd "$(dirname "$0")" && pwd)"
PGBIN=/usr/lib/postgresql/15/bin

log() { echo "local-postgres-image: $*" >&2; }

if [[ -z "${FRONTRUN_LOCAL_PG_FORCE:-}" ]] && timeout 30 docker image inspect "$IMAGE" >/dev/null 2>&1; then
  log "image $IMAGE already exists (FRONTRUN_LOCAL_PG_FORCE=1 rebuilds it)"
  echo "$IMAGE"
  exit 0
fi
timeout 30 docker version >/dev/null || { log "no Docker engine answers (DOCKER_HOST=${DOCKER_HOST:-unset}); run docker/start-dockerd.sh first"; exit 1; }

ROOT="$(mktemp -d /var/tmp/frontrun-pgroot.XXXXXX)"
[[ -n "${FRONTRUN_LOCAL_PG_KEEP_ROOT:-}" ]] || trap 'rm -rf "$ROOT"' EXIT

copy() { # copy host paths into the rootfs, keeping symlinks and their (existing) targets
  local p
  for p in "$@"; do
    [[ -e "$p" ]] || continue
    [[ -e "$ROOT$p" || -L "$ROOT$p" ]] && continue
    mkdir -p "$ROOT$(dirname "$p")"
    cp -a "$p" "$ROOT$p"
    if [[ -L "$p" ]]; then copy "$(readlink -f "$p")"; fi
  done
}

libs_of() { # the shared libraries (and the loader) that ELF files need
  ldd "$@" 2>/dev/null | awk '/=> \// {print $3} /^[ \t]*\/.*ld-linux/ {print $1}' | sort -u
}

build_from_host() {
  [[ -x "$PGBIN/postgres" ]] || { log "no PostgreSQL 15 at $PGBIN"; return 1; }
  local elves d
  # the host's merged /usr layout (/bin -> usr/bin ...), so that copied paths resolve the same way
  for d in bin lib lib64 sbin; do
    if [[ -L "/$d" ]]; then mkdir -p "$ROOT/usr/$d"; ln -s "usr/$d" "$ROOT/$d"; fi
  done
  mapfile -t pkgfiles < <(dpkg -L postgresql-15 | grep -v -E '^/usr/share/(doc|man|locale)/|/lib/(llvmjit|bitcode)' \
    | while read -r f; do [[ -f "$f" || -L "$f" ]] && echo "$f"; done)
  copy "${pkgfiles[@]}"
  local tools=(/bin/sh /usr/bin/dash /usr/bin/cat /usr/bin/ls /usr/bin/mkdir /usr/bin/rm /usr/bin/id /usr/bin/env /usr/bin/sleep /usr/bin/locale)
  copy "${tools[@]}"
  mapfile -t elves < <(find "$ROOT" -type f \( -perm -u+x -o -name '*.so*' \) -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
  mapfile -t libs < <(libs_of "${elves[@]}")
  copy "${libs[@]}"
  copy /usr/share/zoneinfo /usr/lib/locale/C.utf8 /etc/ssl/openssl.cnf
  # users, the directories the server writes, and the entry point
  mkdir -p "$ROOT/etc" "$ROOT/tmp" "$ROOT/var/lib/postgresql/data" "$ROOT/var/run/postgresql" "$ROOT/usr/local/bin"
  chmod 1777 "$ROOT/tmp"
  printf 'root:x:0:0:root:/root:/bin/sh\npostgres:x:999:999:PostgreSQL:/var/lib/postgresql:/bin/sh\n' >"$ROOT/etc/passwd"
  printf 'root:x:0:\npostgres:x:999:\n' >"$ROOT/etc/group"
  printf 'passwd: files\ngroup: files\nhosts: files\n' >"$ROOT/etc/nsswitch.conf"
  printf '127.0.0.1 localhost\n' >"$ROOT/etc/hosts"
  chown -R 999:999 "$ROOT/var/lib/postgresql" "$ROOT/var/run/postgresql"
  chmod 700 "$ROOT/var/lib/postgresql/data"
  for f in "$ROOT$PGBIN"/*; do ln -sf "${f#"$ROOT"}" "$ROOT/usr/local/bin/$(basename "$f")"; done
  install -m 0755 "$HERE/postgres/local-entrypoint.sh" "$ROOT/usr/local/bin/docker-entrypoint.sh"
}

build_with_debootstrap() {
  if ! command -v debootstrap >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq debootstrap >&2
  fi
  local mirror
  mirror="$(awk '/^deb / && /debian/ {print $2; exit}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)"
  [[ -n "$mirror" ]] || mirror="$(sed -n 's/^URIs: //p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)"
  timeout 600 debootstrap --variant=minbase --include=postgresql-15 bookworm "$ROOT" "${mirror:-http://deb.debian.org/debian}" >&2
  mkdir -p "$ROOT/var/lib/postgresql/data" "$ROOT/var/run/postgresql" "$ROOT/usr/local/bin"
  chroot "$ROOT" sh -c 'chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql; chmod 700 /var/lib/postgresql/data'
  for f in "$ROOT$PGBIN"/*; do ln -sf "${f#"$ROOT"}" "$ROOT/usr/local/bin/$(basename "$f")"; done
  install -m 0755 "$HERE/postgres/local-entrypoint.sh" "$ROOT/usr/local/bin/docker-entrypoint.sh"
}

started=$SECONDS
previous="$(timeout 30 docker image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)"
case "$METHOD" in
  host) build_from_host ;;
  debootstrap) build_with_debootstrap ;;
  auto) build_from_host || { log "host files unusable, falling back to debootstrap"; rm -rf "${ROOT:?}"/*; build_with_debootstrap; } ;;
  *) log "unknown FRONTRUN_LOCAL_PG_METHOD=$METHOD (host, debootstrap or auto)"; exit 1 ;;
esac

log "rootfs ready ($(du -sh "$ROOT" | cut -f1)); importing as $IMAGE"
tar -C "$ROOT" --numeric-owner -c . | timeout 300 docker import \
  -c 'USER postgres' \
  -c "ENV PATH=/usr/local/bin:/usr/bin:/bin PGDATA=/var/lib/postgresql/data LANG=C.UTF-8" \
  -c 'ENTRYPOINT ["docker-entrypoint.sh"]' \
  -c 'CMD ["postgres"]' \
  -c 'LABEL dev.frontrun.image=local-postgres' \
  - "$IMAGE" >/dev/null
if [[ -n "$previous" ]]; then
  timeout 30 docker rmi "$previous" >/dev/null 2>&1 || true # the replaced image, unless something still uses it
fi
log "built $IMAGE in $((SECONDS - started))s"
echo "$IMAGE"
