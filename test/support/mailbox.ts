import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ReceivedMail {
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  /** The plain-text part (or the whole body of a single-part mail). */
  readonly text: string;
  /** The HTML part, when the mail has one. */
  readonly html?: string;
  /** Every https link in the text part. */
  readonly links: string[];
}

/** Reads the .eml files the Mailer writes when no SMTP server is configured. */
export class Mailbox {
  constructor(readonly dir: string) {}

  async all(): Promise<ReceivedMail[]> {
    const files = (await readdir(this.dir).catch(() => [] as string[]))
      .filter((f) => f.endsWith('.eml'))
      .sort();
    return Promise.all(
      files.map(async (f) =>
        parseEml(path.join(this.dir, f), await readFile(path.join(this.dir, f), 'utf8')),
      ),
    );
  }

  async to(address: string): Promise<ReceivedMail[]> {
    return (await this.all()).filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
  }

  /**
   * Waits for the `count`-th mail to `address` (mail is sent just after the response). The
   * default bound is `eventually`'s: a loaded CI machine may take seconds to render a mail.
   */
  async waitFor(
    address: string,
    options: { count?: number; subject?: RegExp; timeoutMs?: number } = {},
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    for (;;) {
      const mails = (await this.to(address)).filter(
        (m) => !options.subject || options.subject.test(m.subject),
      );
      if (mails.length >= (options.count ?? 1)) return mails[(options.count ?? 1) - 1];
      if (Date.now() > deadline)
        throw new Error(`no mail to ${address} matching ${options.subject ?? 'anything'}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** The token query parameter of the first link in the mail. */
export function tokenFrom(mail: ReceivedMail): string {
  const link = mail.links.find((l) => l.includes('token='));
  if (!link) throw new Error(`no token link in: ${mail.text}`);
  return new URL(link).searchParams.get('token')!;
}

function parseEml(file: string, raw: string): ReceivedMail {
  const { header, body } = parsePart(raw);
  const parts = leafParts(raw);
  const text = parts.find((p) => p.type === 'text/plain')?.body ?? body;
  const html = parts.find((p) => p.type === 'text/html')?.body;
  return {
    file,
    to: header('To'),
    subject: decodeEncodedWords(header('Subject')),
    text,
    ...(html === undefined ? {} : { html }),
    links: [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]),
  };
}

/** Headers and decoded body of one MIME entity. */
function parsePart(raw: string): { header: (name: string) => string; body: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(headers)?.[1] ?? '';
  let body = rest.join('\n\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
  if (encoding === 'base64')
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return { header, body };
}

/** The text/* entities of a mail, looking inside multipart ones (HTML + text mails). */
function leafParts(raw: string): { type: string; body: string }[] {
  const { header } = parsePart(raw);
  const type = header('Content-Type');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) {
    return [{ type: type.split(';')[0].trim().toLowerCase(), body: parsePart(raw).body }];
  }
  const body = raw.slice(raw.search(/\r?\n\r?\n/));
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((part) => !part.startsWith('--'))
    .flatMap((part) => leafParts(part.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
}

function decodeQuotedPrintable(text: string): string {
  // A literal % is escaped first, so that a percent-encoded link (`?next=%2Fportal`) survives.
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/%/g, '%25')
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes);
}

function decodeEncodedWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}
