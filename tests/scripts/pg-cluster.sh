#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 cluster on loopback for the tests.
#   pg-cluster.sh start URLFILE   -> writes postgresql://onewindow@127.0.0.1:PORT/onewindow to URLFILE
#   pg-cluster.sh stop URLFILE    -> stops the cluster and removes its folder
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail
action=${1:?start|stop}
urlfile=${2:?URL file}
statefile="$urlfile.dir"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-cluster: PostgreSQL server binaries not found under /usr/lib/postgresql (install postgresql-15)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

stop_cluster() {
  [ -f "$statefile" ] || return 0
  local dir
  dir=$(cat "$statefile")
  if [ -d "$dir/data" ]; then
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -m immediate -w stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$statefile" "$urlfile"
}

case "$action" in
start)
  stop_cluster
  dir=$(mktemp -d /tmp/onewindow-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  echo "$dir" > "$statefile"
  as_owner "'$bindir/initdb' -D '$dir/data' -A trust -U onewindow -E UTF8 --locale=C.UTF-8" > "$dir.initdb.log" 2>&1 \
    || { echo "pg-cluster: initdb failed:" >&2; cat "$dir.initdb.log" >&2; rm -f "$dir.initdb.log"; exit 1; }
  rm -f "$dir.initdb.log"
  port=""
  for p in $(seq 55432 55531); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then port=$p; break; fi
  done
  [ -n "$port" ] || { echo "pg-cluster: no free port in 55432-55531" >&2; exit 1; }
  as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
    -o \"-k '$dir' -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null \
    || { echo "pg-cluster: server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }
  as_owner "'$bindir/createdb' -h 127.0.0.1 -p $port -U onewindow onewindow"
  echo "postgresql://onewindow@127.0.0.1:$port/onewindow" > "$urlfile"
  echo "pg-cluster: started on 127.0.0.1:$port ($dir)"
  ;;
stop)
  stop_cluster
  echo "pg-cluster: stopped"
  ;;
*)
  echo "pg-cluster: unknown action '$action' (start|stop)" >&2
  exit 2
  ;;
esac
