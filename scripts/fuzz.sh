#!/usr/bin/env bash
# npm run fuzz: schemathesis against the served OpenAPI document, once per role, with each role's token. Needs the
# run command's stack (or API_URL and IOP_TOKEN_* set). FUZZ_MAX_TIME bounds each role's run in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
install_temporal_tools
api_url=${API_URL:-http://127.0.0.1:3000}
[ -f .data/demo-tokens.env ] && source .data/demo-tokens.env
status=0
for role in OFFICER REP_NATVERKET AUDITOR; do
  variable="IOP_TOKEN_${role}"
  [ -n "${!variable:-}" ] || fail "No token for $role: start the run command first (bash scripts/run.sh), or export $variable."
  echo "== schemathesis as ${role}"
  .tools/venv/bin/schemathesis run "$api_url/docs/openapi.json" \
    --checks all --exclude-checks positive_data_acceptance,unsupported_method \
    -H "Authorization: Bearer ${!variable}" --max-time "${FUZZ_MAX_TIME:-120}" --workers 1 || status=1
done
exit $status
