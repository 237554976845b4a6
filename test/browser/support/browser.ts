import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { RESULTS_DIR, safeName } from './platform';

// Debian's chromium driven by playwright-core (no browser download). On this closed network
// the background-networking flags keep Chromium from stalling on update and sync requests.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface NewPageOptions {
  /** navigator.language and Accept-Language; default `fr-FR`. */
  readonly locale?: string;
  /** false: the page runs no script of its own (progressive-enhancement checks); default true. */
  readonly javaScriptEnabled?: boolean;
  /** Default 1280×800; `{ width: 375, height: 812 }` for a phone. */
  readonly viewport?: { width: number; height: number };
  /** Lets `page.goto('/path')` work, e.g. `platform.baseUrl`. */
  readonly baseURL?: string;
  /** Default `Europe/Paris`. */
  readonly timezoneId?: string;
}

// One browser per test file (Jest gives each file its own module registry), launched on the
// first newPage(); every page gets its own context (fresh cookies and storage).
// Importing this module registers two hooks in the importing test file:
//   afterEach — fails the test on an uncaught page error or a Content-Security-Policy
//               violation in any page it opened, then closes those pages;
//   afterAll  — closes the browser.
let browser: Promise<Browser> | undefined;
const openContexts = new Set<BrowserContext>();
const noScriptContexts = new WeakSet<BrowserContext>();

export async function newPage(options: NewPageOptions = {}): Promise<Page> {
  browser ??= launchChromium();
  const context = await (
    await browser
  ).newContext({
    locale: options.locale ?? 'fr-FR',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    baseURL: options.baseURL,
    timezoneId: options.timezoneId ?? 'Europe/Paris',
    reducedMotion: 'reduce',
  });
  openContexts.add(context);
  if (options.javaScriptEnabled === false) noScriptContexts.add(context);
  context.on('page', (p) => watch(p)); // popups too
  const page = await context.newPage();
  watch(page);
  return page;
}

afterEach(async () => {
  const contexts = [...openContexts];
  openContexts.clear();
  const problems = contexts.flatMap((c) => c.pages().flatMap((p) => pageProblems(p).list()));
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  if (problems.length)
    throw new Error(`The browser reported ${problems.length} problem(s):\n${problems.join('\n')}`);
});

afterAll(async () => {
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
});

// ---------------------------------------------------------------------------------------------
// Page errors and Content-Security-Policy violations

export interface PageProblems {
  /** Uncaught page errors and CSP violations seen so far, minus allowed ones. */
  list(): string[];
  /** Stops reporting messages matching `pattern` (for a test that provokes one on purpose). */
  allow(pattern: RegExp): void;
  clear(): void;
}

const watched = new WeakMap<Page, PageProblems>();
const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/** The problems collected on `page` (every page from newPage() is watched from its start). */
export function pageProblems(page: Page): PageProblems {
  return watched.get(page) ?? watch(page);
}

/** Fails now, rather than after the test, if the page reported a problem. */
export function expectNoPageProblems(page: Page): void {
  const problems = pageProblems(page).list();
  if (problems.length)
    throw new Error(`The page reported ${problems.length} problem(s):\n${problems.join('\n')}`);
}

function watch(page: Page): PageProblems {
  const existing = watched.get(page);
  if (existing) return existing;
  let seen: string[] = [];
  const allowed: RegExp[] = [];
  const where = () => {
    const url = page.url();
    return url === 'about:blank' ? '' : ` (${url})`;
  };
  page.on('pageerror', (error) =>
    seen.push(`page error${where()}: ${error.stack ?? error.message}`),
  );
  page.on('crash', () => seen.push(`page crashed${where()}`));
  page.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) seen.push(`CSP violation${where()}: ${message.text()}`);
  });
  const problems: PageProblems = {
    list: () => seen.filter((p) => !allowed.some((a) => a.test(p))),
    allow: (pattern) => void allowed.push(pattern),
    clear: () => void (seen = []),
  };
  watched.set(page, problems);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Accessibility (axe-core)

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface A11yViolation {
  readonly id: string;
  readonly impact: Impact | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: ReadonlyArray<{ target: string[]; html: string; failureSummary?: string }>;
}

