#!/bin/sh
# Runs once, after initdb (official image and the local one): the harness's server settings, for a throw-away
# test server that favours speed over durability. Command-line '-c' settings (listen_addresses, port) still win.
cat >>"$PGDATA/postgresql.conf" <<'CONF'

# frontrun harness settings (docker/postgres/Dockerfile)
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
shared_buffers = 128MB
max_locks_per_transaction = 128
log_min_messages = warning
CONF
