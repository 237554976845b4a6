import { Feed } from 'feed';
import { htmlOfText, xmlText } from './xml-text';

/** The Atom media type feeds are served with. */
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

export interface AtomEntry {
  /** Permanent and unique (`urn:uuid:<offer id>`): readers use it to tell new entries. */
  readonly id: string;
  readonly title: string;
  /** The offer's page (absolute). */
  readonly url: string;
  readonly updated: Date;
  readonly published?: Date;
  /** Plain text. */
  readonly summary?: string;
  readonly author: { readonly name: string; readonly url?: string };
  readonly categories: ReadonlyArray<{
    readonly term: string;
    readonly label: string;
    readonly scheme?: string;
  }>;
}

export interface AtomFeedInput {
  /** Permanent id of the feed: its own address. */
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  /** rel="self": the feed's address. */
  readonly selfUrl: string;
  /** rel="alternate": the same search as an HTML page. */
  readonly htmlUrl: string;
  readonly language: string;
  readonly rights?: string;
  readonly entries: readonly AtomEntry[];
}

/**
 * An Atom 1.0 document (RFC 4287). Titles and summaries are plain text the organisations
 * wrote: they go out as escaped HTML (`type="html"`), so markup in them is shown, not
 * interpreted, and characters XML forbids are dropped. The feed's `updated` is its newest
 * entry's, so an unchanged search gives the same document.
 */
export function buildAtomFeed(input: AtomFeedInput): string {
  const newest = input.entries.reduce<Date | undefined>(
    (latest, e) => (!latest || e.updated > latest ? e.updated : latest),
    undefined,
  );
  const feed = new Feed({
    id: input.id,
    title: xmlText(input.title),
    description: input.subtitle === undefined ? undefined : xmlText(input.subtitle),
    link: input.htmlUrl,
    feedLinks: { atom: input.selfUrl },
    language: input.language,
    updated: newest ?? new Date(0),
    generator: 'Passerelle',
    copyright: input.rights === undefined ? '' : xmlText(input.rights),
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: entry.id,
      title: htmlOfText(entry.title),
      link: entry.url,
      date: entry.updated,
      published: entry.published,
      description: entry.summary ? htmlOfText(entry.summary) : undefined,
      author: [{ name: xmlText(entry.author.name), link: entry.author.url }],
      category: entry.categories.map((c) => ({
        term: c.term,
        name: xmlText(c.label),
        scheme: c.scheme,
      })),
    });
  }
  // The writer has no xml:lang for Atom; readers use it (right-to-left Arabic, hyphenation).
  const lang = /^[a-z]{2}$/.test(input.language) ? input.language : undefined;
  const xml = feed.atom1();
  return lang ? xml.replace(ATOM_ROOT, `${ATOM_ROOT.slice(0, -1)} xml:lang="${lang}">`) : xml;
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';
