import { v7 as uuidv7 } from 'uuid';
import type { Knex } from '@mpb/db';
import type { PlatformMail } from './mail-sender';

/** What an outbox email is about; kept with the row for operators, never in the body's place. */
export type MailKind = 'invitation' | 'sign-in' | 'verify-email';

/**
 * `pending` waits for the dispatcher; `sent` was accepted by the SMTP server; `failed` gave up
 * after the last attempt; `unsent` was recorded while the platform had no mail server.
 */
export type MailStatus = 'pending' | 'sent' | 'failed' | 'unsent';

export interface OutboxRow {
  id: string;
  kind: MailKind;
  recipient: string;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  status: MailStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/**
 * Records an email in the transaction of the change that causes it, so it exists if and only
 * if that change committed; the dispatcher sends it. Without a mail server (`deliver` false)
 * the row is still written, as `unsent` and without its bodies: nothing would ever send them,
 * and they hold a link that works.
 */
export async function enqueueMail(
  trx: Knex.Transaction,
  input: { kind: MailKind; mail: PlatformMail; deliver: boolean },
): Promise<string> {
  const id = uuidv7();
  await trx('mail_outbox').insert({
    id,
    kind: input.kind,
    recipient: input.mail.to,
    subject: input.mail.subject,
    text_body: input.deliver ? input.mail.text : null,
    html_body: input.deliver ? input.mail.html : null,
    status: input.deliver ? 'pending' : 'unsent',
  });
  return id;
}
