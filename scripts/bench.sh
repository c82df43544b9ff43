#!/usr/bin/env bash
# npm run bench: installs what is missing, builds, and prints the engine's figures beside their baselines.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
prepare_project
exec node dist/scripts/bench.js
