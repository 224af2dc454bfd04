import { createApiClient } from './api-client';
import { createMemoryTokenStore } from './token-store';

function clientWith(answer: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const client = createApiClient({
    tokens: createMemoryTokenStore({
      token: 't',
      refreshToken: 'r',
      expiresAt: Date.now() + 60_000,
    }),
    onSessionExpired: () => undefined,
    fetch: (input, init) => {
      calls.push({
        url: input instanceof Request ? input.url : input.toString(),
        init: init ?? {},
      });
      return Promise.resolve(answer());
    },
  });
  return { client, calls };
}

describe('api client bodies and files', () => {
  it('sends a FormData as is, letting the browser write the multipart content type', async () => {
    const { client, calls } = clientWith(() => new Response(null, { status: 204 }));
    const form = new FormData();
    form.set('file', new Blob(['handle,sku\n']), 'products.csv');
    await client.send('https://shop.example/api/v1/admin/imports', { method: 'POST', body: form });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(calls[0]?.init.body).toBe(form);
    expect(headers['content-type']).toBeUndefined();
    expect(headers.authorization).toBe('Bearer t');
  });

  it('sends extra headers such as Idempotency-Key beside the JSON body', async () => {
    const { client, calls } = clientWith(() => new Response(null, { status: 204 }));
    await client.send('/api/v1/things', {
      method: 'POST',
      body: { amount: 100 },
      headers: { 'idempotency-key': 'refund-1' },
    });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['idempotency-key']).toBe('refund-1');
    expect(headers['content-type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"amount":100}');
  });

  it('hands back a file answer as a Blob, and an error answer as ApiError', async () => {
    const ok = clientWith(
      () => new Response('a,b\n1,2\n', { headers: { 'content-type': 'text/csv' } }),
    );
    await expect((await ok.client.blob('/api/v1/export.csv')).text()).resolves.toBe('a,b\n1,2\n');
    const refused = clientWith(
      () =>
        new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no' } }), {
          status: 404,
          headers: { 'content-type': 'application/json' },
        }),
    );
    await expect(refused.client.blob('/api/v1/export.csv')).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
  });
});
