// Time to render one e-mail (HTML + text) with the shared MJML layout, after `npm run build`:
// `node bench/mail/render.mjs`. Prints the first e-mail (loading MJML, compiling the layout),
// the steady cost per e-mail, and what compiling the whole MJML per e-mail would cost instead.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { deadlineReminderMail } = require('../../dist/libs/entrepreneur-profile/src/index.js');

const input = (i) => ({
  offerTitle: `Bourse d’amorçage ${i}`,
  organisationName: 'Fonds Kora',
  deadline: '2026-12-31',
  daysLeft: 3,
  offerUrl: 'https://passerelle.test/offres/bourse',
  stopOfferUrl: 'https://passerelle.test/rappels/arreter?token=offer',
  stopAllUrl: 'https://passerelle.test/rappels/arreter?token=all',
});

let start = performance.now();
await deadlineReminderMail('a@example.test', 'ar', input(0));
const firstMs = performance.now() - start;

const N = 2000;
start = performance.now();
for (let i = 0; i < N; i++) await deadlineReminderMail('a@example.test', 'ar', input(i));
const perMail = (performance.now() - start) / N;

// The layout itself compiled by MJML each time (what a per-e-mail compile would cost).
const mjml = require('mjml');
const { layoutSource } = require('../../dist/libs/core/src/mail/mail-renderer.js');
const source = layoutSource('ar', true);
const M = 50;
start = performance.now();
for (let i = 0; i < M; i++) await mjml(source, { validationLevel: 'strict' });
const perCompile = (performance.now() - start) / M;

console.log(`first e-mail (load MJML, compile the layout): ${firstMs.toFixed(0)} ms`);
console.log(`per e-mail, layout compiled once (HTML + text): ${perMail.toFixed(2)} ms`);
console.log(`per e-mail if MJML compiled each one: ${perCompile.toFixed(1)} ms`);
