import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { isCountryCode } from './countries';
import { isCurrencyCode } from './currencies';
import { isLanguageCode } from './languages';

const KINDS = {
  country: {
    check: isCountryCode,
    rule: 'isCountryCode',
    what: 'ISO 3166-1 alpha-2 country codes (such as SN or FR)',
  },
  language: {
    check: isLanguageCode,
    rule: 'isLanguageCode',
    what: 'ISO 639-1 language codes (such as fr or wo)',
  },
  currency: {
    check: isCurrencyCode,
    rule: 'isCurrencyCode',
    what: 'ISO 4217 currency codes (such as EUR or XOF)',
  },
} as const;

function codeRule(kind: keyof typeof KINDS, options: ValidationOptions = {}) {
  const { check, rule, what } = KINDS[kind];
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: rule,
      target: target.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) =>
          options.each
            ? `${args.property} must contain only ${what}`
            : `${args.property} must be one of the ${what}`,
        ...options,
      },
      // One code; a list says `{ each: true }` (class-validator then checks item by item), so
      // an array where one code is expected is refused, never taken for its items.
      validator: { validate: (value: unknown) => check(value) },
    });
}

/** class-validator rules for reference codes; they name the property and the expected standard. */
export const IsCountryCode = (options?: ValidationOptions) => codeRule('country', options);
export const IsLanguageCode = (options?: ValidationOptions) => codeRule('language', options);
export const IsCurrencyCode = (options?: ValidationOptions) => codeRule('currency', options);
