import type { Provider } from '@nestjs/common';
import { Environment } from '@iop/config';
import { DEFAULT_RETENTION_PLAN, parseRetentionPlan } from '@iop/domain';
import type { RetentionPlan } from '@iop/domain';

/** The document management plan the API registers handlings under. */
export const RETENTION_PLAN = Symbol('RETENTION_PLAN');

/** The region's plan (IOP_RETENTION_PLAN, checked when the API starts) over the default, or the default. */
export const retentionPlanProvider: Provider = {
  provide: RETENTION_PLAN,
  inject: [Environment],
  useFactory: (env: Environment): RetentionPlan => {
    if (env.IOP_RETENTION_PLAN === undefined) return DEFAULT_RETENTION_PLAN;
    const parsed = parseRetentionPlan(env.IOP_RETENTION_PLAN);
    // validateEnvironment has refused a plan that does not parse before the API got this far.
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    return parsed.plan;
  },
};
