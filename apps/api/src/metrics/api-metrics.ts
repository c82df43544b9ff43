import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Where the exception filter leaves the code of an error answer (`res.locals`), for the move's reason label. */
export const ERROR_CODE_LOCAL = 'iopErrorCode';

/** What became of a move: applied, answered from an earlier attempt, refused by a rule (4xx), or failed (5xx). */
export type MoveOutcome = 'accepted' | 'replayed' | 'refused' | 'failed';

/** Seconds; up to the move timeout's range, since a move waits that long for the workflow at most. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const WRITE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60];

/**
 * The API's Prometheus metrics, in a registry of this application's own (prom-client's global one would be shared
 * by every app a test process builds). Every label is a value from the code (a route template, a move type, a
 * reason code), never from the request, so no id or text of a caller's ends up in a label. Disabled, it holds no
 * metric and records nothing.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requests?: Counter<'method' | 'route' | 'status'>;
  private readonly requestDuration?: Histogram<'method' | 'route' | 'status'>;
  private readonly moves?: Counter<'process_kind' | 'move' | 'outcome' | 'reason'>;
  private readonly readModelWrites?: Histogram<'outcome'>;

  constructor(readonly enabled: boolean) {
    if (!enabled) return;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'iop_http_requests_total',
      help: 'HTTP requests answered, by method, route template and status (499: the client left before the answer)',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'iop_http_request_duration_seconds',
      help: 'Time from the request to its answer, by method, route template and status',
      labelNames: ['method', 'route', 'status'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.moves = new Counter({
      name: 'iop_moves_total',
      help: "Moves and starts of a process, by kind, move, outcome (accepted, replayed, refused, failed) and the answer's reason code",
      labelNames: ['process_kind', 'move', 'outcome', 'reason'],
      registers,
    });
    this.readModelWrites = new Histogram({
      name: 'iop_read_model_write_duration_seconds',
      help: "The API's read-model write of an accepted move before it answers (one per write; outcome ok or error)",
      labelNames: ['outcome'],
      buckets: WRITE_BUCKETS,
      registers,
    });
  }

  observeRequest(labels: { method: string; route: string; status: string }, seconds: number): void {
    this.requests?.inc(labels);
    this.requestDuration?.observe(labels, seconds);
  }

  countMove(labels: { process_kind: string; move: string; outcome: MoveOutcome; reason: string }): void {
    this.moves?.inc(labels);
  }

  /** Times one read-model write; the write's own result or error passes through unchanged. */
  async timeReadModelWrite<T>(write: () => Promise<T>): Promise<T> {
    if (!this.readModelWrites) return write();
    const end = this.readModelWrites.startTimer();
    try {
      const result = await write();
      end({ outcome: 'ok' });
      return result;
    } catch (error) {
      end({ outcome: 'error' });
      throw error;
    }
  }

  /** The exposition text Prometheus scrapes. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
