import { z } from 'zod';

/**
 * Roles of a store's members, the same in the control plane and in every cell. Each is a set of
 * permissions (`rolePermissions` in permissions.ts).
 */
export const memberRoles = ['owner', 'admin', 'catalog_staff', 'orders_staff', 'support'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Product languages, available from day one. */
export const languages = ['pt-BR', 'en', 'es'] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);

/**
 * Currencies a store may sell in, with the number of minor units per ISO 4217.
 * Money is always an integer count of minor units plus one of these codes.
 */
export const currencyMinorUnits = {
  BRL: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  ARS: 2,
  CLP: 0,
  COP: 2,
  MXN: 2,
  PEN: 2,
  UYU: 2,
  PYG: 0,
  BOB: 2,
  CAD: 2,
  AUD: 2,
  JPY: 0,
  CHF: 2,
} as const satisfies Record<string, number>;
export type Currency = keyof typeof currencyMinorUnits;
export const currencies = Object.keys(currencyMinorUnits) as [Currency, ...Currency[]];
export const currencySchema = z.enum(currencies);

/** ISO 3166-1 alpha-2 codes. */
export const countries = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ') as [string, ...string[]];
export const countrySchema = z.enum(countries, { error: 'must be an ISO 3166-1 alpha-2 code' });

export const niches = [
  'fashion',
  'beauty',
  'electronics',
  'home',
  'food',
  'sports',
  'toys',
  'books',
  'art',
  'pets',
  'health',
  'services',
  'other',
] as const;
export const nicheSchema = z.enum(niches);

/**
 * Slugs that name platform hosts or could be mistaken for them. They are refused with 409
 * SLUG_RESERVED, the same status as a taken slug, so clients handle both the same way.
 */
export const reservedSlugs: ReadonlySet<string> = new Set([
  'www',
  'admin',
  'api',
  'app',
  'apps',
  'auth',
  'login',
  'signup',
  'account',
  'accounts',
  'billing',
  'dashboard',
  'console',
  'status',
  'help',
  'support',
  'docs',
  'blog',
  'mail',
  'email',
  'smtp',
  'imap',
  'pop',
  'ftp',
  'ns',
  'ns1',
  'ns2',
  'dns',
  'mx',
  'cdn',
  'static',
  'assets',
  'media',
  'img',
  'images',
  'files',
  'uploads',
  'internal',
  'platform',
  'root',
  'system',
  'localhost',
  'temporal',
  'metrics',
  'grafana',
  'prometheus',
  'router',
  'cell',
  'cells',
  'control',
  'control-plane',
  'staging',
  'dev',
  'test',
  'demo',
  'sandbox',
  'security',
  'abuse',
  'postmaster',
  'webmaster',
  'hostmaster',
  'marketplace',
  'marketplace-builder',
]);

/** A DNS-safe label: 3 to 40 lowercase letters, digits and single hyphens, not at either end. */
export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'must be at least 3 characters')
  .max(40, 'must be at most 40 characters')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'may contain only lowercase letters, digits and single hyphens, not at the start or end',
  );

/** A URL path segment for a product or category: lowercase words joined by hyphens. */
export const handleSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'may contain only lowercase letters, digits and hyphens');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be a valid email address' }));

export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(256, 'must be at most 256 characters');

/** An amount of money in minor units of the store's currency. */
export const moneySchema = z
  .number({ error: 'must be an integer amount in minor units' })
  .int('must be an integer amount in minor units')
  .min(0, 'must not be negative')
  .max(100_000_000_000, 'is too large');

export const uuidSchema = z.uuid({ error: 'must be a UUID' });

export const idParamsSchema = z.object({ id: uuidSchema });

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Turns free text into a handle or slug candidate: "Café Azul!" becomes "cafe-azul". */
export function toHandle(text: string, maxLength = 120): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
