#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs the whole jest suite (unit, workflow, integration
# and end-to-end) against a real PostgreSQL and a real Temporal server that the test setup starts on free ports,
# then the cluster suite on the real Temporal server with PostgreSQL persistence (scripts/test-cluster.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

prepare_project
install_chromium
# The lint first: ESLint's import rules keep workflow and domain code deterministic, Prettier keeps one format.
npm run --silent lint
# With a path (or a pattern) only jest runs; the whole suite adds the cluster suite (scripts/test-cluster.sh), whose
# JSON report, when jest writes one (--outputFile=x.json), goes to x.cluster.json beside it.
for arg in "$@"; do
  case "$arg" in
    -*) ;;
    *) exec npx jest "$@" ;;
  esac
done
status=0
npx jest "$@" || status=$?
cluster_args=()
for arg in "$@"; do
  case "$arg" in
    --outputFile=*.json) cluster_args+=("${arg%.json}.cluster.json") ;;
    *) cluster_args+=("$arg") ;;
  esac
done
IOP_PROJECT_BUILT=1 bash scripts/test-cluster.sh "${cluster_args[@]}" || status=$?
exit "$status"
