/**
 * The part of Meilisearch's filter language the fake server needs, parsed the way Meilisearch's
 * filter-parser does (crates/filter-parser): quoted values end at the first unescaped quote,
 * then `\"` becomes `"` and backslash sequences are unescaped (`\\` → `\`). A value escaped
 * wrongly by the adapter either fails to parse here or compares unequal to the document's.
 */

export type Operator =
  '=' | '!=' | '>' | '>=' | '<' | '<=' | 'IN' | 'NOT IN' | 'EXISTS' | 'NOT EXISTS';

export interface Condition {
  readonly attribute: string;
  readonly operator: Operator;
  readonly values: readonly string[];
}

export type FilterNode =
  | { readonly and: FilterNode[] }
  | { readonly or: FilterNode[] }
  | { readonly not: FilterNode }
  | { readonly condition: Condition };

export class FilterSyntaxError extends Error {}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'quoted'; text: string }
  | { kind: 'punct'; text: string };

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'IN', 'TO', 'EXISTS', 'IS', 'NULL', 'EMPTY']);
const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  "'": "'",
  '/': '/',
  n: '\n',
  r: '\r',
  t: '\t',
  '0': '\0',
};

function unescapeValue(raw: string, quote: string): string {
  const once = raw.split(`\\${quote}`).join(quote);
  let out = '';
  for (let i = 0; i < once.length; i++) {
    if (once[i] !== '\\') {
      out += once[i];
      continue;
    }
    const next = once[++i];
    if (next === undefined || !(next in SIMPLE_ESCAPES)) {
      throw new FilterSyntaxError(`malformed escape in value ${JSON.stringify(raw)}`);
    }
    out += SIMPLE_ESCAPES[next];
  }
  return out;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
    } else if ('()[],'.includes(c)) {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else if ('!<>='.includes(c)) {
      const two = input.slice(i, i + 2);
      const op = ['!=', '>=', '<='].includes(two) ? two : c;
      if (op === '!') throw new FilterSyntaxError(`unexpected "!" at ${i}`);
      tokens.push({ kind: 'punct', text: op });
      i += op.length;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < input.length && input[j] !== c) {
        if (input[j] === '\\') {
          if (j + 1 >= input.length) throw new FilterSyntaxError('dangling backslash');
          j++;
        }
        j++;
      }
      if (j >= input.length) throw new FilterSyntaxError(`unclosed ${c} at ${i}`);
      tokens.push({ kind: 'quoted', text: unescapeValue(input.slice(i + 1, j), c) });
      i = j + 1;
    } else {
      const word = /^[\p{L}\p{N}_.-]+/u.exec(input.slice(i));
      if (!word) throw new FilterSyntaxError(`unexpected ${JSON.stringify(c)} at ${i}`);
      tokens.push({ kind: 'word', text: word[0] });
      i += word[0].length;
    }
  }
  return tokens;
}

