import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';

/** Formatting that sits inside a run of text without starting a new one. */
const INLINE = new Set(['MARK', 'INS', 'DEL', 'STRONG', 'EM', 'B', 'I']);
const TYPED = new Set(['', 'text', 'search']);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The places of a page where a person's words (recognised by `marker`, which starts every
 * piece of test content) are printed without their own direction: a Latin title in an Arabic page must
 * sit in an element with `dir` (`auto`) whose whole text is that title, or in a <bdi>; an
 * input, a textarea or an option holding it needs `dir` too. Returns a snippet per place.
 */
export function undirectedUserContent(html: string, marker: string): string[] {
  const root = parse(html, { comment: false });
  const body = root.querySelector('body') ?? root;
  const found: string[] = [];
  const wanted = marker.toLowerCase();
  const hasDir = (e: HTMLElement) => e.tagName === 'BDI' || e.hasAttribute('dir');

  const visit = (node: Node) => {
    if (node instanceof TextNode) {
      if (node.rawText.toLowerCase().includes(wanted)) check(node);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
    const typed =
      (node.tagName === 'INPUT' && TYPED.has(node.getAttribute('type') ?? '')) ||
      node.tagName === 'TEXTAREA';
    const holds =
      node.tagName === 'INPUT'
        ? (node.getAttribute('value') ?? '').toLowerCase().includes(wanted)
        : node.textContent.toLowerCase().includes(wanted);
    if ((typed || node.tagName === 'OPTION') && holds) {
      if (!hasDir(node)) found.push(node.toString().slice(0, 160));
      return;
    }
    for (const child of node.childNodes) visit(child);
  };

  const check = (text: TextNode) => {
    // A web address (the printed link of a page) is not a person's words.
    if (/^https?:\/\//.test(squash(text.rawText))) return;
    let start = text.parentNode as HTMLElement | null;
    while (start && INLINE.has(start.tagName) && !hasDir(start))
      start = start.parentNode as HTMLElement | null;
    if (!start) return;
    // Inside a <bdi>: isolated, whatever surrounds it (sentences quoting a name or a title).
    for (let e = text.parentNode as HTMLElement | null; e; e = e.parentNode as HTMLElement | null)
      if (e.tagName === 'BDI') return;
    // Test content starts with the marker: words before it are interface text in the same run.
    const alone = squash(text.rawText)
      .replace(/^[\p{P}\s]+/u, '')
      .toLowerCase()
      .startsWith(wanted);
    const run = squash(start.textContent);
    // Up from the element holding the words, while it holds nothing else.
    for (let e: HTMLElement | null = start; alone && e; e = e.parentNode as HTMLElement | null) {
      if (squash(e.textContent) !== run) break;
      if (hasDir(e)) return;
    }
    found.push(`${start.tagName.toLowerCase()}: ${squash(start.toString()).slice(0, 160)}`);
  };

  visit(body);
  return found;
}
