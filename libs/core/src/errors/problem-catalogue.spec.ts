import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../i18n/locale';
import { messageText } from '../i18n/messages';
import { InvalidJsonError, parseJsonBody } from '../http/json-body';
import { AppError, ValidationFailedError } from './app-error';
import { uncatalogued } from './problem-details';

const ROOT = path.resolve(__dirname, '../../../..');

/** The sources of apps and libs (specs left out), by path from the repository's root. */
function sources(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'testing') walk(file);
      } else if (/\.ts$/.test(entry.name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name)) {
        found.set(path.relative(ROOT, file), readFileSync(file, 'utf8'));
      }
    }
  };
  for (const top of ['apps', 'libs']) walk(path.join(ROOT, top));
  return found;
}

/** Every `'SECTION.CODE'` literal in the sources, with the first file naming it. */
function codesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const [file, text] of sources()) {
    for (const [, code] of text.matchAll(/'([A-Z_]+\.[A-Z_]+)'/g)) {
      if (!found.has(code)) found.set(code, file);
    }
  }
  return found;
}

describe('the problem catalogue', () => {
  it('has a detail, in every language, for every error code in the sources', () => {
    const codes = codesInSources();
    expect(codes.size).toBeGreaterThanOrEqual(70);
    const missing = [...codes]
      .filter(([code]) => LOCALES.some((l) => !messageText(l, 'problem', `detail.${code}`)))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('says, word for word, every constant English sentence thrown with a code', () => {
    const errors: AppError[] = [];
    for (const text of sources().values()) {
      for (const [, code, message] of text.matchAll(/'([A-Z_]+\.[A-Z_]+)',\s*'([^'\\]*)'/g)) {
        errors.push(new AppError('conflict', code, message));
      }
    }
    expect(errors.length).toBeGreaterThanOrEqual(40);
    // Sentences picked by a param the scan cannot see: checked with it.
    const withParams: Record<string, Record<string, string>> = {
      'No such organisation among yours.': { scope: 'yours' },
      'A reason is required for this decision.': { reason: 'decision' },
    };
    expect(
      uncatalogued(
        errors.map((e) =>
          withParams[e.message]
            ? new AppError('conflict', e.code, e.message, { params: withParams[e.message] })
            : e,
        ),
      ),
    ).toEqual([]);
  });

  it('says the core errors’ own English sentences, so they translate', () => {
    const thrown = (body: string) => {
      try {
        parseJsonBody(body, 3);
      } catch (error) {
        return error as InvalidJsonError;
      }
      throw new Error('parsed');
    };
    expect(
      uncatalogued([
        new ValidationFailedError([]),
        thrown(' '),
        thrown('[[[[1]]]]'),
        thrown('{"a": '),
        thrown('{"__proto__": {}}'),
      ]),
    ).toEqual([]);
  });
});
