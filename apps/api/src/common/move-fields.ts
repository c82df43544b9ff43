import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { constrainProperty, isOptional, nestedClassOf, Schema, validatedProperties } from './openapi-from-validators';
import type { ClassType } from './class-type';

// What a process's available moves say of each move's route and body, for every kind of process: read from the
// commands controller's own decorators and its DTOs' class-validator metadata (the OpenAPI document's source too).

/** A body field as its DTO validates it: JSON Schema's words (type, format, maxLength, enum...). */
export interface MoveField {
  name: string;
  required: boolean;
  type?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  minItems?: number;
  maxItems?: number;
  /** The rules of each item of an array of plain values. */
  items?: Omit<MoveField, 'name' | 'required' | 'fields'>;
  /** The fields of a nested object, or of each object of an array. */
  fields?: MoveField[];
}

export interface MoveRoute {
  method: string;
  /** The path template, as the controller declares it: /partnerships/:id/drafts/:version/reviews. */
  template: string;
  body?: ClassType;
}

/** The route a controller's handler serves: method, path template and body DTO, from its decorators. */
export function routeOf<C extends object>(controller: { prototype: C }, handler: keyof C & string): MoveRoute {
  const method = controller.prototype[handler] as unknown as (...args: never[]) => unknown;
  const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
  const own = String(Reflect.getMetadata(PATH_METADATA, method) ?? '');
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, { index: number }>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handler) ?? []) as ClassType[];
  const bodyKey = Object.keys(args).find((key) => Number(key.split(':')[0]) === RouteParamtypes.BODY);
  return {
    method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, method) as RequestMethod],
    template: `/${base}/${own}`.replace(/\/+/g, '/'),
    body: bodyKey ? types[args[bodyKey].index] : undefined,
  };
}

const SCHEMA_KEYS = ['type', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'enum', 'minItems', 'maxItems'] as const;

function rulesOf(schema: Schema): Omit<MoveField, 'name' | 'required' | 'fields'> {
  const out: Record<string, unknown> = {};
  for (const key of SCHEMA_KEYS) if (schema[key] !== undefined) out[key] = schema[key];
  return out;
}

/** A DTO's fields, from the same class-validator metadata the OpenAPI document is built from. */
export function fieldsOf(dto: ClassType): MoveField[] {
  const fields: MoveField[] = [];
  for (const [name, rules] of validatedProperties(dto)) {
    const isArray = rules.some((r) => r.name === 'isArray');
    const schema = constrainProperty(isArray ? { items: {} } : {}, rules);
    const nested = nestedClassOf(dto, name);
    const field: MoveField = { name, required: !isOptional(rules), ...rulesOf(schema) };
    if (nested) field.fields = fieldsOf(nested);
    else if (isArray && schema.items && Object.keys(rulesOf(schema.items)).length) field.items = rulesOf(schema.items);
    if (nested && !field.type) field.type = 'object';
    fields.push(field);
  }
  return fields;
}
