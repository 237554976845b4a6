import { isCountableVisit } from './countable-visit';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

describe('isCountableVisit', () => {
  it('counts a browser GET', () => {
    expect(isCountableVisit({ method: 'GET', headers: { 'user-agent': FIREFOX } })).toBe(true);
  });

  it('does not count crawlers, missing agents or HEAD requests', () => {
    expect(isCountableVisit({ method: 'GET', headers: { 'user-agent': GOOGLEBOT } })).toBe(false);
    expect(isCountableVisit({ method: 'GET', headers: { 'user-agent': 'curl/8.5.0' } })).toBe(
      false,
    );
    expect(isCountableVisit({ method: 'GET', headers: {} })).toBe(false);
    expect(isCountableVisit({ method: 'HEAD', headers: { 'user-agent': FIREFOX } })).toBe(false);
  });

  it('does not count prefetches and previews', () => {
    for (const headers of [
      { 'sec-purpose': 'prefetch' },
      { 'sec-purpose': 'prefetch;prerender' },
      { purpose: 'prefetch' },
      { 'x-moz': 'prefetch' },
      { 'x-purpose': 'preview' },
    ])
      expect(
        isCountableVisit({ method: 'GET', headers: { 'user-agent': FIREFOX, ...headers } }),
      ).toBe(false);
  });
});
