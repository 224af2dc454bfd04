import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWhatsAppSender, toE164 } from './whatsapp-sender';

describe('toE164', () => {
  it.each([
    ['+55 11 98765-4321', '+5511987654321'],
    ['+1 (415) 555.0100', '+14155550100'],
    ['11 98765-4321', undefined],
    ['+0123456789', undefined],
    ['+55', undefined],
    [undefined, undefined],
    [5511987654321, undefined],
  ])('%p is %p', (phone, expected) => {
    expect(toE164(phone)).toBe(expected);
  });
});

describe('the WhatsApp sender', () => {
  let server: http.Server;
  let url: string;
  let status = 200;
  let delayMs = 0;
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    // Plays the provider's HTTP API, which cannot be reached from here.
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        setTimeout(() => response.writeHead(status).end('{"error":"nope"}'), delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const message = {
    to: '+5511987654321',
    template: 'order_shipped',
    language: 'pt-BR' as const,
    parameters: ['Loja', '1001'],
  };

  it('is off unless both the URL and the token are set', () => {
    expect(createWhatsAppSender({ apiUrl: undefined, apiToken: 'token' })).toBeUndefined();
    expect(createWhatsAppSender({ apiUrl: url, apiToken: undefined })).toBeUndefined();
  });

  it('posts the message as JSON with the bearer token', async () => {
    status = 200;
    await createWhatsAppSender({ apiUrl: url, apiToken: 'provider-token' })!.send(message);
    const last = received.at(-1)!;
    expect(last.headers.authorization).toBe('Bearer provider-token');
    expect(last.headers['content-type']).toBe('application/json');
    expect(JSON.parse(last.body)).toEqual(message);
  });

  it('fails on a non-2xx answer and on a timeout', async () => {
    status = 503;
    await expect(
      createWhatsAppSender({ apiUrl: url, apiToken: 'provider-token' })!.send(message),
    ).rejects.toThrow('WhatsApp provider answered 503');
    status = 200;
    delayMs = 500;
    await expect(
      createWhatsAppSender({ apiUrl: url, apiToken: 'provider-token', timeoutMs: 50 })!.send(
        message,
      ),
    ).rejects.toThrow();
    delayMs = 0;
  });
});
