import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { BACKLOG_AGE_BOUND_SECONDS } from './temporal.health';

const indicators: SchemaObject = {
  type: 'object',
  additionalProperties: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up', 'down'] } } },
};

/** Terminus's report: `status`, and each check under `info` (up), `error` (down) and `details` (all). */
export function healthReportSchema(status: 'ok' | 'error'): SchemaObject {
  return {
    type: 'object',
    required: ['status', 'details'],
    properties: {
      status: { type: 'string', enum: [status] },
      info: { ...indicators, nullable: true },
      error: { ...indicators, nullable: true },
      details: indicators,
    },
  };
}

const conditions: SchemaObject = {
  type: 'object',
  required: ['workerPolling', 'movesProcessed'],
  description: 'Reported beside the checks; neither changes the status code.',
  properties: {
    workerPolling: {
      type: 'object',
      required: ['status', 'pollers', 'taskQueue'],
      description: 'Whether a worker asked Temporal for workflow tasks on the task queue within the last 90 s.',
      properties: {
        status: { type: 'string', enum: ['up', 'down'] },
        pollers: { type: 'integer', minimum: 0 },
        taskQueue: { type: 'string' },
        message: { type: 'string' },
      },
    },
    movesProcessed: {
      type: 'object',
      required: ['status', 'taskQueue', 'boundSeconds'],
      description: `Whether workflow tasks are taken: 'down' when the oldest waiting one is older than ${BACKLOG_AGE_BOUND_SECONDS} s, 'unknown' when Temporal cannot say.`,
      properties: {
        status: { type: 'string', enum: ['up', 'down', 'unknown'] },
        taskQueue: { type: 'string' },
        backlogCount: { type: 'integer', minimum: 0 },
        backlogAgeSeconds: { type: 'number', minimum: 0 },
        boundSeconds: { type: 'integer' },
        message: { type: 'string' },
      },
    },
  },
};

/** GET /health: the report and its conditions. */
export function fullHealthSchema(status: 'ok' | 'error'): SchemaObject {
  const report = healthReportSchema(status);
  return { ...report, required: [...(report.required ?? []), 'conditions'], properties: { ...report.properties, conditions } };
}
