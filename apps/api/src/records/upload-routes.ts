/**
 * The routes that take a document (multipart/form-data): the JSON body parser leaves their body alone, and the
 * route reads it as a stream (records/upload/receive-upload.ts). Matched before routing, on the raw path.
 */
export const MULTIPART_ROUTES: readonly { method: string; path: RegExp }[] = [
  { method: 'POST', path: /^\/(partnerships|frameworks)\/[^/]+\/documents\/?$/ },
];
