#!/bin/sh
# After the server answers: creates the engine's namespace when missing and registers the custom search attributes
# the partnership workflows set (libs/temporal/src/search-attributes.ts; test/e2e/deployment-files.e2e-spec.ts
# checks that this list matches it). A real server has no namespace until one is made, and a workflow that sets an
# unregistered attribute fails its task, so the API and the worker start only after this job succeeded.
# Environment: TEMPORAL_ADDRESS, IOP_NAMESPACE, IOP_NAMESPACE_RETENTION (e.g. 3650d: partnerships last years).
set -eu

: "${IOP_NAMESPACE:?IOP_NAMESPACE must name the engine's Temporal namespace}"
retention="${IOP_NAMESPACE_RETENTION:-30d}"

attempt=1
until temporal operator cluster health >/dev/null 2>&1; do
  if [ "$attempt" -ge 60 ]; then
    echo "Temporal at $TEMPORAL_ADDRESS did not become healthy within 120 s: see the temporal container's log." >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 2
done

if temporal operator namespace describe --namespace "$IOP_NAMESPACE" >/dev/null 2>&1; then
  echo "Namespace $IOP_NAMESPACE: exists"
else
  temporal operator namespace create --namespace "$IOP_NAMESPACE" --retention "$retention" \
    --description "IOP engine: partnerships and framework agreements"
  echo "Namespace $IOP_NAMESPACE: created (retention $retention)"
fi

# A namespace just created reaches the server's namespace cache some seconds later: until then listing its search
# attributes answers "not found".
attempt=1
until registered=$(temporal operator search-attribute list --namespace "$IOP_NAMESPACE" 2>&1); do
  if [ "$attempt" -ge 30 ]; then
    echo "The search attributes of namespace $IOP_NAMESPACE could not be listed within 60 s: $registered" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 2
done

# name type, one a line: the engine's custom search attributes.
while read -r name type; do
  if printf '%s\n' "$registered" | grep -qw "$name"; then
    echo "Search attribute $name: registered"
  else
    temporal operator search-attribute create --namespace "$IOP_NAMESPACE" --name "$name" --type "$type"
    echo "Search attribute $name ($type): created"
  fi
done <<'ATTRIBUTES'
IopPhase Keyword
IopPublicParty Keyword
IopOrganisationNumbers KeywordList
IopReadModelAlert Keyword
ATTRIBUTES
