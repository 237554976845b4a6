import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailedError } from '../errors/app-error';

/** `@Param('id', UuidParam('id'))`: a malformed id is a 400 naming the parameter, not a 500. */
export function UuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new ValidationFailedError([
        { field: name, rule: 'isUuid', message: `${name} must be a UUID` },
      ]),
  });
}
