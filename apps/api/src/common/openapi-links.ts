import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  responses?: Record<string, { links?: Record<string, unknown> }>;
};

/**
 * Where a stateful client finds a partnership's id: the 201 of POST /partnerships (the one it just created, which
 * an officer can), and the first item of GET /partnerships (one the caller already sees, which a representative or
 * an auditor needs, since neither may create one).
 */
export const PARTNERSHIP_ID_SOURCES = [
  { path: '/partnerships', method: 'post', status: '201', pointer: '/id' },
  { path: '/partnerships', method: 'get', status: '200', pointer: '/items/0/id' },
] as const;

const TARGETS = '/partnerships/{id}';

/**
 * OpenAPI links from each source to every operation under /partnerships/{id}, named by operationId, so that a
 * stateful client (schemathesis' stateful phase) walks a partnership through its moves instead of guessing ids.
 */
export function withPartnershipLinks(document: OpenAPIObject): OpenAPIObject {
  const targets = Object.entries(document.paths)
    .filter(([path]) => path === TARGETS || path.startsWith(`${TARGETS}/`))
    .flatMap(([, item]) => Object.values(item) as Operation[])
    .filter((operation) => operation?.operationId && operation.parameters?.some((p) => p.in === 'path' && p.name === 'id'));
  for (const source of PARTNERSHIP_ID_SOURCES) {
    const response = (document.paths[source.path]?.[source.method] as Operation | undefined)?.responses?.[source.status];
    if (!response) continue;
    const links: Record<string, unknown> = {};
    for (const { operationId } of targets) {
      links[operationId!] = { operationId, parameters: { 'path.id': `$response.body#${source.pointer}` } };
    }
    response.links = { ...response.links, ...links };
  }
  return document;
}
