/**
 * The benchmark's bare HTTP servers (bench-bare-list-server.ts, bench-bare-start-server.ts): each the least an HTTP
 * service can do for one figure, run as a process of its own on a free port, as the API is.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, stopProcess } from '../../libs/devstack/src';
import { BenchResponse, benchHttp } from './bench-http';

export interface BareServer {
  request(method: 'GET' | 'POST', body?: unknown): Promise<BenchResponse>;
  stop(): Promise<void>;
}

/** Starts `script` (a file of this folder, built) with `env` and its port in `portVariable`; resolves once it listens. */
export async function startBareServer(script: string, portVariable: string, env: Record<string, string | undefined>): Promise<BareServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, script)], {
    env: { ...process.env, ...env, [portVariable]: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${script} stopped (${code})`)));
  });
  const http = benchHttp(`http://127.0.0.1:${port}`);
  return { request: (method, body) => http(method, '/', '', body), stop: () => stopProcess(child, 'SIGTERM', 5000) };
}
