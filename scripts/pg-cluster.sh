#!/usr/bin/env bash
# A private PostgreSQL + PostGIS cluster in a folder of ours, for development and the server tests:
#
#   bash scripts/pg-cluster.sh start|stop|status DIR PORT
#
# start makes the cluster on first use (in DIR/data, or in /var/tmp/urbanops-pg-* when the postgres OS
# user cannot reach DIR, e.g. under /root), starts it listening on 127.0.0.1:PORT only and
# makes sure the database `urbanops` exists with PostGIS. Its superuser is `urbanops`; the password,
# chosen at random when the cluster is made, is in DIR/pgpass, so that libpq finds it with
# PGPASSFILE=DIR/pgpass:
#
#   PGPASSFILE=DIR/pgpass psql postgresql://urbanops@127.0.0.1:PORT/urbanops
#
# PostgreSQL refuses to run as root: run by root, the server runs as the `postgres` OS user (made by
# Debian's postgresql packages); run by anyone else, as that user. Start is safe to repeat; stop and
# status leave a cluster that is not running alone. A bureau's real server is set up as in docs/server.md.
set -euo pipefail

usage() {
  echo "usage: bash scripts/pg-cluster.sh start|stop|status DIR PORT" >&2
  exit 2
}
[ $# -eq 3 ] || usage
what=$1
dir=$(realpath -m "$2")
port=$3
case "$what" in start|stop|status) ;; *) usage ;; esac
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ] || {
  echo "pg-cluster: PORT must be a number from 1024 to 65535, not '$port'" >&2
  exit 2
}

passfile=$dir/pgpass
superuser=urbanops
database=urbanops

# The server programs are not on PATH on Debian: take the newest installed major version, or PG_BINDIR.
bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/initdb" ]; then bindir=$candidate; break; fi
  done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "pg-cluster: the PostgreSQL server is not installed (no initdb under /usr/lib/postgresql);" \
       "run scripts/install-deps.sh" >&2
  exit 1
fi

# The server's files go in DIR, unless the postgres OS user cannot reach it (a build tree under /root):
# then in a folder of /var/tmp named after DIR, so that each DIR still has a cluster of its own.
home=$dir
if [ "$(id -u)" -eq 0 ] && getent passwd postgres >/dev/null; then
  mkdir -p "$dir"
  if ! runuser -u postgres -- test -x "$dir"; then
    home=/var/tmp/urbanops-pg-$(printf '%s' "$dir" | sha1sum | cut -c1-12)
  fi
fi
data=$home/data
log=$home/server.log

as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() {
  [ -f "$data/PG_VERSION" ] && as_server "$bindir/pg_ctl" status -D "$data" >/dev/null 2>&1
}

# The port in the running server's postmaster.pid (its fourth line).
running_port() {
  sed -n 4p "$data/postmaster.pid" 2>/dev/null || true
}

sql() {
  PGPASSFILE=$passfile PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 -tA \
    "postgresql://$superuser@127.0.0.1:$port/$1" -c "$2"
}

make_cluster() {
  if [ "$(id -u)" -eq 0 ] && ! getent passwd postgres >/dev/null; then
    echo "pg-cluster: run as root, the server needs the 'postgres' OS user, which Debian's postgresql" \
         "package makes; run scripts/install-deps.sh" >&2
    exit 1
  fi
  mkdir -p "$dir" "$home"
  chmod 755 "$dir" "$home"
  mkdir -p "$data"
  chmod 700 "$data"
  : >"$log"
  local password pwfile
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  pwfile=$(mktemp "$home/initpw.XXXXXX")
  printf '%s\n' "$password" >"$pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$data" "$log" "$pwfile"
  fi
  if ! as_server "$bindir/initdb" -D "$data" -U "$superuser" --pwfile="$pwfile" --encoding=UTF8 \
       --locale=C.UTF-8 --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1; then
    rm -f "$pwfile"
    echo "pg-cluster: initdb failed; see $dir/initdb.log" >&2
    exit 1
  fi
  rm -f "$pwfile"
  # 127.0.0.1 only, and no Unix socket: nothing outside this machine reaches a development cluster,
  # and a socket path inside a deep build tree can exceed the 107 bytes Unix sockets allow.
  cat >>"$data/postgresql.conf" <<EOF

# pg-cluster.sh: a development and test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
logging_collector = off
EOF
  umask 077
  printf '127.0.0.1:*:*:%s:%s\n' "$superuser" "$password" >"$passfile"
  chmod 600 "$passfile"
}

case "$what" in
status)
  if running; then
    echo "pg-cluster: running on 127.0.0.1:$(running_port), data in $data"
    exit 0
  fi
  echo "pg-cluster: not running (data in $data)"
  exit 3
  ;;
stop)
  if running; then
    as_server "$bindir/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null
    echo "pg-cluster: stopped"
  else
    echo "pg-cluster: not running"
  fi
  exit 0
  ;;
esac

# start
if running; then
  if [ "$(running_port)" != "$port" ]; then
    echo "pg-cluster: the cluster in $data is already running on port $(running_port), not $port;" \
         "stop it first" >&2
    exit 1
  fi
else
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "pg-cluster: port $port on 127.0.0.1 is taken by another program; choose another PORT" >&2
    exit 1
  fi
  [ -f "$data/PG_VERSION" ] || make_cluster
  if [ ! -f "$passfile" ]; then
    echo "pg-cluster: $passfile is missing, so the superuser's password is unknown; remove $dir and" \
         "start again" >&2
    exit 1
  fi
  if ! as_server "$bindir/pg_ctl" start -D "$data" -l "$log" -w -t 60 -o "-p $port" >/dev/null; then
    echo "pg-cluster: the server did not start; the end of $log:" >&2
    tail -n 20 "$log" >&2 || true
    exit 1
  fi
fi

if [ "$(sql postgres "SELECT count(*) FROM pg_database WHERE datname = '$database'")" = 0 ]; then
  sql postgres "CREATE DATABASE $database"
fi
if ! sql "$database" "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null 2>"$dir/postgis.log"; then
  echo "pg-cluster: PostGIS is not installed for this server ($(cat "$dir/postgis.log"));" \
       "run scripts/install-deps.sh" >&2
  exit 1
fi
echo "pg-cluster: running on 127.0.0.1:$port; connect with" \
     "PGPASSFILE=$passfile psql postgresql://$superuser@127.0.0.1:$port/$database"
