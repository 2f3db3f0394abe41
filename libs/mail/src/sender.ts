import { createTransport } from 'nodemailer';
import type { OutboxRepository, Tx } from '@dondoc/database';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The outbox row: it becomes the Message-ID's local part, so a repeat is recognisable. */
  notificationId: string;
}

export interface MailSender {
  readonly name: string;
  /** `tx`: the transaction that marks the row sent, for a sender that writes to the database itself. */
  send(mail: OutgoingMail, tx?: Tx): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

/** A delivery error the SMTP server called permanent (5xx) or that no retry can fix. */
export function isPermanentMailError(err: unknown): boolean {
  const failure = err as { responseCode?: number; code?: string; permanent?: boolean };
  if (typeof failure?.responseCode === 'number') return failure.responseCode >= 500;
  return failure?.code === 'EENVELOPE' || failure?.code === 'EAUTH' || failure?.code === 'ENOAUTH' || failure?.code === 'ECONFIG';
}

export interface SmtpSenderOptions {
  url: string;
  from: string;
  /** Connections kept open to the server. */
  maxConnections?: number;
  /** Messages per connection before it is renewed. */
  maxMessages?: number;
}

/**
 * What every mail shares. Vietnamese text is about a third non-ASCII: base64 makes it smaller than
 * quoted-printable does, and costs far less CPU to encode (nodemailer would otherwise scan each text
 * to choose, then quote it character by character).
 */
export const MESSAGE_DEFAULTS = { textEncoding: 'base64' } as const;

/** Nodemailer's pooled SMTP transport: a few long-lived connections carry every mail. */
export class SmtpSender implements MailSender {
  readonly name = 'smtp';
  private readonly transport;

  constructor(private readonly options: SmtpSenderOptions) {
    this.transport = createTransport({
      url: options.url,
      pool: true,
      maxConnections: options.maxConnections ?? 5,
      maxMessages: options.maxMessages ?? 500,
      // Bounded, so a hung server cannot hold a delivery (and its outbox lease) for long.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const domain = this.options.from.match(/@([^>\s]+)/)?.[1] ?? 'dondoc.local';
    const info = await this.transport.sendMail({
      ...MESSAGE_DEFAULTS,
      from: this.options.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: `<${mail.notificationId}@${domain}>`,
    });
    return { messageId: info.messageId };
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/** Without SMTP_URL: mail is kept in the `caught_mails` table, which admins read in the app. */
export class CatcherSender implements MailSender {
  readonly name = 'catcher';
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly from: string,
  ) {}

  /** Given the transaction that marks the row sent, catching and marking are one atomic write. */
  async send(mail: OutgoingMail, tx?: Tx): Promise<{ messageId: string }> {
    await this.outbox.catchMail({ ...mail, from: this.from }, tx);
    return { messageId: `<${mail.notificationId}@catcher>` };
  }

  async close(): Promise<void> {}
}
