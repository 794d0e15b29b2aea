# Sourced by .ci/run: installs PostgreSQL when missing (Debian package), starts a throwaway server
# on 127.0.0.1 on a free port with its data in a temporary directory, creates a database, and
# exports DOSSIER_PG_URL for the tests. The server is stopped and its directory removed on exit.
# Works as root (the server runs as the 'postgres' user) and as an ordinary user; re-runnable.

dossier_pg_bin() {
  local ctl
  ctl="$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$ctl" ] && dirname "$ctl"
}

if [ -z "$(dossier_pg_bin)" ]; then
  echo "postgres: installing the Debian package" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  else
    sudo -n apt-get update -qq >&2
    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
fi
DOSSIER_PG_BIN="$(dossier_pg_bin)"
if [ -z "$DOSSIER_PG_BIN" ]; then
  echo "postgres: no pg_ctl under /usr/lib/postgresql after installing" >&2
  return 1
fi

DOSSIER_PG_DIR="$(mktemp -d /tmp/dossier-pg.XXXXXX)"
dossier_pg_as() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$DOSSIER_PG_DIR"
fi

DOSSIER_PG_PORT=""
for p in $(seq 55432 55531); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    DOSSIER_PG_PORT="$p"
    break
  fi
done
if [ -z "$DOSSIER_PG_PORT" ]; then
  echo "postgres: no free port in 55432-55531" >&2
  return 1
fi

dossier_pg_stop() {
  dossier_pg_as "$DOSSIER_PG_BIN/pg_ctl" -D "$DOSSIER_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DOSSIER_PG_DIR"
}
trap dossier_pg_stop EXIT

dossier_pg_as "$DOSSIER_PG_BIN/initdb" -D "$DOSSIER_PG_DIR/data" -U dossier --auth=trust -E UTF8 --locale=C >/dev/null
dossier_pg_as "$DOSSIER_PG_BIN/pg_ctl" -D "$DOSSIER_PG_DIR/data" -l "$DOSSIER_PG_DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$DOSSIER_PG_PORT -c unix_socket_directories=$DOSSIER_PG_DIR -c fsync=off" \
  start >/dev/null
dossier_pg_as "$DOSSIER_PG_BIN/createdb" -h 127.0.0.1 -p "$DOSSIER_PG_PORT" -U dossier dossier_test
export DOSSIER_PG_URL="jdbc:postgresql://127.0.0.1:$DOSSIER_PG_PORT/dossier_test?user=dossier"
echo "postgres: test server on 127.0.0.1:$DOSSIER_PG_PORT ($DOSSIER_PG_DIR)" >&2
