import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { InitiativeCommand, InitiativeCommandType, InitiativeState } from '../../libs/domain/src';
import type { InitiativeCommandEnvelope, InitiativeCommandResult } from './types';

export const getInitiativeStateQuery = defineQuery<InitiativeState>('getInitiativeState');

/** Sent with the start (update-with-start): completes once the submission is in the read model. */
export const awaitInitiativeSubmissionRecordedUpdate = defineUpdate<InitiativeState>('awaitInitiativeSubmissionRecorded');

type InitiativeCommandUpdate<T extends InitiativeCommandType> = UpdateDefinition<
  InitiativeCommandResult,
  [InitiativeCommandEnvelope<Extract<InitiativeCommand, { type: T }>>]
>;

const update = <T extends InitiativeCommandType>(name: string): InitiativeCommandUpdate<T> => defineUpdate(name);

/** One update per move, validated in the workflow. Names are the workflow's history: never rename one. */
export const initiativeCommandUpdates: { [T in InitiativeCommandType]: InitiativeCommandUpdate<T> } = {
  ASSESS_INITIATIVE: update('assessInitiativeUpdate'),
  DECIDE_ON_INITIATIVE: update('decideOnInitiativeUpdate'),
};

export const initiativeUpdateFor = <C extends InitiativeCommand>(
  command: C,
): UpdateDefinition<InitiativeCommandResult, [InitiativeCommandEnvelope<C>]> =>
  initiativeCommandUpdates[command.type] as unknown as UpdateDefinition<InitiativeCommandResult, [InitiativeCommandEnvelope<C>]>;
