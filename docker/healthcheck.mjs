// The container's health check (the image's HEALTHCHECK and docker/compose.yaml): a worker, which has
// WORKER_HEALTH_PORT, answers on its own health server; an API on API_PORT. Ready means 200 from /health/ready
// (the API: PostgreSQL and Temporal answer; the worker: it polls and its cache is within bounds).
// Plain Node (global fetch), so that the slim image needs no curl or wget.

const worker = Boolean(process.env.WORKER_HEALTH_PORT);
const port = worker ? process.env.WORKER_HEALTH_PORT : process.env.API_PORT || '3000';
// A server bound to every interface (0.0.0.0) answers on the loopback; one bound to an address, there.
const bound = (worker ? process.env.WORKER_HEALTH_HOST : process.env.API_HOST) || '127.0.0.1';
const probeHost = bound === '0.0.0.0' ? '127.0.0.1' : bound;

fetch(`http://${probeHost}:${port}/health/ready`, { signal: AbortSignal.timeout(4000) })
  .then((response) => process.exit(response.ok ? 0 : 1))
  .catch(() => process.exit(1));
