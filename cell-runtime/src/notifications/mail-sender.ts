import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** One email, rendered and addressed; the sender adds the platform's From address. */
export interface OutgoingMail {
  to: string;
  /** Display name of the From header: the store's name. */
  fromName: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
  /** Stable across retries (the notification's id): becomes the Message-ID, so a client can tell a rare duplicate from a new message. */
  id: string;
}

export interface MailSender {
  readonly isConfigured: boolean;
  /** Resolves once the SMTP server accepted the message; rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>;
}

/** Thrown by the sender of a worker that has no SMTP_URL: recorded, warned about, not retried. */
export class MailNotConfiguredError extends Error {
  constructor() {
    super('SMTP not configured');
    this.name = 'MailNotConfiguredError';
  }
}

export interface MailSenderOptions {
  /** `smtp://[user:pass@]host:port` or `smtps://...`; without it nothing can be sent. */
  smtpUrl: string | undefined;
  fromAddress: string;
  /** Caps each SMTP phase, so a hung server fails the attempt and the stream retries it. */
  timeoutMs?: number;
}

/**
 * Sends through SMTP with nodemailer. From is `"<store name>" <MAIL_FROM_ADDRESS>` (the platform
 * owns the sending domain, so SPF and DKIM hold for every store) and Reply-To is the store's
 * support address, so answers reach the merchant.
 */
export function createMailSender(options: MailSenderOptions): MailSender {
  if (!options.smtpUrl) {
    return {
      isConfigured: false,
      send: () => Promise.reject(new MailNotConfiguredError()),
    };
  }
  const timeoutMs = options.timeoutMs ?? 15_000;
  const domain = options.fromAddress.split('@').pop() || 'localhost';
  const defaults: SMTPTransport.Options = {
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // Content is always strings we rendered; never let a value make nodemailer read a file or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  const transport = nodemailer.createTransport(options.smtpUrl, defaults);
  return {
    isConfigured: true,
    async send(mail) {
      await transport.sendMail({
        from: { name: mail.fromName, address: options.fromAddress },
        to: mail.to,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.id}@${domain}>`,
        // RFC 3834: auto-responders must not answer transactional mail.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
  };
}
