import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ReceivedMail {
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Every https link in the body. */
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

  /** Waits for the `count`-th mail to `address` (mail is sent just after the response). */
  async waitFor(
    address: string,
    options: { count?: number; subject?: RegExp; timeoutMs?: number } = {},
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + (options.timeoutMs ?? 5000);
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
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(headers)?.[1] ?? '';
  let body = rest.join('\n\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
  if (encoding === 'base64')
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return {
    file,
    to: header('To'),
    subject: decodeEncodedWords(header('Subject')),
    text: body,
    links: [...body.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]),
  };
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
