import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { ValidationFailedError, type FieldViolation } from '../errors/app-error';
import type { MessageParams } from '../i18n/messages';

/**
 * The names of each rule's constraint values, in class-validator's order: they become the
 * ICU arguments of the rule's sentence in the `problem` catalogue (`{min}`, `{max}`, `{values}`).
 */
const CONSTRAINT_NAMES: Readonly<Record<string, readonly string[]>> = {
  isLength: ['min', 'max'],
  minLength: ['min'],
  maxLength: ['max'],
  min: ['min'],
  max: ['max'],
  arrayMinSize: ['min'],
  arrayMaxSize: ['max'],
  isIn: ['values'],
};

/** Flattens class-validator's tree into one violation per field and rule. */
export function toViolations(errors: readonly ValidationError[], parent = ''): FieldViolation[] {
  const out: FieldViolation[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      if (rule === 'whitelistValidation') {
        out.push({
          field,
          rule: 'unknownProperty',
          message: `${field} is not an accepted property`,
        });
        continue;
      }
      const params = constraintParams(error, rule);
      out.push(params ? { field, rule, message, params } : { field, rule, message });
    }
    if (error.children?.length) out.push(...toViolations(error.children, field));
  }
  return out;
}

/** The rule's constraint values, read from the DTO's metadata (the error only has sentences). */
function constraintParams(error: ValidationError, rule: string): MessageParams | undefined {
  const names = CONSTRAINT_NAMES[rule];
  const target = error.target as object | undefined;
  if (!names || !target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === rule);
  if (!metadata?.constraints) return undefined;
  const params: Record<string, string | number> = {};
  names.forEach((name, i) => {
    const value: unknown = metadata.constraints[i];
    if (typeof value === 'number' || typeof value === 'string') params[name] = value;
    else if (Array.isArray(value)) params[name] = value.join(', ');
  });
  return params;
}

/** What class-validator is run with, by the pipe and by the portal's forms alike. */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  // The target lets toViolations read the rule's values; it never leaves toViolations.
  validationError: { target: true, value: false },
} as const;

/** Global pipe: unknown properties are refused, payloads become typed DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new ValidationFailedError(toViolations(errors)),
  });
}
