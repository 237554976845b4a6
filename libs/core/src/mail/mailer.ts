import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  readonly headers?: Record<string, string>;
}

export interface SentMail {
  readonly messageId: string;
  /** Where the message was written when no SMTP server is configured. */
  readonly file?: string;
}

/**
 * The one way the platform sends e-mail: SMTP when SMTP_URL is set, otherwise each
 * message becomes an .eml file under DATA_DIR/mail (open it with any mail client),
 * so sign-up and reset flows work on a laptop and in tests.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;
  private readonly mailDir?: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.transport = createTransport(config.SMTP_URL);
    } else {
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.mailDir = path.resolve(config.DATA_DIR, 'mail');
    }
  }

  async send(message: MailMessage): Promise<SentMail> {
    const info = (await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
    })) as { messageId: string; message?: Buffer };
    if (!this.mailDir || !info.message) return { messageId: info.messageId };
    await mkdir(this.mailDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.join(this.mailDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
    // Written aside, then renamed: whoever reads the folder (a mail client, the tests'
    // mailbox) sees a whole message or none, never a half-written one.
    await writeFile(`${file}.part`, info.message);
    await rename(`${file}.part`, file);
    this.logger.log({ file, subject: message.subject }, 'e-mail written to the local mailbox');
    return { messageId: info.messageId, file };
  }
}
