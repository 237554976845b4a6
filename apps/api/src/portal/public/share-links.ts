/** A plain link that shares an offer: no third-party script, nothing loaded before a click. */
export interface ShareLink {
  readonly service: 'email' | 'whatsapp' | 'linkedin';
  readonly href: string;
}

/**
 * Share links for a page: e-mail (RFC 6068 `mailto:`, line breaks as CRLF), WhatsApp's
 * `wa.me/?text=` and LinkedIn's `share-offsite/?url=`. Every value goes through
 * encodeURIComponent, so a title with `&`, `#` or `?` cannot cut the address short.
 */
export function shareLinks(absoluteUrl: string, title: string, emailIntro: string): ShareLink[] {
  const body = `${emailIntro}\r\n\r\n${title}\r\n${absoluteUrl}`;
  return [
    {
      service: 'email',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`,
    },
    {
      service: 'whatsapp',
      href: `https://wa.me/?text=${encodeURIComponent(`${title} ${absoluteUrl}`)}`,
    },
    {
      service: 'linkedin',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(absoluteUrl)}`,
    },
  ];
}
