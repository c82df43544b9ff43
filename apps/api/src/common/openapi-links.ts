import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = { operationId?: string; parameters?: { name: string; in: string }[]; responses?: Record<string, { links?: Record<string, unknown> }> };

/** The move that creates what the others act on: its 201 body's `id` is every `{id}` of /partnerships/{id}/…. */
export const CREATE_PARTNERSHIP = { path: '/partnerships', method: 'post', status: '201', field: 'id' } as const;

/**
 * OpenAPI links from POST /partnerships to every operation under /partnerships/{id}, named by operationId, so a
 * stateful client (schemathesis' stateful phase) creates a partnership and then walks it through its moves.
 */
export function withPartnershipLinks(document: OpenAPIObject): OpenAPIObject {
  const response = (document.paths[CREATE_PARTNERSHIP.path]?.[CREATE_PARTNERSHIP.method] as Operation | undefined)?.responses?.[CREATE_PARTNERSHIP.status];
  if (!response) return document;
  const links: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith(`${CREATE_PARTNERSHIP.path}/{id}`)) continue;
    for (const operation of Object.values(item) as Operation[]) {
      if (!operation?.operationId || !operation.parameters?.some((p) => p.in === 'path' && p.name === 'id')) continue;
      links[operation.operationId] = {
        operationId: operation.operationId,
        parameters: { 'path.id': `$response.body#/${CREATE_PARTNERSHIP.field}` },
        description: `The partnership just created, by ${operation.operationId}`,
      };
    }
  }
  response.links = { ...response.links, ...links };
  return document;
}
