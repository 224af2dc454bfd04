import { isPublicAddress } from './address-policy';
import { cidr, parseIp } from './ip-address';

describe('the production address policy', () => {
  it.each([
    // IPv4: loopback, private, link-local and cloud metadata
    '127.0.0.1',
    '127.0.0.2',
    '127.255.255.254',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '192.168.255.255',
    '169.254.0.1',
    '169.254.169.254',
    '169.254.170.2',
    // CGNAT, "this network", unspecified
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '0.1.2.3',
    // multicast, reserved, broadcast
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    // protocol assignments, documentation, benchmarking, 6to4 relay
    '192.0.0.1',
    '192.0.0.170',
    '192.0.2.1',
    '198.18.0.1',
    '198.19.255.255',
    '198.51.100.7',
    '203.0.113.9',
    '192.88.99.1',
    // IPv6: loopback, unspecified, ULA, link-local, site-local, multicast, discard
    '::1',
    '::',
    'fc00::1',
    'fd12:3456:789a::1',
    'fe80::1',
    'fe80::1%eth0',
    'febf::1',
    'fec0::1',
    'ff02::1',
    'ff0e::1',
    '100::1',
    // IPv4-mapped and IPv4-compatible forms of forbidden addresses
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '::ffff:0.0.0.0',
    '::127.0.0.1',
    '::7f00:1',
    '::8.8.8.8',
    '::ffff:0:127.0.0.1',
    // NAT64 of forbidden addresses, and the local-use NAT64 prefix
    '64:ff9b::127.0.0.1',
    '64:ff9b::a00:1',
    '64:ff9b::169.254.169.254',
    '64:ff9b:1::8.8.8.8',
    // 6to4 of forbidden addresses, Teredo, documentation
    '2002:7f00:1::1',
    '2002:a00:1::',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    '2001:db8::1',
    '3fff::1',
    // not addresses at all
    '',
    'localhost',
    '2130706433',
    '0x7f.0.0.1',
    '0177.0.0.1',
    '127.1',
    '1.2.3.4.5',
    '256.1.1.1',
    'example.com',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.215.14',
    '100.63.255.255', // just below CGNAT
    '100.128.0.0', // just above CGNAT
    '172.15.255.255', // just below 172.16/12
    '172.32.0.0', // just above
    '169.253.255.255',
    '192.167.255.255',
    '198.17.255.255',
    '223.255.255.255', // just below multicast
    '11.0.0.1',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '2a00:1450:4001:82b::200e',
    '::ffff:8.8.8.8',
    '::ffff:808:808',
    '64:ff9b::8.8.8.8',
    '2002:808:808::1',
    '[2606:4700:4700::1111]',
  ])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('IP parsing', () => {
  it('expands IPv6 with compression and a trailing IPv4', () => {
    expect(Array.from(parseIp('::ffff:127.0.0.1')!.bytes)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1,
    ]);
    expect(Array.from(parseIp('fe80::1')!.bytes)).toEqual([
      0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);
    expect(Array.from(parseIp('1:2:3:4:5:6:7:8')!.bytes)).toEqual([
      0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8,
    ]);
  });

  it('matches prefixes that do not fall on byte boundaries', () => {
    const cgnat = cidr('100.64.0.0/10');
    expect(cgnat(parseIp('100.127.1.1')!)).toBe(true);
    expect(cgnat(parseIp('100.128.1.1')!)).toBe(false);
    expect(cidr('fe80::/10')(parseIp('febf:ffff::1')!)).toBe(true);
    expect(cidr('fe80::/10')(parseIp('fec0::1')!)).toBe(false);
  });

  it('never matches across families', () => {
    expect(cidr('0.0.0.0/0')(parseIp('::1')!)).toBe(false);
  });
});
