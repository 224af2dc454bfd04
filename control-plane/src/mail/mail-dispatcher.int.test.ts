import { startMailSink, type MailSink } from '@mpb/devkit';
import { createCapturingLogger, createTestDatabase, type TestDatabase } from '@mpb/testing';
import { MailDispatcher } from './mail-dispatcher';
import { createMailSender, type MailSender, type PlatformMail } from './mail-sender';
import { enqueueMail, type OutboxRow } from './outbox';

let database: TestDatabase;
let sink: MailSink;
let smtp: MailSender;

beforeAll(async () => {
  database = await createTestDatabase('control');
  sink = await startMailSink();
  smtp = createMailSender({ smtpUrl: sink.smtpUrl, fromAddress: 'no-reply@example.com' });
});
afterAll(async () => {
  await sink.stop();
  await database.drop();
});

let sequence = 0;
const secretLink = () => `http://localhost:8080/auth/magic?token=${'s'.repeat(40)}${++sequence}`;

async function enqueue(to: string, link = secretLink()): Promise<string> {
  const mail: PlatformMail = { to, subject: `Hello ${to}`, text: `Open ${link}`, html: link };
  return database.app.transaction((trx) =>
    enqueueMail(trx, { kind: 'sign-in', mail, deliver: true }),
  );
}

const row = (id: string) =>
  database.app<OutboxRow>('mail_outbox').where({ id }).first() as Promise<OutboxRow>;

/** An SMTP server that refuses the first `failures` messages, then passes them on. */
function flakySender(failures: number, link: string): MailSender & { calls: number } {
  const sender = {
    isConfigured: true,
    calls: 0,
    async send(mail: PlatformMail) {
      sender.calls += 1;
      if (sender.calls <= failures) {
        throw new Error(`451 temporary failure for ${link} (try later)`);
      }
      await smtp.send(mail);
    },
  };
  return sender;
}

describe('the mail outbox dispatcher', () => {
  it('records a failed send without the link, retries it after the backoff, then sends it once', async () => {
    const { logger, lines } = createCapturingLogger('control-plane');
    const link = secretLink();
    const id = await enqueue('retry@example.com', link);
    const sender = flakySender(1, link);
    const dispatcher = new MailDispatcher({
      db: database.app,
      mail: sender,
      logger,
      retryBaseMs: 60_000,
    });

    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, failed: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toContain('451 temporary failure');
    expect(failed.last_error).not.toContain('token=s');
    expect(failed.next_attempt_at.getTime() - Date.now()).toBeGreaterThan(50_000);

    // Not due yet: nothing is sent before the backoff is over.
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, failed: 0 });
    await database
      .app('mail_outbox')
      .where({ id })
      .update({ next_attempt_at: new Date(0) });
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, failed: 0 });

    const delivered = await sink.waitFor((mail) => mail.to.includes('retry@example.com'));
    expect(delivered.text).toContain(link);
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, text_body: null, html_body: null });
    expect(sent.sent_at).toBeInstanceOf(Date);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, failed: 0 });
    expect(sink.messages().filter((mail) => mail.to.includes('retry@example.com'))).toHaveLength(1);
    expect(JSON.stringify(lines())).not.toContain(link);
    expect(lines()).toContainEqual(
      expect.objectContaining({ message: 'email not sent; will retry', mail_id: id, attempts: 1 }),
    );
  });

  it('gives up after the last attempt and forgets the body', async () => {
    const { logger, lines } = createCapturingLogger('control-plane');
    const id = await enqueue('never@example.com');
    const dispatcher = new MailDispatcher({
      db: database.app,
      mail: flakySender(Infinity, 'x'),
      logger,
      maxAttempts: 2,
      retryBaseMs: 0,
    });
    await dispatcher.dispatchDue();
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 1 });
    await dispatcher.dispatchDue();
    expect(await row(id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      text_body: null,
      html_body: null,
    });
    expect(lines()).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'email given up after its last attempt' }),
    );
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, failed: 0 });
  });

  it('never sends one row twice when two dispatchers work at once', async () => {
    const { logger } = createCapturingLogger('control-plane');
    const recipients = Array.from({ length: 24 }, (_, index) => `pair-${index}@example.com`);
    for (const to of recipients) await enqueue(to);
    const sends = new Map<string, number>();
    // Slow sends keep each batch locked long enough for the other dispatcher to try for it.
    const counting: MailSender = {
      isConfigured: true,
      async send(mail) {
        sends.set(mail.to, (sends.get(mail.to) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 15));
      },
    };
    const one = new MailDispatcher({ db: database.app, mail: counting, logger, batchSize: 4 });
    const two = new MailDispatcher({ db: database.app, mail: counting, logger, batchSize: 4 });
    const [first, second] = await Promise.all([one.dispatchDue(), two.dispatchDue()]);

    expect(first.sent + second.sent).toBe(recipients.length);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBeGreaterThan(0);
    for (const to of recipients) expect(sends.get(to)).toBe(1);
    const statuses = await database
      .app('mail_outbox')
      .whereIn('recipient', recipients)
      .distinct('status');
    expect(statuses).toEqual([{ status: 'sent' }]);
  });

  it('sends what is written while it runs, and stops cleanly', async () => {
    const { logger } = createCapturingLogger('control-plane');
    const dispatcher = new MailDispatcher({
      db: database.app,
      mail: smtp,
      logger,
      pollIntervalMs: 20,
    });
    dispatcher.start();
    const id = await enqueue('running@example.com');
    await sink.waitFor((mail) => mail.to.includes('running@example.com'));
    await dispatcher.stop();
    await expect(row(id)).resolves.toMatchObject({ status: 'sent' });
  });

  it('keeps an email recorded without a mail server as unsent, without its link', async () => {
    const link = secretLink();
    const id = await database.app.transaction((trx) =>
      enqueueMail(trx, {
        kind: 'invitation',
        deliver: false,
        mail: { to: 'offline@example.com', subject: 'Join', text: link, html: link },
      }),
    );
    expect(await row(id)).toMatchObject({
      kind: 'invitation',
      recipient: 'offline@example.com',
      status: 'unsent',
      text_body: null,
      html_body: null,
    });
  });
});
