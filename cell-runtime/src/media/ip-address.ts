import { isIPv4, isIPv6 } from 'node:net';

/** An IP address as bytes: 4 for IPv4, 16 for IPv6. */
export interface IpBytes {
  family: 4 | 6;
  bytes: Uint8Array;
}

/**
 * Parses a textual IP address (dotted-quad IPv4, or IPv6 with `::` and an optional trailing
 * IPv4 and zone) into bytes. Only canonical forms are accepted: `node:net` rejects the octal,
 * hex and integer IPv4 spellings, which the URL parser has already normalised by this point.
 */
export function parseIp(text: string): IpBytes | undefined {
  const address = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (isIPv4(address)) return { family: 4, bytes: Uint8Array.from(address.split('.').map(Number)) };
  if (!isIPv6(address)) return undefined;
  return { family: 6, bytes: parseIPv6(address.split('%')[0] ?? address) };
}

function parseIPv6(address: string): Uint8Array {
  const bytes = new Uint8Array(16);
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string): number[] => {
    if (part === '') return [];
    return part.split(':').flatMap((group) => {
      if (!group.includes('.')) return [parseInt(group, 16)];
      // A trailing dotted IPv4 fills the last two groups.
      const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  };
  const first = groupsOf(head);
  const last = tail === undefined ? [] : groupsOf(tail);
  const groups = [...first, ...new Array<number>(8 - first.length - last.length).fill(0), ...last];
  groups.forEach((group, index) => {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  });
  return bytes;
}

/** Whether `bytes` starts with the first `prefixLength` bits of `network`. */
export function inPrefix(bytes: Uint8Array, network: Uint8Array, prefixLength: number): boolean {
  for (let bit = 0; bit < prefixLength; bit += 8) {
    const remaining = Math.min(8, prefixLength - bit);
    const mask = (0xff << (8 - remaining)) & 0xff;
    const index = bit / 8;
    if (((bytes[index] ?? 0) & mask) !== ((network[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** `"10.0.0.0/8"` or `"fc00::/7"` to a matcher. */
export function cidr(notation: string): (ip: IpBytes) => boolean {
  const [network = '', length = ''] = notation.split('/');
  const parsed = parseIp(network);
  if (!parsed) throw new Error(`not a CIDR block: ${notation}`);
  const prefixLength = Number(length);
  return (ip) => ip.family === parsed.family && inPrefix(ip.bytes, parsed.bytes, prefixLength);
}
