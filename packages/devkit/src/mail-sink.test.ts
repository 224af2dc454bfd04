import nodemailer, { type SendMailOptions } from 'nodemailer';
import { isPortOpen } from './net';
import { startMailSink, type MailSink } from './mail-sink';

const sinks: MailSink[] = [];
async function sink(options: Parameters<typeof startMailSink>[0] = {}): Promise<MailSink> {
  const started = await startMailSink(options);
  sinks.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(sinks.splice(0).map((started) => started.stop()));
});

function send(smtpUrl: string, overrides: SendMailOptions = {}) {
  return nodemailer.createTransport(smtpUrl).sendMail({
    from: { name: 'Loja da Ana', address: 'no-reply@example.com' },
    to: 'buyer@example.com',
    replyTo: 'ana@example.com',
    subject: 'Pedido #1001 confirmado',
    text: 'Olá!',
    html: '<p>Olá!</p>',
    headers: { 'Auto-Submitted': 'auto-generated' },
    ...overrides,
  });
}

describe('the local mail sink', () => {
  it('receives real SMTP, parses it and keeps it until cleared', async () => {
    const mail = await sink();
    expect(mail.smtpUrl).toBe(`smtp://127.0.0.1:${mail.port}`);
    await send(mail.smtpUrl, { bcc: 'hidden@example.com' });

    const [received] = mail.messages();
    expect(received).toMatchObject({
      id: '1',
      fromName: 'Loja da Ana',
      to: ['buyer@example.com'],
      replyTo: 'ana@example.com',
      subject: 'Pedido #1001 confirmado',
      text: 'Olá!',
      html: '<p>Olá!</p>',
      envelope: {
        from: 'no-reply@example.com',
        to: ['buyer@example.com', 'hidden@example.com'],
      },
    });
    expect(received?.headers['auto-submitted']).toBe('auto-generated');

    mail.clear();
    expect(mail.messages()).toEqual([]);
  });

  it('waits for a message still to come, and says what it got when none matches', async () => {
    const mail = await sink();
    const waiting = mail.waitFor((message) => message.subject === 'second', 5_000);
    await send(mail.smtpUrl, { subject: 'first' });
    await send(mail.smtpUrl, { subject: 'second' });
    expect((await waiting).subject).toBe('second');
    // Already received: resolves at once.
    expect((await mail.waitFor((message) => message.subject === 'first')).id).toBe('1');

    await expect(mail.waitFor((message) => message.subject === 'third', 100)).rejects.toThrow(
      /no matching email within 100 ms; received: \["first", "second"\]/,
    );
  });

  it('listens on the port it is given, or a free one when asked to fall back', async () => {
    const first = await sink();
    await expect(startMailSink({ port: first.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    const second = await sink({ port: first.port, fallbackToFreePort: true });
    expect(second.port).not.toBe(first.port);

    await first.stop();
    expect(await isPortOpen(first.port)).toBe(false);
  });

  it('shows messages in a viewer without running their scripts', async () => {
    const mail = await sink({ viewerPort: 0 });
    await send(mail.smtpUrl, { subject: '<b>bold</b> subject', html: '<p>hi</p>' });
    const base = mail.viewerUrl!;

    const list = await (await fetch(`${base}/`)).text();
    expect(list).toContain('&lt;b&gt;bold&lt;/b&gt; subject');
    expect(list).not.toContain('<b>bold</b>');

    const page = await fetch(`${base}/messages/1`);
    expect(await page.text()).toBe('<p>hi</p>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain('sandbox');

    expect(await (await fetch(`${base}/messages/1.txt`)).text()).toBe('Olá!');
    const api = (await (await fetch(`${base}/api/messages`)).json()) as { subject: string }[];
    expect(api.map((message) => message.subject)).toEqual(['<b>bold</b> subject']);
    expect((await fetch(`${base}/messages/99`)).status).toBe(404);
  });
});
