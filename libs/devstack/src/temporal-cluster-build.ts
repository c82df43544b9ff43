/**
 * Building the real Temporal server once per machine: the versions pinned in tools/temporal-cluster.env, the cache
 * folder shared by every clone, and the build script (scripts/lib/temporal-cluster-build.sh) run when a binary is
 * missing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** What the build leaves in the cache folder: the server, temporal-sql-tool, the Web UI server when built, the schema. */
export interface TemporalClusterBinaries {
  server: string;
  sqlTool: string;
  uiServer?: string;
  /** `…/schema/postgresql/v12`, holding `temporal/versioned` and `visibility/versioned`. */
  schemaDir: string;
}

/** The folder holding tools/temporal-cluster.env: the project's root, from the sources or from dist/. */
function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'tools', 'temporal-cluster.env')) && existsSync(join(dir, 'scripts', 'lib', 'temporal-cluster-build.sh'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('tools/temporal-cluster.env was not found above ' + __dirname);
    dir = parent;
  }
}

/** The pinned versions (TEMPORAL_SERVER_VERSION, TEMPORAL_UI_VERSION, TEMPORAL_GO_TOOLCHAIN). */
export function temporalClusterVersions(root = projectRoot()): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const line of readFileSync(join(root, 'tools', 'temporal-cluster.env'), 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(\S+)$/.exec(line.trim());
    if (match) versions[match[1]] = match[2];
  }
  return versions;
}

/** Where the builds live: ${XDG_CACHE_HOME:-~/.cache}/iop-engine, shared by every clone on the machine. */
export function temporalClusterCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'iop-engine');
}

function builtBinaries(withUi: boolean): TemporalClusterBinaries | undefined {
  const versions = temporalClusterVersions();
  const cache = temporalClusterCacheDir();
  const serverDir = join(cache, `temporal-${versions.TEMPORAL_SERVER_VERSION}`);
  const server = join(serverDir, 'bin', 'server');
  // `go install …/cmd/tools/sql` names it `sql`; the build script renames it to what Temporal's docs call it.
  const sqlTool = [join(serverDir, 'bin', 'temporal-sql-tool'), join(serverDir, 'bin', 'sql')].find((file) => existsSync(file));
  const schemaDir = join(serverDir, 'schema', 'postgresql', 'v12');
  const uiServer = join(cache, `temporal-ui-${versions.TEMPORAL_UI_VERSION}`, 'bin', 'ui-server');
  if (!existsSync(server) || !sqlTool || !existsSync(join(schemaDir, 'temporal', 'versioned'))) return undefined;
  if (withUi && !existsSync(uiServer)) return undefined;
  return { server, sqlTool, schemaDir, ...(existsSync(uiServer) ? { uiServer } : {}) };
}

/**
 * Builds once per machine into ${XDG_CACHE_HOME:-~/.cache}/iop-engine/ (pinned versions), copying the schema there;
 * throws one sentence (the build script's) when it cannot.
 */
export async function ensureTemporalClusterBuilt(
  options: { withUi?: boolean; onLog?: (line: string) => void } = {},
): Promise<TemporalClusterBinaries> {
  const withUi = options.withUi ?? false;
  const ready = builtBinaries(withUi);
  if (ready) return ready;
  const log = options.onLog ?? (() => undefined);
  const script = join(projectRoot(), 'scripts', 'lib', 'temporal-cluster-build.sh');
  const lastLines: string[] = [];
  const status = await new Promise<number | null>((done) => {
    const child = spawn('bash', [script, ...(withUi ? ['--with-ui'] : [])], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        log(line);
        lastLines.push(line);
        if (lastLines.length > 5) lastLines.shift();
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', () => done(null));
    child.on('close', (code) => done(code));
  });
  const built = builtBinaries(withUi);
  if (status === 0 && built) return built;
  throw new Error(lastLines.at(-1) ?? `The Temporal cluster's build (${script}) failed: run it to see why.`);
}
