import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import {
  AppError,
  toViolations,
  VALIDATOR_OPTIONS,
  violationMessage,
  type FieldViolation,
} from '@app/core';
import type { Translate } from './i18n';

/** A form body as Fastify parses it: repeated names become arrays. */
export type FormBody = Record<string, string | string[] | undefined>;

export function asForm(body: unknown): FormBody {
  return body && typeof body === 'object' ? (body as FormBody) : {};
}

/** One text value, trimmed; the first when the name is repeated. */
export function text(form: FormBody, name: string): string {
  const value = form[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}

/** Text or undefined when left empty (optional fields of the API's DTOs). */
export function optionalText(form: FormBody, name: string): string | undefined {
  const value = text(form, name);
  return value === '' ? undefined : value;
}

/** Every value of a repeated field (checkboxes, multi-selects), empty ones dropped. */
export function list(form: FormBody, name: string): string[] {
  const value = form[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

export function checked(form: FormBody, name: string): boolean {
  return list(form, name).length > 0;
}

/** A number, or undefined when empty; NaN stays NaN so the DTO rule reports it. */
export function optionalNumber(form: FormBody, name: string): number | undefined {
  const value = text(form, name);
  return value === '' ? undefined : Number(value.replace(',', '.').replace(/\s/g, ''));
}

/**
 * Validates a plain object with the API's own DTO class and options, so a page shows
 * exactly the rules (and sentences) the JSON API would answer with.
 */
export async function validateWith<T extends object>(
  dto: ClassConstructor<T>,
  plain: Record<string, unknown>,
): Promise<{ value: T; violations: FieldViolation[] }> {
  const value = plainToInstance(dto, plain, { enableImplicitConversion: false });
  const errors = await validate(value, VALIDATOR_OPTIONS);
  return { value, violations: toViolations(errors) };
}

/** The violations of a validation error thrown by a lib service, else undefined. */
export function violationsOf(error: unknown): readonly FieldViolation[] | undefined {
  return error instanceof AppError && error.kind === 'validation'
    ? (error.extra.violations ?? [])
    : undefined;
}

/** Field errors as a page shows them: next to each field and in a summary at the top. */
export class FormErrors {
  private readonly byField = new Map<string, string[]>();

  constructor(
    readonly violations: readonly FieldViolation[] = [],
    t?: Translate,
  ) {
    for (const violation of violations) {
      const message = t ? localiseViolation(violation, t) : violation.message;
      const messages = this.byField.get(violation.field) ?? [];
      if (!messages.includes(message)) messages.push(message);
      this.byField.set(violation.field, messages);
    }
  }

  get any(): boolean {
    return this.violations.length > 0;
  }

  /** Messages for a field and, with a trailing `.`, for everything under it. */
  for(field: string): string[] {
    if (!field.endsWith('.')) return this.byField.get(field) ?? [];
    return [...this.byField].filter(([name]) => name.startsWith(field)).flatMap(([, m]) => m);
  }

  /** [{ field, id, message }] for the summary; `id` is the field's element id. */
  summary(): { field: string; id: string; message: string }[] {
    return [...this.byField].flatMap(([field, messages]) =>
      messages.map((message) => ({ field, id: fieldId(field), message })),
    );
  }
}

/** The element id of a field, shared by labels, error links and aria-describedby. */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * The page's sentence for the rule (`rule.<field>.<rule>`, then `rule.<rule>`), else what the
 * API answers in that language: the rule's sentence with its values from the `problem`
 * section of the same catalogues, or in English the API's own sentence.
 */
export function localiseViolation(
  violation: Pick<FieldViolation, 'field' | 'rule' | 'message'>,
  t: Translate,
): string {
  for (const key of [`rule.${violation.field}.${violation.rule}`, `rule.${violation.rule}`]) {
    const text = t(key);
    if (text !== key) return text;
  }
  return t.locale ? violationMessage(violation, t.locale) : violation.message;
}
