import { jsonLdScriptContent, offerJsonLd } from './structured-data';

describe('JSON-LD', () => {
  it('cannot close its script element, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- \u2028 \u2029' };
    const text = jsonLdScriptContent(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('says price 0 for a free service, the price in major units when paid, nothing on application', () => {
    const base = {
      name: 'Offre',
      url: 'https://example.test/offres/offre',
      inLanguage: 'fr',
      provider: { name: 'Org', url: 'https://example.test/organisations/org', kind: 'ngo' },
      areaServed: [],
      availableLanguages: [],
    };
    expect(offerJsonLd({ ...base, cost: { type: 'free' } }).offers).toEqual({
      '@type': 'Offer',
      price: 0,
      url: base.url,
    });
    expect(
      offerJsonLd({
        ...base,
        cost: { type: 'paid', amountMinor: 2_500_000, currency: 'XOF', minorDigits: 0 },
        deadline: '2030-01-31',
      }).offers,
    ).toEqual({
      '@type': 'Offer',
      price: 2_500_000,
      priceCurrency: 'XOF',
      url: base.url,
      validThrough: '2030-01-31T23:59:59Z',
    });
    expect(offerJsonLd({ ...base, cost: { type: 'on_application' } }).offers).toBeUndefined();
    expect(offerJsonLd({ ...base, cost: { type: 'free' } })['@type']).toBe('Service');
    expect(
      offerJsonLd({
        ...base,
        provider: { ...base.provider, kind: 'public_agency' },
        cost: { type: 'free' },
      })['@type'],
    ).toBe('GovernmentService');
  });
});
