#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data folder (the official image runs
# /docker-entrypoint-initdb.d/* as the superuser). It makes what docker/README.md's "PostgreSQL roles" section asks
# a DBA to make on a managed server, plus Temporal's own login and databases:
#   iop_owner        owns the engine's database and schema; only the migrations job logs in as it
#   iop_application  the group role the migrations grant table by table (append-only where the audit needs it)
#   iop_app          the API's and the worker's login, a member of iop_application
#   temporal         owns the databases temporal and temporal_visibility (the admin tools set up their schemas)
# The passwords come from the container's environment (docker/compose.yaml, from docker/.env) and are passed to
# psql as variables, quoted by psql itself (:'name'), never spliced into the SQL text.
set -eu

: "${IOP_OWNER_PASSWORD:?IOP_OWNER_PASSWORD must be set for the PostgreSQL container}"
: "${IOP_APP_PASSWORD:?IOP_APP_PASSWORD must be set for the PostgreSQL container}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD must be set for the PostgreSQL container}"

psql --set ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname postgres \
  --set owner_password="$IOP_OWNER_PASSWORD" \
  --set app_password="$IOP_APP_PASSWORD" \
  --set temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE iop_owner LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
-- The migration creates this group role when missing, which needs CREATEROLE; made here, the owner needs none.
CREATE ROLE iop_application NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE ROLE iop_app LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS IN ROLE iop_application;
CREATE DATABASE iop OWNER iop_owner;

CREATE ROLE temporal LOGIN PASSWORD :'temporal_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;

\connect iop
ALTER SCHEMA public OWNER TO iop_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- Neither the applications' login nor Temporal's may connect to the other's databases.
REVOKE CONNECT ON DATABASE iop FROM PUBLIC;
GRANT CONNECT ON DATABASE iop TO iop_owner, iop_application;

\connect temporal
ALTER SCHEMA public OWNER TO temporal;
REVOKE CONNECT ON DATABASE temporal FROM PUBLIC;
GRANT CONNECT ON DATABASE temporal TO temporal;

\connect temporal_visibility
ALTER SCHEMA public OWNER TO temporal;
REVOKE CONNECT ON DATABASE temporal_visibility FROM PUBLIC;
GRANT CONNECT ON DATABASE temporal_visibility TO temporal;
SQL
