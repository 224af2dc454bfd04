import { cidr, parseIp, type IpBytes } from './ip-address';

/** Decides whether the image importer may connect to an IP address. */
export type AddressPolicy = (address: string) => boolean;

// IPv4 blocks that are not the public internet (IANA special-purpose registry): a server must
// never be talked into fetching from them on a merchant's behalf.
const forbiddenIPv4 = [
  '0.0.0.0/8', // "this network"; 0.0.0.0 reaches the local host on Linux
  '10.0.0.0/8', // private
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, including the cloud metadata service 169.254.169.254
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation
  '192.88.99.0/24', // 6to4 relay anycast
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation
  '203.0.113.0/24', // documentation
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, and the broadcast address 255.255.255.255
].map(cidr);

// IPv6 is checked the other way round: only global unicast (2000::/3) is allowed, so loopback,
// unspecified, ULA (fc00::/7), link-local (fe80::/10), site-local, multicast and IPv4-compatible
// addresses are refused without listing them. These blocks inside 2000::/3 are refused too.
const globalUnicast = cidr('2000::/3');
const forbiddenIPv6 = [
  '2001::/23', // IETF protocol assignments, including Teredo tunnels
  '2001:db8::/32', // documentation
  '3fff::/20', // documentation
].map(cidr);

// Forms that carry an IPv4 address a socket would really reach: judged by that address.
const ipv4Mapped = cidr('::ffff:0:0/96');
const nat64 = cidr('64:ff9b::/96');
const sixToFour = cidr('2002::/16');

function isPublicIPv4(ip: IpBytes): boolean {
  return !forbiddenIPv4.some((matches) => matches(ip));
}

function embeddedIPv4(bytes: Uint8Array, offset: number): IpBytes {
  return { family: 4, bytes: bytes.slice(offset, offset + 4) };
}

function isPublicIPv6(ip: IpBytes): boolean {
  if (ipv4Mapped(ip) || nat64(ip)) return isPublicIPv4(embeddedIPv4(ip.bytes, 12));
  if (sixToFour(ip)) return isPublicIPv4(embeddedIPv4(ip.bytes, 2));
  return globalUnicast(ip) && !forbiddenIPv6.some((matches) => matches(ip));
}

/**
 * The production policy: true only for a public unicast address. Anything that does not parse
 * as an IP address is refused, so a resolver answer in an unexpected form fails closed.
 */
export const isPublicAddress: AddressPolicy = (address) => {
  const ip = parseIp(address);
  if (!ip) return false;
  return ip.family === 4 ? isPublicIPv4(ip) : isPublicIPv6(ip);
};
