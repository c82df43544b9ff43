import { SetMetadata, type INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { constrainProperty, constrainRequestComponents, Schema, validatedProperties } from './openapi-from-validators';
import { HEADER_SCHEMAS, VALIDATOR_SCHEMAS } from './openapi-rules';
import type { ClassType } from './class-type';

const DESCRIBED_BODY = 'iop:described-body';

/**
 * A body the route reads itself rather than through @Body() (a multipart form, streamed), validated against `dto`
 * by hand: described from the DTO's validators as a @Body() DTO is.
 */
export const DescribedBody = (dto: ClassType) => SetMetadata(DESCRIBED_BODY, dto);

type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = { operationId?: string; parameters?: Parameter[] };
type RouteArgument = { index: number; data?: unknown; pipes?: unknown[] };

/**
 * Walks every controller method the document lists and describes its input as the route validates it: the body's
 * DTO (and the DTOs nested in it) from class-validator, the query DTO's properties likewise, and each path
 * parameter from the rule its pipe carries; the headers the API checks itself from their own patterns.
 */
export function describeRouteInputs(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const operations = operationsById(document);
  for (const controller of controllers(app)) {
    for (const method of Object.getOwnPropertyNames(controller.prototype)) {
      const operation = operations.get(`${controller.name}_${method}`);
      if (!operation) continue;
      const described = Reflect.getMetadata(DESCRIBED_BODY, controller.prototype[method as keyof object]) as ClassType | undefined;
      if (described) constrainRequestComponents(document, described);
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArgument>;
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as ClassType[];
      for (const [key, argument] of Object.entries(args)) {
        const kind = Number(key.split(':')[0]);
        if (kind === RouteParamtypes.BODY) constrainRequestComponents(document, types[argument.index]);
        if (kind === RouteParamtypes.QUERY) constrainQuery(operation, types[argument.index]);
        if (kind === RouteParamtypes.PARAM) constrainPathParameter(operation, argument);
      }
    }
  }
  for (const operation of operations.values()) {
    for (const parameter of operation.parameters ?? []) {
      const schema = parameter.in === 'header' ? HEADER_SCHEMAS[parameter.name] : undefined;
      if (schema) parameter.schema = { ...schema } as Schema;
    }
  }
  return document;
}

function constrainQuery(operation: Operation, dto: ClassType | undefined): void {
  if (!dto) return;
  const rules = validatedProperties(dto);
  for (const parameter of operation.parameters ?? []) {
    const own = parameter.in === 'query' ? rules.get(parameter.name) : undefined;
    if (!own) continue;
    parameter.schema = constrainProperty(parameter.schema ?? {}, own);
    parameter.required = !own.some((rule) => rule.type === 'conditionalValidation');
  }
}

function constrainPathParameter(operation: Operation, argument: RouteArgument): void {
  // Each path pipe names the rule its 400 gives (common/path-params.ts).
  const rule = argument.pipes?.map((pipe) => (pipe as { rule?: unknown }).rule).find((r): r is string => typeof r === 'string');
  const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === argument.data);
  if (!rule || !parameter) return;
  const { description, ...schema } = VALIDATOR_SCHEMAS[rule]([]);
  parameter.schema = schema as Schema;
  if (description) (parameter as { description?: string }).description ??= description;
}

function operationsById(document: OpenAPIObject): Map<string, Operation> {
  const byId = new Map<string, Operation>();
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as Operation[]) {
      if (operation && typeof operation === 'object' && operation.operationId) byId.set(operation.operationId, operation);
    }
  }
  return byId;
}

function controllers(app: INestApplication): ClassType[] {
  const found = new Set<ClassType>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) if (wrapper.metatype) found.add(wrapper.metatype as ClassType);
  }
  return [...found];
}
