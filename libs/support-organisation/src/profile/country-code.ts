import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCountryCode } from '@app/core';

export { isCountryCode };

/** class-validator rule `isCountryCode` (ISO 3166-1 alpha-2, upper case); `{ each: true }` for arrays. */
export function IsCountryCode(options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName,
      options: {
        message: options.each
          ? `${propertyName} must contain only ISO 3166-1 alpha-2 country codes (such as SN or FR)`
          : `${propertyName} must be an ISO 3166-1 alpha-2 country code (such as SN or FR)`,
        ...options,
      },
      validator: { validate: (value: unknown) => isCountryCode(value) },
    });
}
