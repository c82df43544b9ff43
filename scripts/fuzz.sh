#!/usr/bin/env bash
# npm run fuzz: schemathesis against the served OpenAPI document, once per role, with each role's token, all
# phases including the stateful one (schemathesis.toml says the checks and why). Needs the run command's stack (or
# API_URL and IOP_TOKEN_* set). FUZZ_MAX_TIME bounds each role's run in seconds (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
install_temporal_tools
api_url=${API_URL:-http://127.0.0.1:${API_PORT:-3000}}
tokens="${IOP_DATA_DIR:-.data}/demo-tokens.env"
[ -f "$tokens" ] && source "$tokens"
export SCHEMATHESIS_HOOKS="$PWD/tools/fuzz_hooks.py" SCHEMATHESIS_TELEMETRY=false
status=0
for role in OFFICER REP_NATVERKET AUDITOR; do
  variable="IOP_TOKEN_${role}"
  [ -n "${!variable:-}" ] || fail "No token for $role: start the run command first (bash scripts/run.sh), or export $variable."
  echo "== schemathesis as ${role}"
  .tools/venv/bin/schemathesis --config-file schemathesis.toml run "$api_url/docs/openapi.json" \
    -H "Authorization: Bearer ${!variable}" --max-time "${FUZZ_MAX_TIME:-300}" || status=1
done
exit $status
