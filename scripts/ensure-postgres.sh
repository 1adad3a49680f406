#!/usr/bin/env bash
# Gives the test suite a PostgreSQL server on 127.0.0.1:5432 with a role that may create databases, as CI's
# second pass needs (PACTDIFF_TEST_POSTGRES_URL=postgresql://pactdiff:pactdiff@127.0.0.1:5432). Installs
# Debian's postgresql when it is missing, creates a cluster when there is none, starts it, creates the role.
set -euo pipefail
if [ "$(id -u)" != "0" ]; then
  echo "ensure-postgres.sh needs root (apt-get, pg_ctlcluster). Start PostgreSQL yourself and set PACTDIFF_TEST_POSTGRES_URL." >&2
  exit 1
fi
if ! command -v pg_lsclusters >/dev/null; then
  echo "Installing Debian's postgresql…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if [ -z "$(pg_lsclusters -h)" ]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  pg_createcluster "$version" main >/dev/null
fi
read -r version cluster port status _ <<<"$(pg_lsclusters -h | head -1)"
[ "$status" = "online" ] || pg_ctlcluster "$version" "$cluster" start
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pactdiff') THEN
    CREATE ROLE pactdiff LOGIN PASSWORD 'pactdiff' CREATEDB;
  END IF;
END \$\$;
SQL
echo "PostgreSQL $version ($cluster) on port $port; role pactdiff ready"
