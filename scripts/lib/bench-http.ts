/**
 * The benchmark's HTTP client: node:http over kept-alive connections, the body read whole before the answer counts.
 * Node's fetch (undici) spent about 0.6 ms of the benchmark's own CPU per request on this machine (its streams and
 * its Response objects), which the figures counted as the API's; the bare SDK beside them has a client of its own.
 */
import { Agent, request } from 'node:http';

export interface BenchResponse {
  status: number;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<Buffer>;
}

export function benchHttp(base: string): (method: 'GET' | 'POST', path: string, token: string, body?: unknown) => Promise<BenchResponse> {
  const agent = new Agent({ keepAlive: true });
  const url = new URL(base);
  return (method, path, token, body) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const headers: Record<string, string | number> = { Authorization: `Bearer ${token}` };
      if (payload) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
      const sent = request({ host: url.hostname, port: url.port, method, path, agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const whole = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            text: async () => whole.toString('utf8'),
            json: async () => JSON.parse(whole.toString('utf8')) as unknown,
            arrayBuffer: async () => whole,
          });
        });
      });
      sent.on('error', reject);
      sent.end(payload);
    });
}
