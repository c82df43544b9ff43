#!/usr/bin/env bash
# The cluster command: the engine in a region's shape on this machine. Installs what is missing, builds the project
# and (once per machine, into ~/.cache/iop-engine) the pinned Temporal server, its schema tool and Web UI server;
# then starts PostgreSQL, the Temporal server on it, the migrations, two workers and two APIs (scripts/cluster.ts).
# Ctrl-C stops all of it; the data stays in .data/cluster/ (IOP_CLUSTER_DATA_DIR) for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

require_node
install_node_modules
bash scripts/lib/temporal-cluster-build.sh --with-ui
build_project
exec node dist/scripts/cluster.js
