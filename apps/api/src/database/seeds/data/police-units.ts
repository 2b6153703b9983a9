/**
 * Police cybercrime units, 3-4 per hotspot country plus one national unit in
 * ten non-hotspot countries. `country` is an ISO 3166-1 alpha-2 code from
 * COUNTRIES; `key` is a stable kebab-case identifier referenced by OFFICERS.
 *
 * Order matters: the first entry is the demo officer's unit (`ua-kyiv-cyber`),
 * and the first twelve (one per country) are the units staffed by OFFICERS.
 *
 * No units are seeded for the hotspots KP and IR: they are flagged as sources
 * of cybercrime, but the alliance does not train their police (no cooperation,
 * sanctions).
 */
export interface PoliceUnitSeed {
  key: string;
  name: string;
  agency: string;
  city: string;
  country: string;
}

export const POLICE_UNITS: PoliceUnitSeed[] = [
  // ── Staffed units (one per country; OFFICERS are seeded for these twelve) ──
  {
    key: 'ua-kyiv-cyber',
    name: 'Cyber Police Department — Kyiv',
    agency: 'National Police of Ukraine',
    city: 'Kyiv',
    country: 'UA',
  },
  {
    key: 'br-sp-pf-cyber',
    name: 'Delegacia de Repressão aos Crimes Cibernéticos',
    agency: 'Polícia Federal',
    city: 'São Paulo',
    country: 'BR',
  },
  {
    key: 'ng-abuja-nccc',
    name: 'National Cybercrime Centre (NPF-NCCC)',
    agency: 'Nigeria Police Force',
    city: 'Abuja',
    country: 'NG',
  },
  {
    key: 'in-delhi-ifso',
    name: 'Intelligence Fusion and Strategic Operations (IFSO) — Cyber Crime Unit',
    agency: 'Delhi Police',
    city: 'New Delhi',
    country: 'IN',
  },
  {
    key: 'ro-bucharest-dcco',
    name: 'Serviciul de Combatere a Criminalității Informatice',
    agency: 'Poliția Română — Direcția de Combatere a Criminalității Organizate',
    city: 'Bucharest',
    country: 'RO',
  },
  {
    key: 'ph-quezon-acg',
    name: 'Anti-Cybercrime Group (ACG)',
    agency: 'Philippine National Police',
    city: 'Quezon City',
    country: 'PH',
  },
  {
    key: 'id-jakarta-dittipidsiber',
    name: 'Direktorat Tindak Pidana Siber (Dittipidsiber) — Bareskrim',
    agency: 'Indonesian National Police (Polri)',
    city: 'Jakarta',
    country: 'ID',
  },
  {
    key: 'vn-hanoi-a05',
    name: 'Department of Cyber Security and High-Tech Crime Prevention (A05)',
    agency: 'Ministry of Public Security',
    city: 'Hanoi',
    country: 'VN',
  },
  {
    key: 'mx-cdmx-ssc-cyber',
    name: 'Unidad de Policía Cibernética',
    agency: 'Secretaría de Seguridad Ciudadana de la Ciudad de México',
    city: 'Mexico City',
    country: 'MX',
  },
  {
    key: 'co-bogota-ccp',
    name: 'Centro Cibernético Policial (CCP)',
    agency: 'Policía Nacional de Colombia',
    city: 'Bogotá',
    country: 'CO',
  },
  {
    key: 'ke-nairobi-dci-cyber',
    name: 'Cybercrime Unit — DCI Headquarters',
    agency: 'National Police Service — Directorate of Criminal Investigations',
    city: 'Nairobi',
    country: 'KE',
  },
  {
    key: 'gh-accra-cid-cyber',
    name: 'Cybercrime Unit — Criminal Investigations Department',
    agency: 'Ghana Police Service',
    city: 'Accra',
    country: 'GH',
  },

  // ── Other units in hotspot countries ──
  // Ukraine
  {
    key: 'ua-lviv-cyber',
    name: 'Cyber Police Department — Lviv Region',
    agency: 'National Police of Ukraine',
    city: 'Lviv',
    country: 'UA',
  },
  {
    key: 'ua-kharkiv-cyber',
    name: 'Cyber Police Department — Kharkiv Region',
    agency: 'National Police of Ukraine',
    city: 'Kharkiv',
    country: 'UA',
  },
  {
    key: 'ua-odesa-cyber',
    name: 'Cyber Police Department — Odesa Region',
    agency: 'National Police of Ukraine',
    city: 'Odesa',
    country: 'UA',
  },
  // Brazil
  {
    key: 'br-brasilia-pf-dciber',
    name: 'Diretoria de Combate a Crimes Cibernéticos (DCIBER)',
    agency: 'Polícia Federal',
    city: 'Brasília',
    country: 'BR',
  },
  {
    key: 'br-rj-drci',
    name: 'Delegacia de Repressão aos Crimes de Informática (DRCI)',
    agency: 'Polícia Civil do Estado do Rio de Janeiro',
    city: 'Rio de Janeiro',
    country: 'BR',
  },
  {
    key: 'br-sp-pc-cyber',
    name: 'Divisão de Crimes Cibernéticos — DEIC',
    agency: 'Polícia Civil do Estado de São Paulo',
    city: 'São Paulo',
    country: 'BR',
  },
  // Russia
  {
    key: 'ru-moscow-ubk',
    name: 'Cybercrime Directorate (UBK)',
    agency: 'Ministry of Internal Affairs of the Russian Federation',
    city: 'Moscow',
    country: 'RU',
  },
  {
    key: 'ru-spb-cyber',
    name: 'Cybercrime Division — St Petersburg and Leningrad Region',
    agency: 'Ministry of Internal Affairs of the Russian Federation',
    city: 'Saint Petersburg',
    country: 'RU',
  },
  {
    key: 'ru-yekaterinburg-cyber',
    name: 'Cybercrime Division — Sverdlovsk Region',
    agency: 'Ministry of Internal Affairs of the Russian Federation',
    city: 'Yekaterinburg',
    country: 'RU',
  },
  // China
  {
    key: 'cn-beijing-mps-cyber',
    name: 'Cyber Security Bureau',
    agency: 'Ministry of Public Security',
    city: 'Beijing',
    country: 'CN',
  },
  {
    key: 'cn-shanghai-cyber',
    name: 'Cyber Security Division',
    agency: 'Shanghai Municipal Public Security Bureau',
    city: 'Shanghai',
    country: 'CN',
  },
  {
    key: 'cn-shenzhen-cyber',
    name: 'Cyber Police Division',
    agency: 'Shenzhen Municipal Public Security Bureau',
    city: 'Shenzhen',
    country: 'CN',
  },
  // Nigeria
  {
    key: 'ng-lagos-efcc-cyber',
    name: 'Cybercrime Section — Lagos Zonal Directorate',
    agency: 'Economic and Financial Crimes Commission (EFCC)',
    city: 'Lagos',
    country: 'NG',
  },
  {
    key: 'ng-port-harcourt-cyber',
    name: 'Cybercrime Unit — Rivers State Command',
    agency: 'Nigeria Police Force',
    city: 'Port Harcourt',
    country: 'NG',
  },
  // India
  {
    key: 'in-delhi-i4c',
    name: 'Indian Cyber Crime Coordination Centre (I4C)',
    agency: 'Ministry of Home Affairs',
    city: 'New Delhi',
    country: 'IN',
  },
  {
    key: 'in-bengaluru-cen',
    name: 'Cyber, Economic and Narcotics (CEN) Crime Police Station',
    agency: 'Bengaluru City Police',
    city: 'Bengaluru',
    country: 'IN',
  },
  {
    key: 'in-mumbai-maharashtra-cyber',
    name: 'Maharashtra Cyber',
    agency: 'Maharashtra Police',
    city: 'Mumbai',
    country: 'IN',
  },
  // Romania
  {
    key: 'ro-bucharest-diicot',
    name: 'Serviciul de Combatere a Criminalității Informatice — DIICOT',
    agency: 'Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism (DIICOT)',
    city: 'Bucharest',
    country: 'RO',
  },
  {
    key: 'ro-craiova-bcco',
    name: 'Brigada de Combatere a Criminalității Organizate Craiova — Criminalitate Informatică',
    agency: 'Poliția Română',
    city: 'Craiova',
    country: 'RO',
  },
  {
    key: 'ro-valcea-scco',
    name: 'Serviciul de Combatere a Criminalității Organizate Vâlcea',
    agency: 'Poliția Română',
    city: 'Râmnicu Vâlcea',
    country: 'RO',
  },
  // Philippines
  {
    key: 'ph-manila-nbi-ccd',
    name: 'Cybercrime Division',
    agency: 'National Bureau of Investigation',
    city: 'Manila',
    country: 'PH',
  },
  {
    key: 'ph-cebu-racu7',
    name: 'Regional Anti-Cybercrime Unit 7',
    agency: 'Philippine National Police',
    city: 'Cebu City',
    country: 'PH',
  },
  {
    key: 'ph-davao-racu11',
    name: 'Regional Anti-Cybercrime Unit 11',
    agency: 'Philippine National Police',
    city: 'Davao City',
    country: 'PH',
  },
  // Indonesia
  {
    key: 'id-jakarta-polda-metro-siber',
    name: 'Subdirektorat Siber — Ditreskrimsus Polda Metro Jaya',
    agency: 'Indonesian National Police (Polri)',
    city: 'Jakarta',
    country: 'ID',
  },
  {
    key: 'id-surabaya-polda-jatim-siber',
    name: 'Subdirektorat Siber — Ditreskrimsus Polda Jawa Timur',
    agency: 'Indonesian National Police (Polri)',
    city: 'Surabaya',
    country: 'ID',
  },
  // Vietnam
  {
    key: 'vn-hcmc-pa05',
    name: 'Cyber Security and High-Tech Crime Prevention Division (PA05)',
    agency: 'Ho Chi Minh City Police',
    city: 'Ho Chi Minh City',
    country: 'VN',
  },
  {
    key: 'vn-da-nang-pa05',
    name: 'Cyber Security and High-Tech Crime Prevention Division (PA05)',
    agency: 'Da Nang City Police',
    city: 'Da Nang',
    country: 'VN',
  },
  // Pakistan
  {
    key: 'pk-islamabad-nccia',
    name: 'Cyber Crime Investigation — Headquarters',
    agency: 'National Cyber Crime Investigation Agency (NCCIA)',
    city: 'Islamabad',
    country: 'PK',
  },
  {
    key: 'pk-lahore-nccia',
    name: 'Cyber Crime Reporting Centre — Lahore',
    agency: 'National Cyber Crime Investigation Agency (NCCIA)',
    city: 'Lahore',
    country: 'PK',
  },
  {
    key: 'pk-karachi-nccia',
    name: 'Cyber Crime Reporting Centre — Karachi',
    agency: 'National Cyber Crime Investigation Agency (NCCIA)',
    city: 'Karachi',
    country: 'PK',
  },
  // Ghana
  {
    key: 'gh-accra-eoco-cyber',
    name: 'Cybercrime Unit',
    agency: 'Economic and Organised Crime Office (EOCO)',
    city: 'Accra',
    country: 'GH',
  },
  {
    key: 'gh-kumasi-cyber',
    name: 'Cybercrime Unit — Ashanti Regional Command',
    agency: 'Ghana Police Service',
    city: 'Kumasi',
    country: 'GH',
  },
  // South Africa
  {
    key: 'za-pretoria-hawks-cyber',
    name: 'Cybercrime Investigations — Directorate for Priority Crime Investigation (Hawks)',
    agency: 'South African Police Service',
    city: 'Pretoria',
    country: 'ZA',
  },
  {
    key: 'za-johannesburg-cyber',
    name: 'Cybercrime Unit — Gauteng Commercial Crime',
    agency: 'South African Police Service',
    city: 'Johannesburg',
    country: 'ZA',
  },
  {
    key: 'za-cape-town-cyber',
    name: 'Cybercrime Unit — Western Cape Hawks',
    agency: 'South African Police Service',
    city: 'Cape Town',
    country: 'ZA',
  },
  // Mexico
  {
    key: 'mx-cdmx-gn-cyber',
    name: 'Unidad de Investigación Cibernética',
    agency: 'Guardia Nacional',
    city: 'Mexico City',
    country: 'MX',
  },
  {
    key: 'mx-guadalajara-cyber',
    name: 'Policía Cibernética de Jalisco',
    agency: 'Secretaría de Seguridad del Estado de Jalisco',
    city: 'Guadalajara',
    country: 'MX',
  },
  // Colombia
  {
    key: 'co-medellin-cyber',
    name: 'Grupo de Delitos Informáticos — SIJIN Medellín',
    agency: 'Policía Nacional de Colombia',
    city: 'Medellín',
    country: 'CO',
  },
  {
    key: 'co-cali-cyber',
    name: 'Grupo de Delitos Informáticos — SIJIN Cali',
    agency: 'Policía Nacional de Colombia',
    city: 'Cali',
    country: 'CO',
  },
  // Türkiye
  {
    key: 'tr-ankara-egm-cyber',
    name: 'Siber Suçlarla Mücadele Daire Başkanlığı (Department of Combating Cybercrime)',
    agency: 'Emniyet Genel Müdürlüğü (Turkish National Police)',
    city: 'Ankara',
    country: 'TR',
  },
  {
    key: 'tr-istanbul-cyber',
    name: 'Siber Suçlarla Mücadele Şube Müdürlüğü — İstanbul',
    agency: 'Emniyet Genel Müdürlüğü (Turkish National Police)',
    city: 'Istanbul',
    country: 'TR',
  },
  {
    key: 'tr-izmir-cyber',
    name: 'Siber Suçlarla Mücadele Şube Müdürlüğü — İzmir',
    agency: 'Emniyet Genel Müdürlüğü (Turkish National Police)',
    city: 'İzmir',
    country: 'TR',
  },
  // Belarus
  {
    key: 'by-minsk-gupk',
    name: 'Main Directorate for Combating Cybercrime (GUPK)',
    agency: 'Ministry of Internal Affairs of the Republic of Belarus',
    city: 'Minsk',
    country: 'BY',
  },
  {
    key: 'by-brest-cyber',
    name: 'Cybercrime Division — Brest Region',
    agency: 'Ministry of Internal Affairs of the Republic of Belarus',
    city: 'Brest',
    country: 'BY',
  },
  {
    key: 'by-gomel-cyber',
    name: 'Cybercrime Division — Gomel Region',
    agency: 'Ministry of Internal Affairs of the Republic of Belarus',
    city: 'Gomel',
    country: 'BY',
  },
  // Moldova
  {
    key: 'md-chisinau-ccci',
    name: 'Centrul pentru Combaterea Crimelor Informatice',
    agency: 'Inspectoratul General al Poliției — Inspectoratul Național de Investigații',
    city: 'Chișinău',
    country: 'MD',
  },
  {
    key: 'md-chisinau-pccocs-cyber',
    name: 'Secția Combatere a Criminalității Informatice',
    agency: 'Procuratura pentru Combaterea Criminalității Organizate și Cauze Speciale (PCCOCS)',
    city: 'Chișinău',
    country: 'MD',
  },
  {
    key: 'md-balti-cyber',
    name: 'Secția Investigații Crime Informatice — Nord',
    agency: 'Inspectoratul General al Poliției',
    city: 'Bălți',
    country: 'MD',
  },
  // Kenya
  {
    key: 'ke-mombasa-dci-cyber',
    name: 'Cybercrime Unit — Coast Region',
    agency: 'National Police Service — Directorate of Criminal Investigations',
    city: 'Mombasa',
    country: 'KE',
  },
  {
    key: 'ke-kisumu-dci-cyber',
    name: 'Cybercrime Unit — Nyanza Region',
    agency: 'National Police Service — Directorate of Criminal Investigations',
    city: 'Kisumu',
    country: 'KE',
  },
  // Bangladesh
  {
    key: 'bd-dhaka-cid-cpc',
    name: 'Cyber Police Centre — CID',
    agency: 'Bangladesh Police',
    city: 'Dhaka',
    country: 'BD',
  },
  {
    key: 'bd-dhaka-cttc-cyber',
    name: 'Cyber Crime Investigation Division — CTTC',
    agency: 'Dhaka Metropolitan Police',
    city: 'Dhaka',
    country: 'BD',
  },
  {
    key: 'bd-chattogram-cyber',
    name: 'Cyber Crime Unit',
    agency: 'Chattogram Metropolitan Police',
    city: 'Chattogram',
    country: 'BD',
  },

  // ── National units in non-hotspot countries ──
  {
    key: 'de-wiesbaden-bka-cc',
    name: 'Abteilung Cybercrime (CC)',
    agency: 'Bundeskriminalamt (BKA)',
    city: 'Wiesbaden',
    country: 'DE',
  },
  {
    key: 'fr-nanterre-ofac',
    name: 'Office anti-cybercriminalité (OFAC)',
    agency: 'Police nationale',
    city: 'Nanterre',
    country: 'FR',
  },
  {
    key: 'gb-london-nccu',
    name: 'National Cyber Crime Unit (NCCU)',
    agency: 'National Crime Agency',
    city: 'London',
    country: 'GB',
  },
  {
    key: 'us-washington-fbi-cyd',
    name: 'Cyber Division',
    agency: 'Federal Bureau of Investigation',
    city: 'Washington, D.C.',
    country: 'US',
  },
  {
    key: 'nl-driebergen-thtc',
    name: 'Team High Tech Crime',
    agency: 'Politie — Landelijke Eenheid',
    city: 'Driebergen',
    country: 'NL',
  },
  {
    key: 'pl-warsaw-cbzc',
    name: 'Centralne Biuro Zwalczania Cyberprzestępczości (CBZC)',
    agency: 'Policja',
    city: 'Warsaw',
    country: 'PL',
  },
  {
    key: 'jp-tokyo-npa-cyber',
    name: 'Cyber Affairs Bureau — National Cyber Unit',
    agency: 'National Police Agency',
    city: 'Tokyo',
    country: 'JP',
  },
  {
    key: 'au-canberra-afp-cyber',
    name: 'AFP Cyber Command',
    agency: 'Australian Federal Police',
    city: 'Canberra',
    country: 'AU',
  },
  {
    key: 'ca-ottawa-nc3',
    name: 'National Cybercrime Coordination Centre (NC3)',
    agency: 'Royal Canadian Mounted Police',
    city: 'Ottawa',
    country: 'CA',
  },
  {
    key: 'es-madrid-ucc',
    name: 'Unidad Central de Ciberdelincuencia',
    agency: 'Policía Nacional',
    city: 'Madrid',
    country: 'ES',
  },
];
