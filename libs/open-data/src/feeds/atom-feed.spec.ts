import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildAtomFeed } from './atom-feed';

describe('Atom feed', () => {
  it('stays well-formed whatever the text holds, and dates the feed by its newest entry', () => {
    const xml = buildAtomFeed({
      id: 'https://example.test/recherche.atom',
      title: 'Recherche « a & b »',
      selfUrl: 'https://example.test/recherche.atom?q=a&lang=fr',
      htmlUrl: 'https://example.test/recherche?q=a',
      language: 'fr',
      entries: [1, 2].map((n) => ({
        id: `urn:uuid:0000000${n}-0000-4000-8000-000000000000`,
        title: `Titre ]]> <b>${n}</b> \u0000\u0007 \uD800 fin`,
        url: `https://example.test/offres/${n}`,
        updated: new Date(`2030-01-0${n}T00:00:00Z`),
        summary: 'Résumé & <i>balises</i>',
        author: { name: 'Org <x>', url: 'https://example.test/organisations/org' },
        categories: [{ term: 'grant', label: 'Subvention & co' }],
      })),
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.updated).toBe('2030-01-02T00:00:00.000Z');
    expect(feed['@_xml:lang']).toBe('fr');
    expect(feed.entry[0].title['#text']).toBe('Titre ]]&gt; &lt;b&gt;1&lt;/b&gt;   fin');
    expect(feed.entry[0].author.name).toBe('Org <x>');
  });
});
