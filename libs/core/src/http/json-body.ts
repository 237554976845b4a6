import { AppError } from '../errors/app-error';
import type { MessageParams } from '../i18n/messages';

/** Deeper JSON is refused before parsing: no payload of ours nests past a handful of levels. */
export const MAX_JSON_DEPTH = 32;

/** 400 `CORE.INVALID_JSON`, with the reason for people and for programs. */
export class InvalidJsonError extends AppError {
  constructor(
    rule: 'jsonSyntax' | 'jsonDepth' | 'jsonForbiddenKey',
    reason: string,
    params: MessageParams = {},
  ) {
    super('validation', 'CORE.INVALID_JSON', reason, {
      violations: [{ field: 'body', rule, message: reason, params }],
      params: { rule, ...params },
    });
  }
}

/**
 * How deep the brackets of a JSON text nest, stopping as soon as `limit` is passed. One pass
 * over the bytes without building anything: a 5,000-level body used to overflow the stack of
 * the code walking the parsed value, and blocked the event loop while it did.
 */
export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * The JSON body of a request: bounded depth, then JSON.parse. Keys that would replace a
 * prototype once the value is copied (`__proto__`, `constructor.prototype`) are refused, as
 * Fastify's own parser does. Errors are 400 problem+json naming the rule.
 */
export function parseJsonBody(text: string, limit = MAX_JSON_DEPTH): unknown {
  if (text.trim() === '')
    throw new InvalidJsonError('jsonSyntax', 'The body is empty but Content-Type says JSON.', {
      empty: 'yes',
    });
  if (jsonDepthExceeds(text, limit))
    throw new InvalidJsonError(
      'jsonDepth',
      `The JSON body nests deeper than ${limit} levels of objects and arrays.`,
      { limit },
    );
  // The reviver costs a call per value: only when a dangerous key may be there.
  const suspicious = text.includes('__proto__') || text.includes('constructor');
  try {
    return suspicious ? JSON.parse(text, refusePrototypeKeys) : JSON.parse(text);
  } catch (error) {
    if (error instanceof InvalidJsonError) throw error;
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new InvalidJsonError('jsonSyntax', `The body is not valid JSON: ${reason}.`, { reason });
  }
}

function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (
    key === '__proto__' ||
    (key === 'constructor' &&
      typeof value === 'object' &&
      value !== null &&
      Object.hasOwn(value, 'prototype'))
  )
    throw new InvalidJsonError('jsonForbiddenKey', `The JSON body holds the key "${key}".`, {
      key,
    });
  return value;
}
