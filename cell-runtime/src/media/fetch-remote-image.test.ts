import { fetchRemoteImage } from './fetch-remote-image';
import { makeImage } from './test/images';
import { startServer, testRemotePolicy, type TestServer } from './test/remote-servers';
import { RefusedUrlError } from './vet-remote-url';

let png: Buffer;
let publicServer: TestServer;
let forbiddenServer: TestServer;

beforeAll(async () => {
  png = await makeImage('png', 64, 64);
  forbiddenServer = await startServer('127.0.0.2', (_req, res) => {
    res.setHeader('content-type', 'image/png');
    res.end(png);
  });
  publicServer = await startServer('127.0.0.1', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const to = url.searchParams.get('to');
    if (url.pathname === '/image.png') {
      res.setHeader('content-type', 'image/png');
      res.end(png);
    } else if (url.pathname === '/redirect' && to) {
      res.writeHead(302, { location: to }).end();
    } else if (url.pathname === '/hops') {
      const left = Number(url.searchParams.get('n'));
      const location = left > 0 ? `/hops?n=${left - 1}` : '/image.png';
      res.writeHead(301, { location }).end();
    } else if (url.pathname === '/text') {
      res.setHeader('content-type', 'text/html');
      res.end('<html></html>');
    } else if (url.pathname === '/svg') {
      res.setHeader('content-type', 'image/svg+xml');
      res.end('<svg xmlns="http://www.w3.org/2000/svg"/>');
    } else if (url.pathname === '/big-declared') {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': '2000000' });
      res.write(png);
    } else if (url.pathname === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(64 * 1024);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    } else if (url.pathname === '/slow') {
      // Never answers.
    } else {
      res.writeHead(404).end();
    }
  });
});
afterAll(async () => {
  await Promise.all([publicServer.close(), forbiddenServer.close()]);
});
beforeEach(() => {
  publicServer.requests.length = 0;
  forbiddenServer.connections = 0;
});

function options(answers: Parameters<typeof testRemotePolicy>[0] = {}) {
  return {
    ...testRemotePolicy({ 'images.test': ['127.0.0.1'], 'evil.test': ['127.0.0.2'], ...answers }),
    maxBytes: 1024 * 1024,
  };
}

async function refusal(url: string, custom = options()): Promise<string> {
  try {
    await fetchRemoteImage(url, custom);
  } catch (error) {
    if (error instanceof RefusedUrlError) return error.message;
    throw error;
  }
  throw new Error(`${url} was fetched`);
}

const at = (server: TestServer, path: string, host = '127.0.0.1') =>
  `http://${host}:${server.port}${path}`;

describe('fetching a remote image', () => {
  it('downloads an image, sending the URL’s own Host', async () => {
    const image = await fetchRemoteImage(at(publicServer, '/image.png', 'images.test'), options());
    expect(image.bytes.equals(png)).toBe(true);
    expect(image.contentType).toBe('image/png');
    expect(publicServer.requests).toEqual([
      { path: '/image.png', host: `images.test:${publicServer.port}` },
    ]);
  });

  it('follows up to 3 redirects, relative ones included, and refuses a 4th', async () => {
    const image = await fetchRemoteImage(at(publicServer, '/hops?n=2'), options());
    expect(image.url).toBe(at(publicServer, '/image.png'));
    expect(await refusal(at(publicServer, '/hops?n=3'))).toBe('redirects more than 3 times');
  });

  it.each([
    ['a forbidden address', (server: TestServer) => at(server, '/image.png', '127.0.0.2')],
    [
      'a host name that resolves to one',
      (server: TestServer) => at(server, '/image.png', 'evil.test'),
    ],
    ['the cloud metadata service', () => 'http://169.254.169.254/latest/meta-data/'],
    [
      'an IPv4-mapped loopback',
      (server: TestServer) => at(server, '/image.png', '[::ffff:127.0.0.2]'),
    ],
  ])('refuses a redirect to %s without connecting to it', async (_name, target) => {
    const url = at(publicServer, `/redirect?to=${encodeURIComponent(target(forbiddenServer))}`);
    expect(await refusal(url)).toBe('points to an address that is not public');
    expect(forbiddenServer.connections).toBe(0);
  });

  it('refuses a redirect to another scheme', async () => {
    const url = at(publicServer, `/redirect?to=${encodeURIComponent('file:///etc/passwd')}`);
    expect(await refusal(url)).toBe('must be an http or https URL');
  });

  it('connects only to the vetted address when DNS changes its answer (rebinding)', async () => {
    let answers = 0;
    const custom = options({
      'rebind.test': () => (answers++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']),
    });
    const image = await fetchRemoteImage(at(publicServer, '/image.png', 'rebind.test'), custom);
    expect(image.bytes.equals(png)).toBe(true);
    expect(custom.lookups).toEqual(['rebind.test']);
    expect(forbiddenServer.connections).toBe(0);
    expect(publicServer.requests[0]!.host).toBe(`rebind.test:${publicServer.port}`);
  });

  it('re-checks the address on every hop, so a rebinding host cannot redirect to itself', async () => {
    let answers = 0;
    const custom = options({
      'rebind.test': () => (answers++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']),
    });
    const next = encodeURIComponent(at(forbiddenServer, '/image.png', 'rebind.test'));
    const url = at(publicServer, `/redirect?to=${next}`, 'rebind.test');
    expect(await refusal(url, custom)).toBe('points to an address that is not public');
    expect(custom.lookups).toEqual(['rebind.test', 'rebind.test']);
    expect(forbiddenServer.connections).toBe(0);
  });

  it('refuses a host with any forbidden address among its answers', async () => {
    const custom = options({ 'mixed.test': ['127.0.0.1', '127.0.0.2'] });
    expect(await refusal(at(publicServer, '/image.png', 'mixed.test'), custom)).toBe(
      'points to an address that is not public',
    );
    expect(publicServer.requests).toEqual([]);
  });

  it('refuses what is not an image, SVG included', async () => {
    expect(await refusal(at(publicServer, '/text'))).toBe('does not point to an image (text/html)');
    expect(await refusal(at(publicServer, '/svg'))).toBe(
      'does not point to an image (image/svg+xml)',
    );
  });

  it('refuses a body over the cap, declared or not', async () => {
    expect(await refusal(at(publicServer, '/big-declared'))).toBe(
      'points to a file larger than 1 MiB',
    );
    expect(await refusal(at(publicServer, '/big-chunked'))).toBe(
      'points to a file larger than 1 MiB',
    );
  });

  it('refuses an error status', async () => {
    expect(await refusal(at(publicServer, '/missing.png'))).toBe('answered with HTTP 404');
  });

  it('gives up at the total timeout', async () => {
    const custom = { ...options(), totalTimeoutMs: 300 };
    const started = Date.now();
    expect(await refusal(at(publicServer, '/slow'), custom)).toBe('took too long to answer');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a host that does not resolve, and a URL that does not parse', async () => {
    expect(await refusal('http://nowhere.test/a.png')).toBe(
      'has a host name that does not resolve',
    );
    expect(await refusal('not a url')).toBe('is not a valid URL');
  });
});
