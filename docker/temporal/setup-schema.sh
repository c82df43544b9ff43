#!/bin/sh
# Brings Temporal's two databases (made by docker/postgres/initdb, owned by the `temporal` login) to the schema of
# this server version, with the admin tools' temporal-sql-tool: `setup-schema -v 0.0` creates the version tables
# (it skips a database already past 0.0), `update-schema` applies every versioned step not applied yet. Safe to run
# again, which is how a server upgrade gets its schema changes: bump the images in compose.yaml, `up` runs this first.
# Connection from the environment: SQL_PLUGIN, SQL_HOST, SQL_PORT, SQL_USER, SQL_PASSWORD; TEMPORAL_SCHEMA_ROOT where
# the schema files are (the admin tools image: /etc/temporal/schema).
set -eu

schema_root="${TEMPORAL_SCHEMA_ROOT:-/etc/temporal/schema}/postgresql/v12"
for database in temporal temporal_visibility; do
  case "$database" in
    temporal) schema_dir="$schema_root/temporal/versioned" ;;
    *) schema_dir="$schema_root/visibility/versioned" ;;
  esac
  echo "Temporal schema: $database from $schema_dir"
  temporal-sql-tool --db "$database" setup-schema -v 0.0
  temporal-sql-tool --db "$database" update-schema -d "$schema_dir"
done
echo "Temporal schema: up to date"
