/**
 * Member firms of the alliance that lend trainers. `country` is the ISO 3166-1
 * alpha-2 code of the firm's headquarters. Trainer e-mail addresses use the
 * test domain in MEMBER_FIRM_EMAIL_DOMAINS (e.g. `peter.novak@eset.test`).
 */
export interface MemberFirmSeed {
  key: string;
  name: string;
  country: string;
  website: string;
}

export const MEMBER_FIRMS: MemberFirmSeed[] = [
  { key: 'mcafee', name: 'McAfee', country: 'US', website: 'https://www.mcafee.com' },
  { key: 'trend-micro', name: 'Trend Micro', country: 'JP', website: 'https://www.trendmicro.com' },
  // Shop Direct Group trades as The Very Group since 2020; the founding-member name is kept.
  { key: 'shop-direct', name: 'Shop Direct Group', country: 'GB', website: 'https://www.theverygroup.com' },
  { key: 'eset', name: 'ESET', country: 'SK', website: 'https://www.eset.com' },
  { key: 'sophos', name: 'Sophos', country: 'GB', website: 'https://www.sophos.com' },
  { key: 'bitdefender', name: 'Bitdefender', country: 'RO', website: 'https://www.bitdefender.com' },
  { key: 'f-secure', name: 'F-Secure', country: 'FI', website: 'https://www.f-secure.com' },
  {
    key: 'check-point',
    name: 'Check Point Software Technologies',
    country: 'IL',
    website: 'https://www.checkpoint.com',
  },
];

/** Test e-mail domain of each firm's staff, keyed by firm key. */
export const MEMBER_FIRM_EMAIL_DOMAINS: Record<string, string> = {
  mcafee: 'mcafee.test',
  'trend-micro': 'trendmicro.test',
  'shop-direct': 'shopdirect.test',
  eset: 'eset.test',
  sophos: 'sophos.test',
  bitdefender: 'bitdefender.test',
  'f-secure': 'f-secure.test',
  'check-point': 'checkpoint.test',
};
