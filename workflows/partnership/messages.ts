import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { PartnershipState } from './types';

export const getStateQuery = defineQuery<PartnershipState>('getState');

/**
 * Sent together with the start (update-with-start): it completes once the opening step is recorded, so that the
 * HTTP request which created the partnership answers with a read model that already holds it.
 */
export const awaitOpeningRecordedUpdate = defineUpdate<PartnershipState>('awaitOpeningRecorded');
