import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** One email the platform sends (not a store's: those go out from the cell's worker). */
export interface PlatformMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailSender {
  readonly isConfigured: boolean;
  /** Resolves once the SMTP server accepted the message; rejects otherwise. */
  send(mail: PlatformMail): Promise<void>;
}

export interface MailSenderOptions {
  /** `smtp://[user:pass@]host:port` or `smtps://...`; without it nothing can be sent. */
  smtpUrl: string | undefined;
  fromAddress: string;
  fromName?: string;
  /** Caps each SMTP phase: the dispatcher keeps its batch locked while it sends, so no hanging. */
  timeoutMs?: number;
}

/** Sends through SMTP with nodemailer, the same way the cells' workers do. */
export function createMailSender(options: MailSenderOptions): MailSender {
  if (!options.smtpUrl) {
    return {
      isConfigured: false,
      send: () => Promise.reject(new Error('SMTP not configured')),
    };
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
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
        from: { name: options.fromName ?? 'Marketplace Builder', address: options.fromAddress },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
  };
}
