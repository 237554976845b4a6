import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailedError, type FieldViolation } from '../errors/app-error';

/** Flattens class-validator's tree into one violation per field and rule. */
export function toViolations(errors: readonly ValidationError[], parent = ''): FieldViolation[] {
  const out: FieldViolation[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      out.push(
        rule === 'whitelistValidation'
          ? {
              field,
              rule: 'unknownProperty',
              message: `${field} is not an accepted property`,
            }
          : { field, rule, message },
      );
    }
    if (error.children?.length) out.push(...toViolations(error.children, field));
  }
  return out;
}

/** Global pipe: unknown properties are refused, payloads become typed DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(toViolations(errors)),
  });
}
