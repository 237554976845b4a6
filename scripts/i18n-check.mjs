// `npm run i18n:check`: coverage of the message catalogues per locale and section, then
// every problem (a key missing where its section is declared complete, a message that does
// not parse, arguments that differ from French). Exits 1 when there is any problem.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { coverage, catalogueProblems, LOCALES } = require(
  path.join(root, 'dist/libs/core/src/i18n/index.js'),
);

const rows = coverage();
const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('section', 14)}${pad('keys', 6)}${LOCALES.map((l) => pad(l, 16)).join('')}`);
const totals = Object.fromEntries(LOCALES.map((l) => [l, 0]));
let keys = 0;
for (const row of rows) {
  keys += row.keys;
  const cells = LOCALES.map((locale) => {
    totals[locale] += row.translated[locale];
    const percent = Math.floor((100 * row.translated[locale]) / row.keys);
    const mark = row.declared.includes(locale) ? '' : ' (fallback)';
    return pad(`${percent}%${mark}`, 16);
  });
  console.log(`${pad(row.section, 14)}${pad(row.keys, 6)}${cells.join('')}`);
}
console.log(
  `${pad('all', 14)}${pad(keys, 6)}${LOCALES.map((l) => pad(`${((100 * totals[l]) / keys).toFixed(1)}%`, 16)).join('')}`,
);

const problems = catalogueProblems();
for (const p of problems) console.log(`${p.locale} ${p.section} ${p.key}: ${p.problem}`);
console.log(problems.length === 0 ? 'No problem.' : `${problems.length} problem(s).`);
process.exitCode = problems.length === 0 ? 0 : 1;
