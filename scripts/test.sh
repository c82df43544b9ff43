#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs the whole jest suite (unit, workflow, integration
# and end-to-end) against a real PostgreSQL and a real Temporal server that the test setup starts on free ports.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

prepare_project
install_chromium
install_docker_compose
# The lint first: ESLint's import rules keep workflow and domain code deterministic, Prettier keeps one format.
npm run --silent lint
exec npx jest "$@"
