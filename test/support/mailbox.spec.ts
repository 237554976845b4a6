import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import { Mailbox } from './mailbox';

/** The file mailbox reads what nodemailer writes: single-part text, and HTML + text mails. */
describe('test mailbox', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'passerelle-mailbox-spec-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const write = async (name: string, message: Record<string, unknown>) => {
    const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const info = (await transport.sendMail({ from: 'p@example.test', ...message })) as {
      message: Buffer;
    };
    await writeFile(path.join(dir, name), info.message);
  };

  it('takes the text part of a multipart mail, keeps the HTML, and lists the text’s links', async () => {
    const long = `https://passerelle.test/verify-email?token=${'x'.repeat(80)}`;
    await write('1.eml', {
      to: 'awa@example.test',
      subject: 'تأكيد «Bourse»',
      text: `مرحبًا\n\nConfirmer :\n${long}\n`,
      html: `<html lang="ar" dir="rtl"><body><a href="${long}">تأكيد</a></body></html>`,
    });
    await write('2.eml', {
      to: 'ben@example.test',
      subject: 'Plain',
      text: 'Voir https://x.test/a',
    });
    const [multi, plain] = await new Mailbox(dir).all();
    expect(multi.subject).toBe('تأكيد «Bourse»');
    expect(multi.text).toBe(`مرحبًا\n\nConfirmer :\n${long}\n`);
    expect(multi.html).toContain('<html lang="ar" dir="rtl">');
    expect(multi.links).toEqual([long]);
    expect(plain.text.trim()).toBe('Voir https://x.test/a');
    expect(plain.html).toBeUndefined();
  });
});
