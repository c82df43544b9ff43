import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { VALIDATOR_SCHEMAS } from './openapi-rules';
import type { ClassType } from './class-type';
import { ruleName } from './rule-name';

/**
 * The OpenAPI document says what the validators say: the constraints come from class-validator's own metadata, so
 * a rule changed on a DTO changes the document too. Rules are recognised by name (`isLength`, `min`, `isIn`, ...;
 * see openapi-rules.ts), which is what class-validator records for its own decorators and for every
 * `registerDecorator`, so composed decorators (several rules under one name) are read rule by rule.
 */

export type Schema = SchemaObject & { $ref?: string; items?: Schema; properties?: Record<string, Schema> };

/** class-transformer's registry of @Type, which its package exports without typings. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: { findTypeMetadata(target: ClassType, property: string): { typeFunction: () => unknown } | undefined };
};

const CONDITIONAL = 'conditionalValidation'; // @IsOptional
const OBJECT_REF = '#/components/schemas/Object';
const TEXT_NOTE = 'NUL (U+0000) and lone UTF-16 surrogates are refused.';

/** Every validation rule of a class, its parents' included, grouped by property. */
export function validatedProperties(target: ClassType): Map<string, ValidationMetadata[]> {
  const storage = getMetadataStorage();
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const metadata of storage.getTargetValidationMetadatas(target, '', false, false)) {
    byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), metadata]);
  }
  return byProperty;
}

/** The schema fragment a property's rules amount to, merged into what @ApiProperty already said. */
export function constrainProperty(schema: Schema, rules: ValidationMetadata[]): Schema {
  for (const metadata of rules) {
    const name = ruleName(metadata);
    const fragment = name ? VALIDATOR_SCHEMAS[name]?.(metadata.constraints ?? []) : undefined;
    if (!fragment) continue;
    if (metadata.each) {
      // Rules with `each` hold for the items; an item that is a nested DTO is described by its own component.
      if (schema.items && !schema.items.$ref) Object.assign(schema.items, fragment);
    } else if (!schema.$ref) {
      Object.assign(schema, fragment);
      // A property without a type annotation (`page = 1`) has `Object` as its design type, which @nestjs/swagger
      // writes as allOf Object: with the validators' type beside it no value would fit, so the validators' type wins.
      if (fragment.type && schema.allOf?.every((part) => (part as Schema).$ref === OBJECT_REF)) delete schema.allOf;
    }
  }
  for (const target of [schema, schema.items]) {
    if (target && target.type === 'string' && target.maxLength !== undefined && !target.pattern && !target.format && !target.enum) {
      target.description = withNote(target.description, TEXT_NOTE);
    }
  }
  return schema;
}

function withNote(description: string | undefined, note: string): string {
  if (!description) return note;
  if (description.includes(note)) return description;
  return `${description}${/[.!?]$/.test(description) ? '' : '.'} ${note}`;
}

export function isOptional(rules: ValidationMetadata[]): boolean {
  return rules.some((rule) => rule.type === CONDITIONAL);
}

/**
 * A DTO's component: each property constrained by its rules, `required` from @IsOptional, and no other property
 * (the global pipe forbids unknown ones).
 */
export function constrainComponent(schema: Schema, target: ClassType): void {
  const properties = validatedProperties(target);
  schema.properties ??= {};
  const required: string[] = [];
  for (const [property, rules] of properties) {
    schema.properties[property] = constrainProperty(schema.properties[property] ?? {}, rules);
    if (!isOptional(rules)) required.push(property);
  }
  if (required.length) schema.required = required;
  else delete schema.required;
  schema.additionalProperties = false;
}

/** The DTO class a property validates as a nested object (or array of them): class-transformer's @Type. */
export function nestedClassOf(target: ClassType, property: string): ClassType | undefined {
  const type = defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction();
  // @Type() names a class; anything else it could return is no nested DTO.
  return typeof type === 'function' ? (type as ClassType) : undefined;
}

/** The DTO classes a class validates as nested objects: class-transformer's @Type, which @ValidateNested needs. */
export function nestedClasses(target: ClassType): ClassType[] {
  const found: ClassType[] = [];
  for (const property of validatedProperties(target).keys()) {
    const type = nestedClassOf(target, property);
    if (type && !found.includes(type)) found.push(type);
  }
  return found;
}

/** A request DTO and every DTO nested in it, each constrained in the component @nestjs/swagger named after it. */
export function constrainRequestComponents(document: OpenAPIObject, root: ClassType, done = new Set<ClassType>()): void {
  if (done.has(root)) return;
  done.add(root);
  const schema = (document.components?.schemas as Record<string, Schema> | undefined)?.[root.name];
  if (schema) constrainComponent(schema, root);
  for (const nested of nestedClasses(root)) constrainRequestComponents(document, nested, done);
}
