import { isPublicAddress } from './address-policy';
import {
  isWebPort,
  RefusedUrlError,
  vetRemoteUrl,
  type ResolvedAddress,
  type UrlPolicy,
} from './vet-remote-url';

/** Stands in for DNS: names map to fixed answers, and every lookup is recorded. */
function stubResolver(answers: Record<string, string[]>) {
  const lookups: string[] = [];
  const resolve = (hostname: string): Promise<ResolvedAddress[]> => {
    lookups.push(hostname);
    const addresses = answers[hostname];
    if (!addresses)
      return Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }));
    return Promise.resolve(
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }) as const),
    );
  };
  return { resolve, lookups };
}

const dns = stubResolver({
  'images.example.com': ['93.184.215.14'],
  'dual.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  localhost: ['127.0.0.1', '::1'],
  'localhost.': ['127.0.0.1'],
  'metadata.google.internal': ['169.254.169.254'],
  'intranet.example.com': ['10.1.2.3'],
  'mixed.example.com': ['93.184.215.14', '192.168.1.10'],
  'mapped.example.com': ['::ffff:127.0.0.1'],
  'nat64.example.com': ['64:ff9b::a9fe:a9fe'],
  'empty.example.com': [],
  '127.0.0.1.nip.io': ['127.0.0.1'],
});
const production: UrlPolicy = {
  resolve: dns.resolve,
  isAllowedAddress: isPublicAddress,
  isAllowedPort: isWebPort,
};

async function refusal(url: string): Promise<string> {
  try {
    await vetRemoteUrl(new URL(url), production);
  } catch (error) {
    if (error instanceof RefusedUrlError) return error.message;
    throw error;
  }
  throw new Error(`${url} was accepted`);
}

describe('vetting an import URL with the production policy', () => {
  it.each([
    'http://127.0.0.1/a.png',
    'http://127.0.0.2/a.png',
    'http://2130706433/a.png', // 127.0.0.1 as one decimal number
    'http://0x7f000001/a.png', // as one hex number
    'http://0x7f.1/a.png', // hex and short form
    'http://0177.0.0.1/a.png', // octal
    'http://017700000001/a.png', // octal, one number
    'http://127.1/a.png', // short form
    'http://0/a.png', // 0.0.0.0
    'http://0.0.0.0/a.png',
    'http://[::1]/a.png',
    'http://[::]/a.png',
    'http://[::ffff:127.0.0.1]/a.png',
    'http://[::ffff:7f00:1]/a.png',
    'http://[::ffff:169.254.169.254]/latest/meta-data/',
    'http://[0:0:0:0:0:ffff:127.0.0.1]/a.png',
    'http://[::127.0.0.1]/a.png',
    'http://[64:ff9b::127.0.0.1]/a.png',
    'http://[64:ff9b::10.0.0.1]/a.png',
    'http://[fe80::1]/a.png',
    'http://[fd00::1]/a.png',
    'http://[ff02::1]/a.png',
    'http://169.254.169.254/latest/meta-data/',
    'http://0xa9fea9fe/latest/meta-data/', // 169.254.169.254 in hex
    'http://2852039166/latest/meta-data/', // and in decimal
    'http://10.0.0.1/a.png',
    'http://172.16.5.4/a.png',
    'http://192.168.1.1/a.png',
    'http://100.64.0.1/a.png',
    'http://224.0.0.1/a.png',
    'http://255.255.255.255/a.png',
    'http://localhost/a.png',
    'http://LOCALHOST./a.png',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://intranet.example.com/a.png',
    'http://mixed.example.com/a.png', // one private answer is enough
    'http://mapped.example.com/a.png',
    'http://nat64.example.com/a.png',
    'http://127.0.0.1.nip.io/a.png',
    'http://１２７.０.０.１/a.png', // full-width digits, normalised by the URL parser
  ])('refuses %s as not public', async (url) => {
    expect(await refusal(url)).toBe('points to an address that is not public');
  });

  it.each([
    ['ftp://images.example.com/a.png', 'must be an http or https URL'],
    ['file:///etc/passwd', 'must be an http or https URL'],
    ['gopher://images.example.com/', 'must be an http or https URL'],
    ['data:image/png;base64,AAAA', 'must be an http or https URL'],
    ['http://user:secret@images.example.com/a.png', 'must not contain a user name or password'],
    ['http://user@images.example.com/a.png', 'must not contain a user name or password'],
    ['http://images.example.com:8080/a.png', 'must use port 80 or 443'],
    ['http://images.example.com:22/a.png', 'must use port 80 or 443'],
    ['https://images.example.com:6379/a.png', 'must use port 80 or 443'],
    ['http://unknown.example.com/a.png', 'has a host name that does not resolve'],
    ['http://empty.example.com/a.png', 'has a host name that does not resolve'],
  ])('refuses %s: %s', async (url, message) => {
    expect(await refusal(url)).toBe(message);
  });

  it('checks the port before resolving the host', async () => {
    dns.lookups.length = 0;
    await refusal('http://intranet.example.com:8080/');
    expect(dns.lookups).toEqual([]);
  });

  it.each([
    ['http://images.example.com/a.png', 80, '93.184.215.14'],
    ['https://images.example.com/a.png', 443, '93.184.215.14'],
    ['http://images.example.com:443/a.png', 443, '93.184.215.14'],
    ['https://dual.example.com/a.png', 443, '93.184.215.14'],
    ['http://93.184.215.14/a.png', 80, '93.184.215.14'],
    ['http://[2606:4700:4700::1111]/a.png', 80, '2606:4700:4700::1111'],
  ])('accepts %s, pinned to its vetted address', async (url, port, address) => {
    const target = await vetRemoteUrl(new URL(url), production);
    expect(target).toMatchObject({ port, address: { address } });
    expect(target.hostname).not.toMatch(/[[\]]/);
  });

  it('does not resolve IP literals', async () => {
    dns.lookups.length = 0;
    await vetRemoteUrl(new URL('http://93.184.215.14/a.png'), production);
    expect(dns.lookups).toEqual([]);
  });

  it('lets port 80 and 443 through, and nothing else', () => {
    expect([80, 443, 8080, 8443, 22, 0, 65535].filter(isWebPort)).toEqual([80, 443]);
  });
});