export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  let at = 0;
  const peek = () => tokens[at];
  const isWord = (text: string) => peek()?.kind === 'word' && peek()?.text === text;
  const expect = (text: string) => {
    if (peek()?.text !== text) throw new FilterSyntaxError(`expected "${text}" at token ${at}`);
    at++;
  };
  const value = (): string => {
    const token = tokens[at++];
    if (!token || token.kind === 'punct' || (token.kind === 'word' && KEYWORDS.has(token.text))) {
      throw new FilterSyntaxError(`expected a value at token ${at - 1}`);
    }
    return token.text;
  };
  const list = (): string[] => {
    expect('[');
    const values = [value()];
    while (peek()?.text === ',') {
      at++;
      values.push(value());
    }
    expect(']');
    return values;
  };
  const condition = (): FilterNode => {
    const attribute = value();
    if (isWord('IN')) {
      at++;
      return { condition: { attribute, operator: 'IN', values: list() } };
    }
    if (isWord('NOT')) {
      at++;
      if (isWord('IN')) {
        at++;
        return { condition: { attribute, operator: 'NOT IN', values: list() } };
      }
      expect('EXISTS');
      return { condition: { attribute, operator: 'NOT EXISTS', values: [] } };
    }
    if (isWord('EXISTS')) {
      at++;
      return { condition: { attribute, operator: 'EXISTS', values: [] } };
    }
    const op = peek();
    if (op?.kind !== 'punct' || !['=', '!=', '>', '>=', '<', '<='].includes(op.text)) {
      throw new FilterSyntaxError(`expected an operator after ${attribute}`);
    }
    at++;
    return { condition: { attribute, operator: op.text as Operator, values: [value()] } };
  };
  const primary = (): FilterNode => {
    if (isWord('NOT')) {
      at++;
      return { not: primary() };
    }
    if (peek()?.text === '(') {
      at++;
      const inner = or();
      expect(')');
      return inner;
    }
    return condition();
  };
  const and = (): FilterNode => {
    const parts = [primary()];
    while (isWord('AND')) {
      at++;
      parts.push(primary());
    }
    return parts.length === 1 ? parts[0] : { and: parts };
  };
  const or = (): FilterNode => {
    const parts = [and()];
    while (isWord('OR')) {
      at++;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0] : { or: parts };
  };
  const tree = or();
  if (at !== tokens.length) throw new FilterSyntaxError(`unexpected token ${at}: ${peek()?.text}`);
  return tree;
}

/** The array form: elements are ANDed, nested arrays ORed. */
export function parseFilterParam(filter: unknown): FilterNode | undefined {
  if (filter === undefined || filter === null) return undefined;
  if (typeof filter === 'string') return filter.trim() ? parseFilter(filter) : undefined;
  if (Array.isArray(filter)) {
    const parts = filter.map((part): FilterNode => {
      if (typeof part === 'string') return parseFilter(part);
      if (Array.isArray(part) && part.every((p) => typeof p === 'string')) {
        return { or: part.map((p) => parseFilter(p as string)) };
      }
      throw new FilterSyntaxError('filter arrays hold strings or arrays of strings');
    });
    return { and: parts };
  }
  throw new FilterSyntaxError('filter must be a string or an array');
}

export function conditionsOf(node: FilterNode | undefined): Condition[] {
  if (!node) return [];
  if ('condition' in node) return [node.condition];
  if ('not' in node) return conditionsOf(node.not);
  return ('and' in node ? node.and : node.or).flatMap(conditionsOf);
}

export const isComparison = (operator: Operator) => ['>', '>=', '<', '<='].includes(operator);

function equals(actual: unknown, expected: string): boolean {
  if (typeof actual === 'number') return expected.trim() !== '' && Number(expected) === actual;
  if (typeof actual === 'boolean') return String(actual) === expected;
  return actual === expected;
}

export function matchesFilter(
  node: FilterNode | undefined,
  document: Record<string, unknown>,
): boolean {
  if (!node) return true;
  if ('and' in node) return node.and.every((n) => matchesFilter(n, document));
  if ('or' in node) return node.or.some((n) => matchesFilter(n, document));
  if ('not' in node) return !matchesFilter(node.not, document);
  const { attribute, operator, values } = node.condition;
  const raw = document[attribute];
  const actual = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  switch (operator) {
    case 'EXISTS':
      return attribute in document;
    case 'NOT EXISTS':
      return !(attribute in document);
    case '=':
    case 'IN':
      return actual.some((a) => values.some((v) => equals(a, v)));
    case '!=':
    case 'NOT IN':
      return !actual.some((a) => values.some((v) => equals(a, v)));
    default: {
      const bound = Number(values[0]);
      if (Number.isNaN(bound)) throw new FilterSyntaxError(`${operator} needs a number`);
      return actual.some(
        (a) =>
          typeof a === 'number' &&
          (operator === '>'
            ? a > bound
            : operator === '>='
              ? a >= bound
              : operator === '<'
                ? a < bound
                : a <= bound),
      );
    }
  }
}
