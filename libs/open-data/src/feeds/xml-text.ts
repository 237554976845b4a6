import { escapeHtml } from '@app/core';

/**
 * Characters XML 1.0 forbids anywhere (C0 controls but tab, LF and CR; lone surrogates;
 * U+FFFE/U+FFFF). One of them in a title would make the whole feed unreadable.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding these characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text an organisation wrote, made safe for an XML document. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Plain text for an Atom `type="html"` element: the element holds HTML, so the text is
 * HTML-escaped first and a title "<b>" shows as the four characters, never as markup.
 */
export function htmlOfText(text: string): string {
  return escapeHtml(xmlText(text));
}
