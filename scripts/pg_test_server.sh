#!/bin/sh
# A throw-away PostgreSQL + PostGIS cluster for Trygghet's tests.
#
#   scripts/pg_test_server.sh start DIR PORT   initdb in DIR (if needed), start on 127.0.0.1:PORT, create the database
#                                              "trygghet" with PostGIS, print the connection URI (last line of output)
#   scripts/pg_test_server.sh stop DIR PORT    stop the cluster in DIR (if it runs)
#
# Debian's PostgreSQL binaries, the newest installed major version (or $PG_BIN); as root the cluster runs as user
# postgres (DIR is handed to postgres).
# Trust authentication on loopback only: never use this for real data. Idempotent, every wait is bounded.
set -eu

usage() { echo "usage: $0 start|stop DIR PORT" >&2; exit 2; }
[ $# -eq 3 ] || usage
CMD=$1
DIR=$2
PORT=$3
newest_pg_bin() {  # /usr/lib/postgresql/<newest major>/bin that has initdb
    for v in $(ls /usr/lib/postgresql 2>/dev/null | grep -E '^[0-9]+$' | sort -rn); do
        if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then echo "/usr/lib/postgresql/$v/bin"; return; fi
    done
    echo /usr/lib/postgresql/NONE/bin
}
BIN=${PG_BIN:-$(newest_pg_bin)}
DB=trygghet
DATA=$DIR/data
LOG=$DIR/server.log

case $PORT in ''|*[!0-9]*) echo "PORT must be a number: $PORT" >&2; exit 2 ;; esac
[ -x "$BIN/initdb" ] || { echo "PostgreSQL binaries not found in $BIN (install the Debian package postgresql)" >&2; exit 3; }

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
psql_q() {  # psql_q DB SQL: run one statement, stop at the first error
    as_pg env PGOPTIONS="-c client_min_messages=warning" "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d "$1" -tAc "$2"
}
running() {
    [ -f "$DATA/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

case $CMD in
start)
    mkdir -p "$DIR"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$DIR"
        if ! runuser -u postgres -- test -w "$DIR"; then
            echo "user postgres cannot write $DIR (a parent folder is closed to it); use a folder under /tmp" >&2
            exit 4
        fi
    fi
    if [ ! -f "$DATA/PG_VERSION" ]; then
        as_pg "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 || {
            cat "$DIR/initdb.log" >&2; exit 5; }
    fi
    if ! running; then
        # listen on loopback only; the socket lives in DIR so nothing system-wide is touched
        as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >/dev/null || {
            echo "the server did not start; its log:" >&2; cat "$LOG" >&2 2>/dev/null || true; exit 6; }
    fi
    i=0
    until as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2; do
        i=$((i + 1))
        if [ $i -ge 15 ]; then echo "the server does not answer on 127.0.0.1:$PORT" >&2; cat "$LOG" >&2; exit 7; fi
        sleep 1
    done
    if [ "$(psql_q postgres "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" = 0 ]; then
        psql_q postgres "CREATE DATABASE $DB" >/dev/null
    fi
    psql_q "$DB" "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null || {
        echo "CREATE EXTENSION postgis failed (install the Debian package postgresql-postgis)" >&2; exit 8; }
    echo "host=127.0.0.1 port=$PORT dbname=$DB user=postgres sslmode=disable"
    ;;
stop)
    if running; then
        as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null
    fi
    echo "stopped"
    ;;
*)
    usage
    ;;
esac
