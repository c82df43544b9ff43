import { HttpStatus } from '@nestjs/common';
import { ApplicationFailure, Client, ServiceError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { Environment } from '@iop/config';
import type { Refusal } from '@iop/domain';
import { REFUSAL_FAILURE_TYPE } from '../../../../workflows/partnership/types';
import { ApiException } from './api.exception';

const STATUS_OF: Record<NonNullable<Refusal['kind']>, HttpStatus> = {
  CONFLICT: HttpStatus.CONFLICT,
  INVALID: HttpStatus.UNPROCESSABLE_ENTITY,
  FORBIDDEN: HttpStatus.FORBIDDEN,
};

/** A business refusal from a workflow's validator (or the domain's rules), as the API's error. */
export function refusalException(refusal: Refusal): ApiException {
  return ApiException.refusal(STATUS_OF[refusal.kind ?? 'INVALID'], refusal);
}

/**
 * What every kind of process's workflow client does the same way around a move: bound it by the move timeout, and
 * turn what Temporal answers (a refusal, no worker in time, Temporal out of reach) into the API's errors. Each
 * client keeps what is its own: which workflow, and what a call to an ended one means.
 */
export class WorkflowMoveCalls {
  constructor(
    private readonly client: Client,
    private readonly env: Environment,
  ) {}

  /**
   * An update waits for a worker to take the workflow's task, and with none polling (every worker stopped, or a
   * task that fails on each attempt) it would wait for ever: the caller gets an answer within the configured bound.
   */
  withinMoveTimeout<T>(call: () => Promise<T>): Promise<T> {
    return this.client.connection.withDeadline(Date.now() + this.env.TEMPORAL_MOVE_TIMEOUT_SECONDS * 1000, call);
  }

  /**
   * A move that was not answered in time: Temporal itself out of reach is named as such, otherwise no worker took the
   * workflow's task. A Temporal that refuses connections is named sooner (the client's few retries, about 2 s: see
   * TEMPORAL_CALL_ATTEMPTS); this probe is for one that accepts them and does not answer (a frozen frontend).
   */
  async translateMove(error: unknown): Promise<unknown> {
    if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError && !(await this.temporalAnswers())) {
      return new ServiceError('Temporal did not answer within the move timeout', { cause: error });
    }
    return this.translate(error);
  }

  /** The move timeout's answer and a workflow's refusal as API errors; anything else is returned as it is. */
  translate(error: unknown): unknown {
    if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
      const seconds = this.env.TEMPORAL_MOVE_TIMEOUT_SECONDS;
      return new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'MOVE_NOT_ANSWERED',
        `The process engine did not answer within ${seconds} s. The move may still be applied once a worker takes it: retry with the same Idempotency-Key to learn its outcome without applying it twice.`,
        {
          messageSv: `Processmotorn svarade inte inom ${seconds} s. Steget kan ändå genomföras när en worker tar det: försök igen med samma Idempotency-Key för att få utfallet utan att steget görs två gånger.`,
        },
      );
    }
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      if (error.cause.type === REFUSAL_FAILURE_TYPE && error.cause.details?.[0]) {
        return refusalException(error.cause.details[0] as Refusal);
      }
    }
    return error;
  }

  private async temporalAnswers(): Promise<boolean> {
    try {
      await this.client.connection.withDeadline(Date.now() + 1000, () => this.client.workflowService.getSystemInfo({}));
      return true;
    } catch {
      return false;
    }
  }
}
