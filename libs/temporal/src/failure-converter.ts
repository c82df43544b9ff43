/**
 * Loaded by path (DataConverter.failureConverterPath) in the client, the worker and inside the workflow bundle,
 * where only `@temporalio/common` may be imported. `encodeCommonAttributes` moves a failure's message and stack
 * trace into a payload, which the payload codec then encrypts: refusal messages name parties and people too.
 * Decoding works either way, so failures recorded before this change still read.
 */
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
