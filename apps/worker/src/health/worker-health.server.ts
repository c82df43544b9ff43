import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Environment, EnvironmentError } from '@iop/config';
import { TemporalWorkerService } from '../temporal/temporal-worker.service';

export interface WorkerReadiness {
  status: 'ok' | 'error';
  /** The SDK worker's state: RUNNING while it polls; STARTING before it exists. */
  state: string;
  draining: boolean;
  polling: { status: 'up' | 'down'; workflowPoller?: string; activityPoller?: string };
  cache: { status: 'up' | 'down'; cachedWorkflows?: number; max: number };
  inFlight?: { workflowActivations: number; activities: number };
}

/**
 * The worker's own health endpoints, served only when WORKER_HEALTH_PORT is set (node:http: two GETs need no
 * framework): GET /health/live is 200 while the process runs; GET /health/ready is 200 while the SDK worker runs and
 * polls, is not draining and keeps no more workflows cached than WORKER_MAX_CACHED_WORKFLOWS, 503 otherwise.
 */
@Injectable()
export class WorkerHealthServer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHealthServer.name);
  private server?: Server;

  constructor(
    private readonly env: Environment,
    private readonly worker: TemporalWorkerService,
  ) {}

  /**
   * At module init, before the SDK worker starts polling (application bootstrap): a port that is taken stops the
   * process before it has taken any task, and readiness answers 503 from the first moment.
   */
  async onModuleInit(): Promise<void> {
    const port = this.env.WORKER_HEALTH_PORT;
    if (port === undefined) return;
    const host = this.env.WORKER_HEALTH_HOST;
    const server = createServer((request, response) => this.answer(request, response));
    // A probe's connection is never kept waiting for a drain: each answer closes it.
    server.keepAliveTimeout = 1;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new EnvironmentError(
            error.code === 'EADDRINUSE'
              ? `WORKER_HEALTH_PORT: ${host}:${port} is already in use; choose a free port or unset it`
              : `WORKER_HEALTH_HOST/WORKER_HEALTH_PORT: cannot listen on ${host}:${port} (${error.code ?? error.message}); set an address of this machine`,
          ),
        ),
      );
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    this.logger.log(`Health endpoints on http://${host}:${port}/health/live and /health/ready`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  readiness(): WorkerReadiness {
    const { state, draining, status } = this.worker.status();
    const max = this.env.WORKER_MAX_CACHED_WORKFLOWS;
    const polling = state === 'RUNNING' && status?.workflowPollerState === 'POLLING' && status.activityPollerState === 'POLLING';
    const cacheWithin = status !== undefined && status.numCachedWorkflows <= max;
    return {
      status: polling && cacheWithin && !draining ? 'ok' : 'error',
      state,
      draining,
      polling: { status: polling ? 'up' : 'down', workflowPoller: status?.workflowPollerState, activityPoller: status?.activityPollerState },
      cache: { status: cacheWithin ? 'up' : 'down', cachedWorkflows: status?.numCachedWorkflows, max },
      ...(status ? { inFlight: { workflowActivations: status.numInFlightWorkflowActivations, activities: status.numInFlightActivities } } : {}),
    };
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { status: 'error', message: 'only GET' });
    if (path === '/health/live') return send(response, 200, { status: 'ok' });
    if (path === '/health/ready') {
      const readiness = this.readiness();
      return send(response, readiness.status === 'ok' ? 200 : 503, readiness);
    }
    send(response, 404, { status: 'error', message: 'GET /health/live or /health/ready' });
  }
}

function send(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
