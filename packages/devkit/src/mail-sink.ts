import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { startMailViewer, type MailViewer } from './mail-viewer';

/** A message as the sink received it: the SMTP envelope plus the parsed content. */
export interface CapturedMail {
  /** Sequence number in this sink, as a string (the viewer's URLs use it). */
  id: string;
  receivedAt: Date;
  /** Who the client said it was from and to, in SMTP (bcc recipients show only here). */
  envelope: { from: string | null; to: string[] };
  /** The From header as written, for example `"Loja da Ana" <no-reply@example.com>`. */
  from: string;
  fromName: string | undefined;
  to: string[];
  replyTo: string | undefined;
  subject: string;
  text: string;
  html: string | undefined;
  messageId: string | undefined;
  /** Header lines by lower-case name (the last one wins). */
  headers: Record<string, string>;
}

export interface MailSink {
  /** `smtp://127.0.0.1:<port>`: what SMTP_URL should be. */
  smtpUrl: string;
  port: number;
  /** The HTTP viewer's address, when one was asked for. */
  viewerUrl: string | undefined;
  /** Every message received since the start or the last `clear()`, oldest first. */
  messages(): CapturedMail[];
  /** The first message (already here or still to come) that matches; rejects after the timeout. */
  waitFor(predicate: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  clear(): void;
  stop(): Promise<void>;
}

export interface MailSinkOptions {
  /** 0 (the default) for any free port. */
  port?: number;
  /** When the port is taken, take a free one instead of failing (for `npm start`). */
  fallbackToFreePort?: boolean;
  /** Start the HTTP viewer on this port (0 for any); no viewer when absent. */
  viewerPort?: number;
  /** Oldest messages are dropped past this, so a long `npm start` stays small. */
  maxMessages?: number;
}

const HOST = '127.0.0.1';

/**
 * A real SMTP server that keeps what it receives in memory: where cell workers send mail in
 * development and tests. It listens on loopback only and accepts any sender, recipient and no
 * authentication, which is exactly why it must never face a network.
 */
export async function startMailSink(options: MailSinkOptions = {}): Promise<MailSink> {
  const maxMessages = options.maxMessages ?? 1_000;
  let received: CapturedMail[] = [];
  let sequence = 0;
  const waiters = new Set<(mail: CapturedMail) => void>();

  const accept = (parsed: ParsedMail, envelope: CapturedMail['envelope']) => {
    const mail = toCapturedMail(String(++sequence), parsed, envelope);
    received.push(mail);
    if (received.length > maxMessages) received = received.slice(-maxMessages);
    for (const waiter of waiters) waiter(mail);
  };

  const { server, port } = await listenSmtp(accept, options.port ?? 0).catch((error: unknown) => {
    if (!options.fallbackToFreePort || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE')
      throw error;
    return listenSmtp(accept, 0);
  });

  let viewer: MailViewer | undefined;
  if (options.viewerPort !== undefined) {
    try {
      viewer = await startMailViewer(() => received, options.viewerPort).catch((error: unknown) => {
        if (!options.fallbackToFreePort || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE')
          throw error;
        return startMailViewer(() => received, 0);
      });
    } catch (error) {
      await closeSmtp(server);
      throw error;
    }
  }

  return {
    smtpUrl: `smtp://${HOST}:${port}`,
    port,
    viewerUrl: viewer?.url,
    messages: () => [...received],
    waitFor(predicate, timeoutMs = 5_000) {
      const existing = received.find(predicate);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const waiter = (mail: CapturedMail) => {
          if (!predicate(mail)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const subjects = received.map((mail) => JSON.stringify(mail.subject)).join(', ');
          reject(new Error(`no matching email within ${timeoutMs} ms; received: [${subjects}]`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear() {
      received = [];
    },
    async stop() {
      await Promise.all([closeSmtp(server), viewer?.close()]);
    },
  };
}

function listenSmtp(
  accept: (parsed: ParsedMail, envelope: CapturedMail['envelope']) => void,
  port: number,
): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    // Clients that hang must not hold `stop()` (or a test) for the default 30 s.
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const envelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
      };
      simpleParser(stream)
        .then((parsed) => {
          if (stream.sizeExceeded) return callback(new Error('message too large'));
          accept(parsed, envelope);
          callback();
        })
        .catch((error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error))),
        );
    },
  });
  // Connection errors (a client hanging up) are emitted here; without a listener they would crash.
  server.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    const net = server.listen(port, HOST, () => {
      net.off('error', reject);
      resolve({ server, port: (net.address() as AddressInfo).port });
    });
    net.once('error', reject);
  });
}

function closeSmtp(server: SMTPServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function addressesOf(value: AddressObject | AddressObject[] | undefined): string[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? ''));
}

function toCapturedMail(
  id: string,
  parsed: ParsedMail,
  envelope: CapturedMail['envelope'],
): CapturedMail {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    headers[key] = line.slice(line.indexOf(':') + 1).trim();
  }
  return {
    id,
    receivedAt: new Date(),
    envelope,
    from: parsed.from?.text ?? '',
    fromName: parsed.from?.value[0]?.name || undefined,
    to: addressesOf(parsed.to),
    replyTo: parsed.replyTo?.value[0]?.address,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html === false ? undefined : parsed.html,
    messageId: parsed.messageId,
    headers,
  };
}
