import type { Page } from 'playwright-core';
import { checkA11y, newPage, screenshot } from './support/browser';
import { usePlatform } from './support/platform';

// Issue 14 in a real browser: the demo organisation member reads the dashboard, the offer list
// and the offer editor in Arabic and in Portuguese (axe passes, screenshots are saved), and a
// Latin offer title with a number keeps its own word order on an Arabic page.
// (test/e2e/portal/organisation-languages.e2e-spec.ts checks the words of every page.)

const MEMBER = { email: 'organisation@passerelle.demo', password: 'Passerelle-demo-2026' };
const LATIN_TITLE = 'Programme Kenya 2027';

const PAGES = [
  { path: '/espace', name: 'dashboard' },
  { path: '/espace/offres', name: 'offers' },
  { path: '/espace/offres/nouvelle', name: 'offer-editor' },
] as const;

describe('organisation space in Arabic and Portuguese (issue 14)', () => {
  const platform = usePlatform();
  let latinOfferId = '';

  /** The demo member signed in through the API (cookies for the pages, a token for the API). */
  async function signedIn(): Promise<{ page: Page; token: string }> {
    const page = await newPage({ baseURL: platform.baseUrl });
    const res = await page.request.post('/api/v1/auth/sign-in', { data: MEMBER });
    expect(res.status()).toBe(200);
    return { page, token: (await res.json()).accessToken as string };
  }

  beforeAll(async () => {
    const { page, token } = await signedIn();
    const headers = { authorization: `Bearer ${token}` };
    const mine = await (await page.request.get('/api/v1/organisations/mine', { headers })).json();
    const created = await page.request.post(`/api/v1/organisations/${mine[0].id}/offers`, {
      headers,
      data: {
        translations: {
          fr: {
            title: LATIN_TITLE,
            summary: 'Un programme d’accélération pour les projets tournés vers le Kenya.',
            description:
              'Six mois d’accompagnement, des rencontres avec des investisseurs à Nairobi et un atelier export.',
          },
        },
        categoryCode: 'grant',
        sectorCodes: [],
        stageCodes: [],
        eligibility: {
          residenceCountries: [],
          targetCountries: ['KE'],
          diasporaOnly: false,
          genderFocus: 'any',
        },
        deliveryLanguages: ['fr'],
        format: 'online',
        cost: { type: 'free' },
        dates: { rolling: true },
        apply: { url: 'https://example.org/kenya' },
        tags: [],
      },
    });
    expect([created.status(), await created.text()]).toEqual([201, expect.any(String)]);
    latinOfferId = (await created.json()).id;
    await page.context().close();
  });

  it.each([
    { lang: 'ar', dir: 'rtl' },
    { lang: 'pt', dir: 'ltr' },
  ])('$lang: dashboard, offer list and editor pass axe', async ({ lang, dir }) => {
    const { page } = await signedIn();
    for (const { path, name } of PAGES) {
      await page.goto(`${path}?lang=${lang}`);
      await page.locator('h1').first().waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      // The layout really runs right to left in Arabic, not only the attribute.
      const direction = await page.evaluate<string>('getComputedStyle(document.body).direction');
      expect(direction).toBe(dir);
      await checkA11y(page, `${name} (${lang})`);
      await screenshot(page, `organisation-${lang}-${name}`);
    }
  });

  it('ar: a Latin title with a number keeps its word order', async () => {
    const { page } = await signedIn();
    await page.goto(`/espace/offres/${latinOfferId}?lang=ar`);
    const heading = page.locator('h1');
    await heading.waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect((await heading.innerText()).trim()).toBe(LATIN_TITLE);
    expect(await wordsLeftToRight(page, 'h1', ['Programme', 'Kenya', '2027'])).toBe(true);
    await screenshot(page, 'organisation-ar-latin-title');

    // The same title in the offer list, inside a table cell of a right-to-left page.
    await page.goto('/espace/offres?state=draft&lang=ar');
    const link = page.locator(`a[href="/espace/offres/${latinOfferId}"]`);
    await link.waitFor();
    expect(
      await wordsLeftToRight(page, `a[href="/espace/offres/${latinOfferId}"]`, [
        'Programme',
        'Kenya',
        '2027',
      ]),
    ).toBe(true);
  });
});

/**
 * Whether `words` appear from left to right on screen inside the element: each word's box
 * (Range.getBoundingClientRect on its characters) starts right of the previous word's end.
 */
async function wordsLeftToRight(page: Page, selector: string, words: string[]): Promise<boolean> {
  // A string, run in the page (this project's TypeScript has no DOM types).
  const boxes = await page.evaluate<Array<{ left: number; right: number } | null>>(`(() => {
    const root = document.querySelector(${JSON.stringify(selector)});
    const words = ${JSON.stringify(words)};
    const found = new Map();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of words) {
        const at = node.textContent.indexOf(word);
        if (at < 0 || found.has(word)) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const box = range.getBoundingClientRect();
        found.set(word, { left: box.left, right: box.right });
      }
    }
    return words.map((w) => found.get(w) || null);
  })()`);
  if (boxes.some((b) => !b)) throw new Error(`not all of ${words.join(', ')} in ${selector}`);
  return boxes.every((box, i) => i === 0 || box!.left >= boxes[i - 1]!.right);
}
