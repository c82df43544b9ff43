import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** The name a rule was registered under: built-in and custom rules alike keep it on the metadata or its constraint class. */
export function ruleName(metadata: ValidationMetadata): string | undefined {
  if (metadata.name) return metadata.name;
  const constraint = metadata.constraintCls ? getMetadataStorage().getTargetValidatorConstraints(metadata.constraintCls)[0] : undefined;
  return constraint?.name ?? undefined;
}
