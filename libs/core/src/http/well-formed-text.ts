import { ValidationFailedError, type FieldViolation } from '../errors/app-error';

/** NUL, or half of a surrogate pair: no text may hold them, and PostgreSQL refuses both. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const ILL_FORMED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Beyond this many violations the request is refused without listing more. */
const MAX_LISTED = 20;

/**
 * The fields of a request (path parameters, query, parsed body) whose text (keys included)
 * holds a NUL character or ill-formed UTF-16, as violations naming each field by its path.
 */
export function illFormedTextViolations(parts: Record<string, unknown>): FieldViolation[] {
  const out: FieldViolation[] = [];
  const visit = (value: unknown, path: string) => {
    if (out.length >= MAX_LISTED) return;
    if (typeof value === 'string') {
      if (ILL_FORMED.test(value)) out.push(violation(path || 'body'));
      return;
    }
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (ILL_FORMED.test(key)) out.push(violation(field));
      else visit(item, field);
    }
  };
  for (const value of Object.values(parts)) visit(value, '');
  return out;
}

function violation(field: string): FieldViolation {
  return {
    field,
    rule: 'wellFormedText',
    message: `${field} holds a NUL character or an unpaired surrogate (ill-formed UTF-16), which no text may contain.`,
  };
}

/** Throws a 400 naming the fields, when any text of the request is ill-formed. */
export function assertWellFormedText(parts: Record<string, unknown>): void {
  const violations = illFormedTextViolations(parts);
  if (violations.length) throw new ValidationFailedError(violations, violations[0].message);
}
