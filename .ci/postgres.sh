#!/usr/bin/env bash
# Start the PostgreSQL server that the store tests use, from Debian's packages:
# a cluster listening on 127.0.0.1:5432, role strife (password strife), database strife_test.
# Idempotent: installs only what is missing, starts only what is stopped, creates only what
# does not exist. Runs as root (CI) or as a user with sudo.
set -euo pipefail

PORT="${STRIFE_PG_PORT:-5432}"
ROLE=strife
PASSWORD=strife
DATABASE=strife_test

if [ "$(id -u)" = 0 ]; then SUDO=(); AS_PG=(runuser -u postgres --); else SUDO=(sudo); AS_PG=(sudo -u postgres); fi
cd /tmp  # the postgres user cannot read most working directories; keep its tools quiet

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null; then
    echo "postgres.sh: installing PostgreSQL from Debian" >&2
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
# The socket directory lives under /run, which a fresh container may not have kept.
"${SUDO[@]}" install -d -o postgres -g postgres -m 2775 /var/run/postgresql

# The cluster on our port, or a new one called "main" (or "strife" if "main" is taken).
CLUSTER="$(pg_lsclusters -h | awk -v v="$VERSION" -v p="$PORT" '$1 == v && $3 == p {print $2; exit}')"
if [ -z "$CLUSTER" ]; then
    CLUSTER=main
    if pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {f=1} END {exit !f}'; then
        CLUSTER=strife
    fi
    echo "postgres.sh: creating cluster $VERSION/$CLUSTER on port $PORT" >&2
    "${SUDO[@]}" pg_createcluster "$VERSION" "$CLUSTER" --port "$PORT" >/dev/null
fi

if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c && $4 == "online" {f=1} END {exit !f}'; then
    echo "postgres.sh: starting cluster $VERSION/$CLUSTER" >&2
    "${SUDO[@]}" pg_ctlcluster "$VERSION" "$CLUSTER" start
fi

for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || { echo "postgres.sh: server on 127.0.0.1:$PORT did not start" >&2; exit 1; }

PSQL=("${AS_PG[@]}" psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA)
"${PSQL[@]}" -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
END \$\$;" >/dev/null
if [ "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
    "${PSQL[@]}" -c "CREATE DATABASE $DATABASE OWNER $ROLE" >/dev/null
fi
echo "postgres.sh: postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE is ready" >&2
