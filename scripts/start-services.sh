#!/usr/bin/env bash
# Start the services docintake's tests and a local deployment use, idempotently:
#   * redis-server (append-only) on 127.0.0.1:${DOCINTAKE_SERVICES_REDIS_PORT:-6385},
#     its files under ./var/redis;
#   * a PostgreSQL cluster "docintake" on 127.0.0.1:${DOCINTAKE_SERVICES_PG_PORT:-55432}
#     with role/database docintake (password docintake, CREATEDB for the tests).
# Installs redis-server / postgresql with apt-get when missing. Safe to run again; may be
# sourced (scripts/test.sh does) and then exports:
#   DOCINTAKE_REDIS_URL, DOCINTAKE_TEST_POSTGRES_URL
# and writes the same to ./var/services.env.

_ds_main() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local redis_port="${DOCINTAKE_SERVICES_REDIS_PORT:-6385}"
  local pg_port="${DOCINTAKE_SERVICES_PG_PORT:-55432}"
  local pg_cluster="docintake"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"

  # --- packages -------------------------------------------------------------------
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "start-services: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null || return 1
  fi

  # Service dependencies the venv may lack (pyproject does not list them yet).
  if [ -x "$root/.venv/bin/python" ] &&
     ! "$root/.venv/bin/python" -c "import psycopg, multipart" >/dev/null 2>&1; then
    "$root/.venv/bin/pip" install -q "psycopg[binary]>=3.2" "python-multipart>=0.0.9" || return 1
  fi

  # --- redis ----------------------------------------------------------------------
  local redis_dir="$root/var/redis"
  mkdir -p "$redis_dir"
  # A Redis left running whose folder was deleted answers pings, and takes writes until it
  # next saves; then it refuses them all (MISCONF) and workers die on their first job. A
  # save tells at once (it fails where the folder is gone, even if a new clone made a folder
  # of the same name). Replace such a Redis.
  if redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 \
      && { [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" set docintake:writable 1 2>&1)" != "OK" ] \
           || [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" save 2>&1)" != "OK" ]; }; then
    echo "start-services: the Redis on port $redis_port cannot write; restarting it"
    redis-cli -h 127.0.0.1 -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
    sleep 1
  fi
  if ! redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1; then
    redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" \
      --dir "$redis_dir" --appendonly yes --appendfsync everysec \
      --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log" || return 1
    local i
    for i in $(seq 1 50); do
      redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
  fi
  redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null || { echo "redis did not start"; return 1; }

  # --- postgresql -----------------------------------------------------------------
  local pg_version
  pg_version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$pg_version $pg_cluster"; then
    $sudo pg_createcluster "$pg_version" "$pg_cluster" --port "$pg_port" \
      -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null || return 1
    # Loopback only; fsync off because this cluster holds test data.
    printf "listen_addresses = '127.0.0.1'\nfsync = off\n" |
      $sudo tee "/etc/postgresql/$pg_version/$pg_cluster/conf.d/docintake.conf" >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$pg_version" -v c="$pg_cluster" '$1==v && $2==c {print $4}' |
       grep -q online; then
    $sudo pg_ctlcluster "$pg_version" "$pg_cluster" start || return 1
  fi
  local i
  for i in $(seq 1 100); do
    pg_isready -h 127.0.0.1 -p "$pg_port" -q && break
    sleep 0.1
  done
  local psql_as_postgres=(runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qtA)
  [ -n "$sudo" ] && psql_as_postgres=(sudo -u postgres psql -p "$pg_port" -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql_as_postgres[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='docintake'")" != "1" ]; then
    "${psql_as_postgres[@]}" -c "CREATE ROLE docintake LOGIN CREATEDB PASSWORD 'docintake'" || return 1
  fi
  if [ "$("${psql_as_postgres[@]}" -c "SELECT 1 FROM pg_database WHERE datname='docintake'")" != "1" ]; then
    "${psql_as_postgres[@]}" -c "CREATE DATABASE docintake OWNER docintake" || return 1
  fi

  export DOCINTAKE_REDIS_URL="redis://127.0.0.1:${redis_port}/0"
  export DOCINTAKE_TEST_POSTGRES_URL="postgresql+psycopg://docintake:docintake@127.0.0.1:${pg_port}/docintake"
  printf 'DOCINTAKE_REDIS_URL=%s\nDOCINTAKE_TEST_POSTGRES_URL=%s\n' \
    "$DOCINTAKE_REDIS_URL" "$DOCINTAKE_TEST_POSTGRES_URL" > "$root/var/services.env"
  echo "start-services: redis on 127.0.0.1:${redis_port}, postgresql ${pg_version}/${pg_cluster} on 127.0.0.1:${pg_port}"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  _ds_main
else
  _ds_main || return 1
fi
