import { stat } from 'node:fs/promises';
import { Mailbox, type ReceivedMail } from '../../support/mailbox';

export type { ReceivedMail };

export interface MailQuery {
  /** Only mails whose subject matches. */
  readonly subject?: RegExp;
  /** Only mails written at or after this time: take `Date.now()` before the action that sends. */
  readonly after?: number | Date;
  /** How long to wait for a matching mail (the platform sends just after answering); default 10 s. */
  readonly timeoutMs?: number;
}

/**
 * The newest .eml in `mailDir` (the platform's DATA_DIR/mail) addressed to exactly `recipient`,
 * waiting for one to arrive. Parsing (headers, quoted-printable, base64, encoded subjects) is
 * test/support/mailbox.ts's, shared with the e2e suites.
 */
export async function newestMailTo(
  mailDir: string,
  recipient: string,
  query: MailQuery = {},
): Promise<ReceivedMail> {
  const mailbox = new Mailbox(mailDir);
  const after = query.after === undefined ? undefined : new Date(query.after).getTime();
  const deadline = Date.now() + (query.timeoutMs ?? 10_000);
  const wanted = recipient.trim().toLowerCase();
  for (;;) {
    const candidates = (await mailbox.all()).filter(
      (m) => addresses(m.to).includes(wanted) && (!query.subject || query.subject.test(m.subject)),
    );
    for (const mail of candidates.reverse()) {
      // File names start with an ISO timestamp, so the last one is the newest.
      if (after === undefined || (await stat(mail.file)).mtimeMs >= after) return mail;
    }
    if (Date.now() > deadline) {
      const seen = (await mailbox.all()).map((m) => `  ${m.to} — ${m.subject}`).join('\n');
      throw new Error(
        `no mail to ${recipient}${query.subject ? ` matching ${query.subject}` : ''}` +
          `${after === undefined ? '' : ` since ${new Date(after).toISOString()}`} in ${mailDir}; ` +
          `mailbox:\n${seen || '  (empty)'}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The first link in the mail whose path matches: a string is a path prefix (`'/verify-email'`),
 * a RegExp is tested against path + query.
 */
export function linkIn(mail: ReceivedMail, pathPattern: string | RegExp): string {
  for (const raw of mail.links) {
    const link = raw.replace(/[.,;:!?)\]>'"]+$/, '');
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    const matches =
      typeof pathPattern === 'string'
        ? url.pathname.startsWith(pathPattern)
        : pathPattern.test(url.pathname + url.search);
    if (matches) return link;
  }
  throw new Error(
    `no link to ${pathPattern} in the mail "${mail.subject}" to ${mail.to} (${mail.file}):\n${mail.text}`,
  );
}

/** newestMailTo + linkIn: the link a person would click in their latest mail. */
export async function newestLinkTo(
  mailDir: string,
  recipient: string,
  pathPattern: string | RegExp,
  query: MailQuery = {},
): Promise<string> {
  return linkIn(await newestMailTo(mailDir, recipient, query), pathPattern);
}

/** `Awa <awa@example.sn>, bob@example.org` → ['awa@example.sn', 'bob@example.org'] */
function addresses(header: string): string[] {
  return header
    .split(',')
    .map((part) => (/<([^>]+)>/.exec(part)?.[1] ?? part).trim().toLowerCase())
    .filter(Boolean);
}
