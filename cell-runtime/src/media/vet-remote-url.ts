import { lookup } from 'node:dns/promises';
import type { AddressPolicy } from './address-policy';
import { parseIp } from './ip-address';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface UrlPolicy {
  resolve: Resolver;
  isAllowedAddress: AddressPolicy;
  isAllowedPort: (port: number) => boolean;
}

/** A URL we will not fetch; `message` completes "url …" for the client. */
export class RefusedUrlError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RefusedUrlError';
  }
}

/** A URL checked for fetching, with the one address the connection must go to. */
export interface VettedTarget {
  url: URL;
  /** The host name without IPv6 brackets: for the Host header and TLS SNI. */
  hostname: string;
  port: number;
  address: ResolvedAddress;
}

export const resolveWithDns: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/** Production: the scheme's default port, or the other web port. */
export const isWebPort = (port: number): boolean => port === 80 || port === 443;

/**
 * Checks a URL before any connection: http(s) only, no credentials, an allowed port, and every
 * address its host resolves to allowed. The URL parser has already turned numeric host
 * spellings (`2130706433`, `0x7f.1`, `0177.0.0.1`) into dotted quads, so literals are judged
 * by the address they really name. Called again for every redirect.
 */
export async function vetRemoteUrl(url: URL, policy: UrlPolicy): Promise<VettedTarget> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RefusedUrlError('must be an http or https URL');
  }
  if (url.username || url.password) {
    throw new RefusedUrlError('must not contain a user name or password');
  }
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (!policy.isAllowedPort(port)) throw new RefusedUrlError('must use port 80 or 443');

  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = parseIp(hostname);
  const addresses = literal
    ? [{ address: hostname, family: literal.family }]
    : await resolveHost(hostname, policy.resolve);
  // One bad answer refuses the host: which address a client would use is not ours to predict.
  if (addresses.some(({ address }) => !policy.isAllowedAddress(address))) {
    throw new RefusedUrlError('points to an address that is not public');
  }
  const [address] = addresses;
  if (!address) throw new RefusedUrlError('has a host name that does not resolve');
  return { url, hostname, port, address };
}

async function resolveHost(hostname: string, resolve: Resolver): Promise<ResolvedAddress[]> {
  try {
    return await resolve(hostname);
  } catch (error) {
    throw new RefusedUrlError('has a host name that does not resolve', { cause: error });
  }
}
