import type { DataConverter } from '@temporalio/common';
import type { Environment } from '../../config/src/environment';
import { EncryptionCodec } from './encryption-codec';
import { parsePayloadKeys } from './payload-keys';

/**
 * The failure converter's module, for `bundleWorkflowCode` (the workflows convert their own errors to failures)
 * and for the data converter below: `.ts` under ts-jest and ts-node, `.js` in dist.
 */
export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/**
 * The one data converter of every client and worker of this engine: every payload they write is encrypted, and
 * so are failures' messages and stacks. A client or worker without it would write clear text into the history
 * (and could not read what the others wrote).
 */
export function dataConverterFrom(env: Pick<Environment, 'TEMPORAL_PAYLOAD_KEYS' | 'TEMPORAL_PAYLOAD_KEY_ID'>): DataConverter {
  return {
    payloadCodecs: [new EncryptionCodec(parsePayloadKeys(env.TEMPORAL_PAYLOAD_KEYS, env.TEMPORAL_PAYLOAD_KEY_ID))],
    failureConverterPath: FAILURE_CONVERTER_PATH,
  };
}