export interface A11yOptions {
  /** CSS selectors left out of the check (e.g. a third-party widget). */
  readonly exclude?: string[];
  /** axe rule ids not run, e.g. `['color-contrast']` — say why next to the call. */
  readonly disableRules?: string[];
  /** Impacts that fail the check; default serious and critical. */
  readonly failOn?: Impact[];
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now, and throws a readable
 * list when any violation has a failing impact (serious or critical by default). Resolves with
 * every violation found, failing or not. axe is injected with page.evaluate, which the page's
 * Content-Security-Policy does not apply to (a <script> tag would be refused).
 */
export async function checkA11y(
  page: Page,
  label: string,
  options: A11yOptions = {},
): Promise<A11yViolation[]> {
  return runAxe(page, label, options);
}

async function runAxe(page: Page, label: string, options: A11yOptions): Promise<A11yViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe);
  if (loaded === 'undefined') await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, exclude, disableRules, noScript }) => {
      type AxeNode = { target: Array<string | string[]>; html: string; failureSummary?: string };
      type AxeResult = Omit<A11yViolation, 'nodes'> & { nodes: AxeNode[] };
      type AxeRun = (context: unknown, options: unknown) => Promise<{ violations: AxeResult[] }>;
      type Timers = { setTimeout: Function; clearTimeout: Function };
      const page = globalThis as unknown as Timers & { axe: { run: AxeRun }; document: unknown };
      // With javaScriptEnabled: false, page.evaluate still runs and promises settle, but timers
      // never fire, and axe.run schedules its steps with setTimeout(…, 0): those become
      // microtasks for the check; longer ones are axe's time-outs (iframes, preloading), left
      // unfired. The page's own scripts never ran, so nothing of the page's uses the stand-in.
      const real: Timers = { setTimeout: page.setTimeout, clearTimeout: page.clearTimeout };
      if (noScript) {
        const cancelled = new Set<number>();
        let last = 0;
        page.setTimeout = (fn: Function, delay?: number, ...args: unknown[]) => {
          const id = ++last;
          if (!delay || delay <= 0)
            void Promise.resolve().then(() => cancelled.has(id) || fn(...args));
          return id;
        };
        page.clearTimeout = (id: number) => cancelled.add(id);
      }
      let result: { violations: AxeResult[] };
      try {
        result = await page.axe.run(
          exclude.length ? { exclude: exclude.map((s) => [s]) } : page.document,
          {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
            rules: Object.fromEntries(disableRules.map((id) => [id, { enabled: false }])),
          },
        );
      } finally {
        Object.assign(page, real);
      }
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))),
          html: n.html,
          failureSummary: n.failureSummary,
        })),
      }));
    },
    {
      tags: WCAG_TAGS,
      exclude: options.exclude ?? [],
      disableRules: options.disableRules ?? [],
      noScript: noScriptContexts.has(page.context()),
    },
  );
  const failOn = options.failOn ?? ['serious', 'critical'];
  const failing = violations.filter((v) => v.impact && failOn.includes(v.impact));
  if (failing.length) {
    throw new Error(
      `Accessibility: ${failing.length} ${failOn.join('/')} WCAG A/AA violation(s) on "${label}" (${page.url()}):\n` +
        failing.map(describeViolation).join('\n'),
    );
  }
  return violations;
}

function describeViolation(v: A11yViolation): string {
  const shown = v.nodes
    .slice(0, 3)
    .map((n) => `      ${n.target.join(', ')}   ${n.html.replace(/\s+/g, ' ').slice(0, 120)}`);
  if (v.nodes.length > shown.length)
    shown.push(`      … and ${v.nodes.length - shown.length} more`);
  return `  - ${v.id} [${v.impact}] ${v.help}\n      ${v.helpUrl}\n${shown.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** Saves a full-page PNG as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${safeName(name)}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
