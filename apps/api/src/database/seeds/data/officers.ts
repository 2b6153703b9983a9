/**
 * Police officers of the first twelve POLICE_UNITS (three each; the first of
 * each unit is its training coordinator). Demo accounts are created elsewhere.
 * E-mails are `first.last@<unit key>.police.test` (ASCII, diacritics dropped).
 */
export interface OfficerSeed {
  key: string;
  displayName: string;
  email: string;
  unit: string;
  role: 'officer' | 'coordinator';
}

export const OFFICERS: OfficerSeed[] = [
  // Ukraine — ua-kyiv-cyber
  {
    key: 'oleksandr-kovalenko',
    displayName: 'Oleksandr Kovalenko',
    email: 'oleksandr.kovalenko@ua-kyiv-cyber.police.test',
    unit: 'ua-kyiv-cyber',
    role: 'coordinator',
  },
  {
    key: 'iryna-shevchenko',
    displayName: 'Iryna Shevchenko',
    email: 'iryna.shevchenko@ua-kyiv-cyber.police.test',
    unit: 'ua-kyiv-cyber',
    role: 'officer',
  },
  {
    key: 'dmytro-bondarenko',
    displayName: 'Dmytro Bondarenko',
    email: 'dmytro.bondarenko@ua-kyiv-cyber.police.test',
    unit: 'ua-kyiv-cyber',
    role: 'officer',
  },

  // Brazil — br-sp-pf-cyber
  {
    key: 'mariana-souza',
    displayName: 'Mariana Souza',
    email: 'mariana.souza@br-sp-pf-cyber.police.test',
    unit: 'br-sp-pf-cyber',
    role: 'coordinator',
  },
  {
    key: 'joao-oliveira',
    displayName: 'João Oliveira',
    email: 'joao.oliveira@br-sp-pf-cyber.police.test',
    unit: 'br-sp-pf-cyber',
    role: 'officer',
  },
  {
    key: 'rafael-costa',
    displayName: 'Rafael Costa',
    email: 'rafael.costa@br-sp-pf-cyber.police.test',
    unit: 'br-sp-pf-cyber',
    role: 'officer',
  },

  // Nigeria — ng-abuja-nccc
  {
    key: 'chinedu-okafor',
    displayName: 'Chinedu Okafor',
    email: 'chinedu.okafor@ng-abuja-nccc.police.test',
    unit: 'ng-abuja-nccc',
    role: 'coordinator',
  },
  {
    key: 'aisha-bello',
    displayName: 'Aisha Bello',
    email: 'aisha.bello@ng-abuja-nccc.police.test',
    unit: 'ng-abuja-nccc',
    role: 'officer',
  },
  {
    key: 'oluwaseun-adeyemi',
    displayName: 'Oluwaseun Adeyemi',
    email: 'oluwaseun.adeyemi@ng-abuja-nccc.police.test',
    unit: 'ng-abuja-nccc',
    role: 'officer',
  },

  // India — in-delhi-ifso
  {
    key: 'priya-sharma',
    displayName: 'Priya Sharma',
    email: 'priya.sharma@in-delhi-ifso.police.test',
    unit: 'in-delhi-ifso',
    role: 'coordinator',
  },
  {
    key: 'rahul-verma',
    displayName: 'Rahul Verma',
    email: 'rahul.verma@in-delhi-ifso.police.test',
    unit: 'in-delhi-ifso',
    role: 'officer',
  },
  {
    key: 'anjali-singh',
    displayName: 'Anjali Singh',
    email: 'anjali.singh@in-delhi-ifso.police.test',
    unit: 'in-delhi-ifso',
    role: 'officer',
  },

  // Romania — ro-bucharest-dcco
  {
    key: 'andrei-popescu',
    displayName: 'Andrei Popescu',
    email: 'andrei.popescu@ro-bucharest-dcco.police.test',
    unit: 'ro-bucharest-dcco',
    role: 'coordinator',
  },
  {
    key: 'ioana-ionescu',
    displayName: 'Ioana Ionescu',
    email: 'ioana.ionescu@ro-bucharest-dcco.police.test',
    unit: 'ro-bucharest-dcco',
    role: 'officer',
  },
  {
    key: 'mihai-dumitru',
    displayName: 'Mihai Dumitru',
    email: 'mihai.dumitru@ro-bucharest-dcco.police.test',
    unit: 'ro-bucharest-dcco',
    role: 'officer',
  },

  // Philippines — ph-quezon-acg
  {
    key: 'maria-santos',
    displayName: 'Maria Santos',
    email: 'maria.santos@ph-quezon-acg.police.test',
    unit: 'ph-quezon-acg',
    role: 'coordinator',
  },
  {
    key: 'jose-reyes',
    displayName: 'José Reyes',
    email: 'jose.reyes@ph-quezon-acg.police.test',
    unit: 'ph-quezon-acg',
    role: 'officer',
  },
  {
    key: 'kristine-cruz',
    displayName: 'Kristine Cruz',
    email: 'kristine.cruz@ph-quezon-acg.police.test',
    unit: 'ph-quezon-acg',
    role: 'officer',
  },

  // Indonesia — id-jakarta-dittipidsiber
  {
    key: 'budi-santoso',
    displayName: 'Budi Santoso',
    email: 'budi.santoso@id-jakarta-dittipidsiber.police.test',
    unit: 'id-jakarta-dittipidsiber',
    role: 'coordinator',
  },
  {
    key: 'siti-rahayu',
    displayName: 'Siti Rahayu',
    email: 'siti.rahayu@id-jakarta-dittipidsiber.police.test',
    unit: 'id-jakarta-dittipidsiber',
    role: 'officer',
  },
  {
    key: 'agus-wijaya',
    displayName: 'Agus Wijaya',
    email: 'agus.wijaya@id-jakarta-dittipidsiber.police.test',
    unit: 'id-jakarta-dittipidsiber',
    role: 'officer',
  },

  // Vietnam — vn-hanoi-a05 (family name first in displayName)
  {
    key: 'minh-nguyen',
    displayName: 'Nguyễn Văn Minh',
    email: 'minh.nguyen@vn-hanoi-a05.police.test',
    unit: 'vn-hanoi-a05',
    role: 'coordinator',
  },
  {
    key: 'lan-tran',
    displayName: 'Trần Thị Lan',
    email: 'lan.tran@vn-hanoi-a05.police.test',
    unit: 'vn-hanoi-a05',
    role: 'officer',
  },
  {
    key: 'huy-pham',
    displayName: 'Phạm Quốc Huy',
    email: 'huy.pham@vn-hanoi-a05.police.test',
    unit: 'vn-hanoi-a05',
    role: 'officer',
  },

  // Mexico — mx-cdmx-ssc-cyber
  {
    key: 'alejandro-hernandez',
    displayName: 'Alejandro Hernández',
    email: 'alejandro.hernandez@mx-cdmx-ssc-cyber.police.test',
    unit: 'mx-cdmx-ssc-cyber',
    role: 'coordinator',
  },
  {
    key: 'guadalupe-martinez',
    displayName: 'Guadalupe Martínez',
    email: 'guadalupe.martinez@mx-cdmx-ssc-cyber.police.test',
    unit: 'mx-cdmx-ssc-cyber',
    role: 'officer',
  },
  {
    key: 'luis-garcia',
    displayName: 'Luis García',
    email: 'luis.garcia@mx-cdmx-ssc-cyber.police.test',
    unit: 'mx-cdmx-ssc-cyber',
    role: 'officer',
  },

  // Colombia — co-bogota-ccp
  {
    key: 'carolina-rodriguez',
    displayName: 'Carolina Rodríguez',
    email: 'carolina.rodriguez@co-bogota-ccp.police.test',
    unit: 'co-bogota-ccp',
    role: 'coordinator',
  },
  {
    key: 'andres-gomez',
    displayName: 'Andrés Gómez',
    email: 'andres.gomez@co-bogota-ccp.police.test',
    unit: 'co-bogota-ccp',
    role: 'officer',
  },
  {
    key: 'felipe-ramirez',
    displayName: 'Felipe Ramírez',
    email: 'felipe.ramirez@co-bogota-ccp.police.test',
    unit: 'co-bogota-ccp',
    role: 'officer',
  },

  // Kenya — ke-nairobi-dci-cyber
  {
    key: 'faith-kamau',
    displayName: 'Faith Kamau',
    email: 'faith.kamau@ke-nairobi-dci-cyber.police.test',
    unit: 'ke-nairobi-dci-cyber',
    role: 'coordinator',
  },
  {
    key: 'brian-otieno',
    displayName: 'Brian Otieno',
    email: 'brian.otieno@ke-nairobi-dci-cyber.police.test',
    unit: 'ke-nairobi-dci-cyber',
    role: 'officer',
  },
  {
    key: 'kevin-mwangi',
    displayName: 'Kevin Mwangi',
    email: 'kevin.mwangi@ke-nairobi-dci-cyber.police.test',
    unit: 'ke-nairobi-dci-cyber',
    role: 'officer',
  },

  // Ghana — gh-accra-cid-cyber
  {
    key: 'kwame-mensah',
    displayName: 'Kwame Mensah',
    email: 'kwame.mensah@gh-accra-cid-cyber.police.test',
    unit: 'gh-accra-cid-cyber',
    role: 'coordinator',
  },
  {
    key: 'abena-owusu',
    displayName: 'Abena Owusu',
    email: 'abena.owusu@gh-accra-cid-cyber.police.test',
    unit: 'gh-accra-cid-cyber',
    role: 'officer',
  },
  {
    key: 'kofi-asante',
    displayName: 'Kofi Asante',
    email: 'kofi.asante@gh-accra-cid-cyber.police.test',
    unit: 'gh-accra-cid-cyber',
    role: 'officer',
  },
];
