#!/usr/bin/env bash
# The cluster suite (npm run test:cluster): builds the pinned Temporal server once per machine (into
# ~/.cache/iop-engine; about 20 minutes cold, nothing when it is there), then runs test/cluster/**/*.cluster-spec.ts
# against it (jest.cluster.config.js). Arguments are passed to jest. A build that cannot be made (no network, no Go)
# fails the suite with one sentence; it is never skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

require_node
install_node_modules
# scripts/test.sh has built the project already when it calls this.
[ "${IOP_PROJECT_BUILT:-}" = 1 ] || build_project
bash scripts/lib/temporal-cluster-build.sh
exec npx jest -c jest.cluster.config.js "$@"
