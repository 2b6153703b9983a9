/**
 * Vocabulary of the generated uptake data set (uptake-dataset.ts): how police units, agencies, cities
 * and people are named per country, so that millions of synthetic rows still read like the alliance's
 * real partners. Pure data, no database access.
 *
 * - A name is `[display, latin]`: the display form may be Cyrillic, Chinese, Vietnamese…; the Latin
 *   form (ASCII) builds e-mail addresses.
 * - `unit` holds `{n}`, replaced by the unit's zero-padded number ("Cybercrime Unit 0042").
 * - `languages` are BCP 47 tags as the catalogue uses them, most used first.
 */
export type Name = readonly [display: string, latin: string];

export interface NamePool {
  first: readonly Name[];
  last: readonly Name[];
  /** Family name first (Chinese, Vietnamese, Hungarian usage). */
  familyFirst?: boolean;
}

export const NAME_POOLS = {
  english: {
    first: [['James', 'james'], ['Emma', 'emma'], ['Oliver', 'oliver'], ['Grace', 'grace'], ['Daniel', 'daniel'], ['Sarah', 'sarah'], ['Michael', 'michael'], ['Hannah', 'hannah'], ['Thomas', 'thomas'], ['Laura', 'laura'], ['David', 'david'], ['Rachel', 'rachel']],
    last: [['Mitchell', 'mitchell'], ['Harper', 'harper'], ['Collins', 'collins'], ['Bennett', 'bennett'], ['Walsh', 'walsh'], ['Turner', 'turner'], ['Hughes', 'hughes'], ['Foster', 'foster'], ['Reid', 'reid'], ['Palmer', 'palmer'], ['Brooks', 'brooks'], ['Sullivan', 'sullivan']],
  },
  russian: {
    first: [['Алексей', 'aleksei'], ['Дмитрий', 'dmitry'], ['Сергей', 'sergei'], ['Анна', 'anna'], ['Мария', 'maria'], ['Игорь', 'igor'], ['Ольга', 'olga'], ['Наталья', 'natalya'], ['Андрей', 'andrei'], ['Елена', 'elena'], ['Павел', 'pavel'], ['Татьяна', 'tatyana']],
    last: [['Смирнов', 'smirnov'], ['Кузнецов', 'kuznetsov'], ['Попов', 'popov'], ['Волков', 'volkov'], ['Соколов', 'sokolov'], ['Лебедев', 'lebedev'], ['Новиков', 'novikov'], ['Морозов', 'morozov'], ['Орлов', 'orlov'], ['Козлов', 'kozlov'], ['Фёдоров', 'fedorov'], ['Егоров', 'egorov']],
  },
  ukrainian: {
    first: [['Олександр', 'oleksandr'], ['Олена', 'olena'], ['Тарас', 'taras'], ['Ірина', 'iryna'], ['Дмитро', 'dmytro'], ['Оксана', 'oksana'], ['Андрій', 'andrii'], ['Наталія', 'nataliia'], ['Богдан', 'bohdan'], ['Юлія', 'yuliia'], ['Василь', 'vasyl'], ['Софія', 'sofiia']],
    last: [['Коваленко', 'kovalenko'], ['Шевченко', 'shevchenko'], ['Бондаренко', 'bondarenko'], ['Мельник', 'melnyk'], ['Ткаченко', 'tkachenko'], ['Кравченко', 'kravchenko'], ['Олійник', 'oliinyk'], ['Лисенко', 'lysenko'], ['Руденко', 'rudenko'], ['Мороз', 'moroz'], ['Савченко', 'savchenko'], ['Поліщук', 'polishchuk']],
  },
  chinese: {
    familyFirst: true,
    first: [['伟', 'wei'], ['芳', 'fang'], ['敏', 'min'], ['静', 'jing'], ['磊', 'lei'], ['洋', 'yang'], ['艳', 'yan'], ['勇', 'yong'], ['军', 'jun'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao']],
    last: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun']],
  },
  portuguese: {
    first: [['João', 'joao'], ['Mariana', 'mariana'], ['Rafael', 'rafael'], ['Beatriz', 'beatriz'], ['Lucas', 'lucas'], ['Fernanda', 'fernanda'], ['Gabriel', 'gabriel'], ['Juliana', 'juliana'], ['Thiago', 'thiago'], ['Camila', 'camila'], ['André', 'andre'], ['Luíza', 'luiza']],
    last: [['Souza', 'souza'], ['Oliveira', 'oliveira'], ['Costa', 'costa'], ['Santos', 'santos'], ['Pereira', 'pereira'], ['Almeida', 'almeida'], ['Ribeiro', 'ribeiro'], ['Carvalho', 'carvalho'], ['Gonçalves', 'goncalves'], ['Araújo', 'araujo'], ['Lima', 'lima'], ['Barbosa', 'barbosa']],
  },
  spanish: {
    first: [['Sofía', 'sofia'], ['Carlos', 'carlos'], ['Valentina', 'valentina'], ['Andrés', 'andres'], ['Camila', 'camila'], ['Javier', 'javier'], ['Lucía', 'lucia'], ['Diego', 'diego'], ['Isabel', 'isabel'], ['Mateo', 'mateo'], ['Paula', 'paula'], ['Alejandro', 'alejandro']],
    last: [['García', 'garcia'], ['Rodríguez', 'rodriguez'], ['Martínez', 'martinez'], ['Hernández', 'hernandez'], ['López', 'lopez'], ['González', 'gonzalez'], ['Ramírez', 'ramirez'], ['Torres', 'torres'], ['Vargas', 'vargas'], ['Castillo', 'castillo'], ['Moreno', 'moreno'], ['Jiménez', 'jimenez']],
  },
  westAfrican: {
    first: [['Chinedu', 'chinedu'], ['Aisha', 'aisha'], ['Oluwaseun', 'oluwaseun'], ['Ngozi', 'ngozi'], ['Kwame', 'kwame'], ['Ama', 'ama'], ['Emeka', 'emeka'], ['Fatima', 'fatima'], ['Kofi', 'kofi'], ['Yetunde', 'yetunde'], ['Ibrahim', 'ibrahim'], ['Efua', 'efua']],
    last: [['Okafor', 'okafor'], ['Bello', 'bello'], ['Adeyemi', 'adeyemi'], ['Mensah', 'mensah'], ['Nwosu', 'nwosu'], ['Boateng', 'boateng'], ['Abubakar', 'abubakar'], ['Owusu', 'owusu'], ['Eze', 'eze'], ['Asante', 'asante'], ['Balogun', 'balogun'], ['Danjuma', 'danjuma']],
  },
  eastAfrican: {
    first: [['Wanjiru', 'wanjiru'], ['Otieno', 'otieno'], ['Achieng', 'achieng'], ['Kipchoge', 'kipchoge'], ['Thandiwe', 'thandiwe'], ['Sipho', 'sipho'], ['Neema', 'neema'], ['Baraka', 'baraka'], ['Lerato', 'lerato'], ['Tendai', 'tendai'], ['Amani', 'amani'], ['Zanele', 'zanele']],
    last: [['Kamau', 'kamau'], ['Odhiambo', 'odhiambo'], ['Mwangi', 'mwangi'], ['Nkosi', 'nkosi'], ['Dlamini', 'dlamini'], ['Kiprop', 'kiprop'], ['Mokoena', 'mokoena'], ['Njoroge', 'njoroge'], ['Ndlovu', 'ndlovu'], ['Wekesa', 'wekesa'], ['Mutua', 'mutua'], ['Khumalo', 'khumalo']],
  },
  southAsian: {
    first: [['Priya', 'priya'], ['Arjun', 'arjun'], ['Ananya', 'ananya'], ['Rahul', 'rahul'], ['Sana', 'sana'], ['Imran', 'imran'], ['Kavya', 'kavya'], ['Vikram', 'vikram'], ['Ayesha', 'ayesha'], ['Rohan', 'rohan'], ['Farhan', 'farhan'], ['Nusrat', 'nusrat']],
    last: [['Sharma', 'sharma'], ['Patel', 'patel'], ['Iyer', 'iyer'], ['Khan', 'khan'], ['Reddy', 'reddy'], ['Chowdhury', 'chowdhury'], ['Malik', 'malik'], ['Nair', 'nair'], ['Gupta', 'gupta'], ['Rahman', 'rahman'], ['Qureshi', 'qureshi'], ['Das', 'das']],
  },
  vietnamese: {
    familyFirst: true,
    first: [['Minh', 'minh'], ['Lan', 'lan'], ['Hùng', 'hung'], ['Thảo', 'thao'], ['Tuấn', 'tuan'], ['Hương', 'huong'], ['Dũng', 'dung'], ['Linh', 'linh'], ['Quang', 'quang'], ['Mai', 'mai'], ['Khánh', 'khanh'], ['Trang', 'trang']],
    last: [['Nguyễn', 'nguyen'], ['Trần', 'tran'], ['Lê', 'le'], ['Phạm', 'pham'], ['Hoàng', 'hoang'], ['Vũ', 'vu'], ['Đặng', 'dang'], ['Bùi', 'bui'], ['Đỗ', 'do'], ['Ngô', 'ngo'], ['Dương', 'duong'], ['Lý', 'ly']],
  },
  malay: {
    first: [['Budi', 'budi'], ['Siti', 'siti'], ['Agus', 'agus'], ['Dewi', 'dewi'], ['Rizky', 'rizky'], ['Putri', 'putri'], ['Maria', 'maria'], ['Jose', 'jose'], ['Andrea', 'andrea'], ['Mark', 'mark'], ['Nurul', 'nurul'], ['Hendra', 'hendra']],
    last: [['Santoso', 'santoso'], ['Wijaya', 'wijaya'], ['Saputra', 'saputra'], ['Hidayat', 'hidayat'], ['Reyes', 'reyes'], ['Cruz', 'cruz'], ['Bautista', 'bautista'], ['Villanueva', 'villanueva'], ['Kusuma', 'kusuma'], ['Pratama', 'pratama'], ['Mendoza', 'mendoza'], ['Aquino', 'aquino']],
  },
  turkish: {
    first: [['Mehmet', 'mehmet'], ['Ayşe', 'ayse'], ['Mustafa', 'mustafa'], ['Elif', 'elif'], ['Emre', 'emre'], ['Zeynep', 'zeynep'], ['Burak', 'burak'], ['Fatma', 'fatma'], ['Can', 'can'], ['Selin', 'selin'], ['Murat', 'murat'], ['Deniz', 'deniz']],
    last: [['Yılmaz', 'yilmaz'], ['Kaya', 'kaya'], ['Demir', 'demir'], ['Şahin', 'sahin'], ['Çelik', 'celik'], ['Yıldız', 'yildiz'], ['Aydın', 'aydin'], ['Öztürk', 'ozturk'], ['Arslan', 'arslan'], ['Doğan', 'dogan'], ['Kılıç', 'kilic'], ['Koç', 'koc']],
  },
  arabic: {
    first: [['Ahmed', 'ahmed'], ['Fatima', 'fatima'], ['Omar', 'omar'], ['Layla', 'layla'], ['Youssef', 'youssef'], ['Mariam', 'mariam'], ['Khaled', 'khaled'], ['Nour', 'nour'], ['Hassan', 'hassan'], ['Salma', 'salma'], ['Karim', 'karim'], ['Rania', 'rania']],
    last: [['Haddad', 'haddad'], ['Mansour', 'mansour'], ['Saleh', 'saleh'], ['Nasser', 'nasser'], ['Farouk', 'farouk'], ['Aziz', 'aziz'], ['Hamdan', 'hamdan'], ['Khalil', 'khalil'], ['Rashid', 'rashid'], ['Sabbagh', 'sabbagh'], ['Tawfik', 'tawfik'], ['Zayed', 'zayed']],
  },
  romanian: {
    first: [['Andrei', 'andrei'], ['Ioana', 'ioana'], ['Mihai', 'mihai'], ['Elena', 'elena'], ['Alexandru', 'alexandru'], ['Cristina', 'cristina'], ['Ion', 'ion'], ['Ana', 'ana'], ['Radu', 'radu'], ['Daniela', 'daniela'], ['Vlad', 'vlad'], ['Raluca', 'raluca']],
    last: [['Popescu', 'popescu'], ['Ionescu', 'ionescu'], ['Munteanu', 'munteanu'], ['Ciobanu', 'ciobanu'], ['Rusu', 'rusu'], ['Stoica', 'stoica'], ['Constantin', 'constantin'], ['Dumitru', 'dumitru'], ['Lungu', 'lungu'], ['Moldovan', 'moldovan'], ['Cojocaru', 'cojocaru'], ['Ursu', 'ursu']],
  },
  european: {
    first: [['Lukas', 'lukas'], ['Anna', 'anna'], ['Pierre', 'pierre'], ['Claire', 'claire'], ['Jan', 'jan'], ['Katarzyna', 'katarzyna'], ['Matteo', 'matteo'], ['Giulia', 'giulia'], ['Sven', 'sven'], ['Ingrid', 'ingrid'], ['Tomáš', 'tomas'], ['Eva', 'eva']],
    last: [['Müller', 'mueller'], ['Dubois', 'dubois'], ['Kowalski', 'kowalski'], ['Rossi', 'rossi'], ['Jansen', 'jansen'], ['Nielsen', 'nielsen'], ['Novák', 'novak'], ['Schmidt', 'schmidt'], ['Lefebvre', 'lefebvre'], ['Bianchi', 'bianchi'], ['Lindqvist', 'lindqvist'], ['Horváth', 'horvath']],
  },
  japanese: {
    familyFirst: true,
    first: [['Kenji', 'kenji'], ['Yuki', 'yuki'], ['Haruto', 'haruto'], ['Aiko', 'aiko'], ['Takeshi', 'takeshi'], ['Sakura', 'sakura']],
    last: [['Watanabe', 'watanabe'], ['Tanaka', 'tanaka'], ['Suzuki', 'suzuki'], ['Sato', 'sato'], ['Kobayashi', 'kobayashi'], ['Yamamoto', 'yamamoto']],
  },
} as const satisfies Record<string, NamePool>;

export type NamePoolKey = keyof typeof NAME_POOLS;

export interface CountryLocale {
  names: NamePoolKey;
  languages: readonly string[];
  unit: readonly string[];
  agencies: readonly string[];
  cities: readonly string[];
}

const EN_UNITS = ['Cybercrime Unit {n}', 'Digital Investigations Unit {n}', 'Cyber Fraud Squad {n}'];
const ES_UNITS = ['Unidad de Cibercrimen {n}', 'Brigada de Delitos Informáticos {n}'];
const PT_UNITS = ['Unidade de Crimes Cibernéticos {n}', 'Delegacia de Repressão a Crimes Cibernéticos {n}'];
const RU_UNITS = ['Отдел «К» № {n}', 'Управление по борьбе с киберпреступностью № {n}'];

/** Countries the alliance trains in most, and a few more, with their own vocabulary. */
export const COUNTRY_LOCALES: Record<string, CountryLocale> = {
  UA: { names: 'ukrainian', languages: ['uk', 'ru'], unit: ['Відділ кіберполіції № {n}', 'Cyber Police Unit {n}'], agencies: ['Національна поліція України', 'National Police of Ukraine'], cities: ['Kyiv', 'Lviv', 'Kharkiv', 'Odesa', 'Dnipro', 'Vinnytsia', 'Zaporizhzhia'] },
  RU: { names: 'russian', languages: ['ru'], unit: RU_UNITS, agencies: ['МВД России', 'Следственный комитет'], cities: ['Москва', 'Санкт-Петербург', 'Екатеринбург', 'Новосибирск', 'Казань', 'Ростов-на-Дону'] },
  BY: { names: 'russian', languages: ['ru'], unit: RU_UNITS, agencies: ['МВД Республики Беларусь'], cities: ['Минск', 'Брест', 'Гомель', 'Гродно', 'Витебск'] },
  MD: { names: 'romanian', languages: ['ro', 'ru'], unit: ['Secția Criminalitate Informatică {n}', 'Cybercrime Unit {n}'], agencies: ['Inspectoratul General al Poliției'], cities: ['Chișinău', 'Bălți', 'Cahul', 'Orhei'] },
  RO: { names: 'romanian', languages: ['ro'], unit: ['Serviciul de Combatere a Criminalității Informatice {n}', 'Cybercrime Unit {n}'], agencies: ['Poliția Română', 'DIICOT'], cities: ['Bucharest', 'Cluj-Napoca', 'Iași', 'Timișoara', 'Craiova', 'Râmnicu Vâlcea', 'Constanța'] },
  CN: { names: 'chinese', languages: ['zh-CN'], unit: ['网络安全保卫支队 {n}', '网络犯罪侦查大队 {n}'], agencies: ['公安部', '省公安厅'], cities: ['北京', '上海', '深圳', '广州', '杭州', '成都', '武汉'] },
  BR: { names: 'portuguese', languages: ['pt-BR'], unit: PT_UNITS, agencies: ['Polícia Federal', 'Polícia Civil'], cities: ['São Paulo', 'Rio de Janeiro', 'Brasília', 'Belo Horizonte', 'Recife', 'Porto Alegre', 'Salvador', 'Curitiba'] },
  MX: { names: 'spanish', languages: ['es'], unit: ES_UNITS, agencies: ['Guardia Nacional', 'Fiscalía General de la República'], cities: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Tijuana'] },
  CO: { names: 'spanish', languages: ['es'], unit: ES_UNITS, agencies: ['Policía Nacional de Colombia'], cities: ['Bogotá', 'Medellín', 'Cali', 'Barranquilla', 'Bucaramanga'] },
  NG: { names: 'westAfrican', languages: ['en'], unit: EN_UNITS, agencies: ['Nigeria Police Force', 'Economic and Financial Crimes Commission'], cities: ['Lagos', 'Abuja', 'Port Harcourt', 'Kano', 'Ibadan', 'Enugu'] },
  GH: { names: 'westAfrican', languages: ['en'], unit: EN_UNITS, agencies: ['Ghana Police Service'], cities: ['Accra', 'Kumasi', 'Tamale', 'Takoradi'] },
  KE: { names: 'eastAfrican', languages: ['en'], unit: EN_UNITS, agencies: ['National Police Service — Directorate of Criminal Investigations'], cities: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'] },
  ZA: { names: 'eastAfrican', languages: ['en'], unit: EN_UNITS, agencies: ['South African Police Service'], cities: ['Pretoria', 'Johannesburg', 'Cape Town', 'Durban', 'Gqeberha'] },
  IN: { names: 'southAsian', languages: ['en'], unit: EN_UNITS, agencies: ['State Police — Cyber Crime Cell', 'Central Bureau of Investigation'], cities: ['New Delhi', 'Mumbai', 'Bengaluru', 'Hyderabad', 'Chennai', 'Kolkata', 'Pune'] },
  PK: { names: 'southAsian', languages: ['en'], unit: EN_UNITS, agencies: ['National Cyber Crime Investigation Agency'], cities: ['Islamabad', 'Lahore', 'Karachi', 'Peshawar'] },
  BD: { names: 'southAsian', languages: ['en'], unit: EN_UNITS, agencies: ['Bangladesh Police'], cities: ['Dhaka', 'Chattogram', 'Khulna', 'Sylhet'] },
  VN: { names: 'vietnamese', languages: ['vi', 'en'], unit: ['Phòng An ninh mạng {n}', 'Cybercrime Unit {n}'], agencies: ['Bộ Công an'], cities: ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ'] },
  ID: { names: 'malay', languages: ['id', 'en'], unit: ['Direktorat Tindak Pidana Siber {n}', 'Cybercrime Unit {n}'], agencies: ['Kepolisian Negara Republik Indonesia'], cities: ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Makassar', 'Denpasar'] },
  PH: { names: 'malay', languages: ['en'], unit: EN_UNITS, agencies: ['Philippine National Police — Anti-Cybercrime Group', 'National Bureau of Investigation'], cities: ['Quezon City', 'Manila', 'Cebu City', 'Davao City', 'Makati'] },
  TR: { names: 'turkish', languages: ['tr', 'en'], unit: ['Siber Suçlarla Mücadele Şube {n}', 'Cybercrime Unit {n}'], agencies: ['Emniyet Genel Müdürlüğü'], cities: ['Ankara', 'İstanbul', 'İzmir', 'Bursa', 'Antalya'] },
  KZ: { names: 'russian', languages: ['ru'], unit: RU_UNITS, agencies: ['МВД Республики Казахстан'], cities: ['Астана', 'Алматы', 'Шымкент'] },
  PT: { names: 'portuguese', languages: ['pt-BR', 'en'], unit: PT_UNITS, agencies: ['Polícia Judiciária'], cities: ['Lisboa', 'Porto', 'Coimbra'] },
  AO: { names: 'portuguese', languages: ['pt-BR'], unit: PT_UNITS, agencies: ['Serviço de Investigação Criminal'], cities: ['Luanda', 'Benguela'] },
  MZ: { names: 'portuguese', languages: ['pt-BR'], unit: PT_UNITS, agencies: ['Serviço Nacional de Investigação Criminal'], cities: ['Maputo', 'Beira'] },
  AR: { names: 'spanish', languages: ['es'], unit: ES_UNITS, agencies: ['Policía Federal Argentina'], cities: ['Buenos Aires', 'Córdoba', 'Rosario'] },
  PE: { names: 'spanish', languages: ['es'], unit: ES_UNITS, agencies: ['Policía Nacional del Perú'], cities: ['Lima', 'Arequipa', 'Trujillo'] },
  CL: { names: 'spanish', languages: ['es'], unit: ES_UNITS, agencies: ['Policía de Investigaciones de Chile'], cities: ['Santiago', 'Valparaíso', 'Concepción'] },
  EC: { names: 'spanish', languages: ['es'], unit: ES_UNITS, agencies: ['Policía Nacional del Ecuador'], cities: ['Quito', 'Guayaquil'] },
  ES: { names: 'spanish', languages: ['es', 'en'], unit: ES_UNITS, agencies: ['Policía Nacional', 'Guardia Civil'], cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla'] },
  EG: { names: 'arabic', languages: ['en'], unit: EN_UNITS, agencies: ['Ministry of Interior — General Directorate for Information Technology'], cities: ['Cairo', 'Alexandria', 'Giza'] },
  MA: { names: 'arabic', languages: ['en'], unit: EN_UNITS, agencies: ['Direction Générale de la Sûreté Nationale'], cities: ['Rabat', 'Casablanca', 'Marrakesh'] },
  AE: { names: 'arabic', languages: ['en'], unit: EN_UNITS, agencies: ['Dubai Police', 'Abu Dhabi Police'], cities: ['Dubai', 'Abu Dhabi'] },
  US: { names: 'english', languages: ['en'], unit: EN_UNITS, agencies: ['Federal Bureau of Investigation', 'State Police'], cities: ['Washington, D.C.', 'New York', 'Chicago', 'Houston'] },
  GB: { names: 'english', languages: ['en'], unit: EN_UNITS, agencies: ['National Crime Agency', 'Metropolitan Police Service'], cities: ['London', 'Manchester', 'Birmingham'] },
  DE: { names: 'european', languages: ['en'], unit: ['Cybercrime-Kompetenzzentrum {n}', 'Cybercrime Unit {n}'], agencies: ['Bundeskriminalamt', 'Landeskriminalamt'], cities: ['Wiesbaden', 'Berlin', 'München', 'Hamburg'] },
  FR: { names: 'european', languages: ['en'], unit: ['Brigade de lutte contre la cybercriminalité {n}', 'Cybercrime Unit {n}'], agencies: ['Police nationale', 'Gendarmerie nationale'], cities: ['Paris', 'Nanterre', 'Lyon', 'Marseille'] },
  PL: { names: 'european', languages: ['en'], unit: ['Wydział do Walki z Cyberprzestępczością {n}', 'Cybercrime Unit {n}'], agencies: ['Policja'], cities: ['Warszawa', 'Kraków', 'Wrocław', 'Gdańsk'] },
};

/** Capitals of countries without a locale above: enough for a unit somewhere plausible. */
export const CAPITALS: Record<string, string> = {
  AF: 'Kabul', AL: 'Tirana', AM: 'Yerevan', AT: 'Vienna', AU: 'Canberra', AZ: 'Baku', BA: 'Sarajevo', BE: 'Brussels', BF: 'Ouagadougou', BG: 'Sofia',
  BJ: 'Cotonou', BO: 'La Paz', BW: 'Gaborone', CA: 'Ottawa', CD: 'Kinshasa', CH: 'Bern', CI: 'Abidjan', CM: 'Yaoundé', CR: 'San José', CU: 'Havana',
  CY: 'Nicosia', CZ: 'Prague', DK: 'Copenhagen', DO: 'Santo Domingo', DZ: 'Algiers', EE: 'Tallinn', ET: 'Addis Ababa', FI: 'Helsinki', GE: 'Tbilisi', GR: 'Athens',
  GT: 'Guatemala City', HN: 'Tegucigalpa', HR: 'Zagreb', HU: 'Budapest', IE: 'Dublin', IL: 'Jerusalem', IQ: 'Baghdad', IS: 'Reykjavík', IT: 'Rome', JM: 'Kingston',
  JO: 'Amman', JP: 'Tokyo', KG: 'Bishkek', KH: 'Phnom Penh', KR: 'Seoul', KW: 'Kuwait City', LA: 'Vientiane', LB: 'Beirut', LK: 'Colombo', LT: 'Vilnius',
  LV: 'Riga', LY: 'Tripoli', ME: 'Podgorica', MG: 'Antananarivo', MK: 'Skopje', ML: 'Bamako', MM: 'Naypyidaw', MN: 'Ulaanbaatar', MW: 'Lilongwe', MY: 'Kuala Lumpur',
  NA: 'Windhoek', NE: 'Niamey', NI: 'Managua', NL: 'The Hague', NO: 'Oslo', NP: 'Kathmandu', NZ: 'Wellington', OM: 'Muscat', PA: 'Panama City', PY: 'Asunción',
  QA: 'Doha', RS: 'Belgrade', RW: 'Kigali', SA: 'Riyadh', SE: 'Stockholm', SG: 'Singapore', SI: 'Ljubljana', SK: 'Bratislava', SN: 'Dakar', SV: 'San Salvador',
  SY: 'Damascus', TG: 'Lomé', TH: 'Bangkok', TJ: 'Dushanbe', TM: 'Ashgabat', TN: 'Tunis', TZ: 'Dodoma', UG: 'Kampala', UY: 'Montevideo', UZ: 'Tashkent',
  VE: 'Caracas', YE: "Sana'a", ZM: 'Lusaka', ZW: 'Harare',
};

/** Which name pool fits a country without a locale, by region. */
export const REGION_NAMES: Record<string, NamePoolKey> = {
  'north-america': 'english',
  'latin-america-caribbean': 'spanish',
  'western-europe': 'european',
  'eastern-europe': 'european',
  'middle-east-north-africa': 'arabic',
  'sub-saharan-africa': 'eastAfrican',
  'central-asia': 'russian',
  'south-asia': 'southAsian',
  'east-asia': 'japanese',
  'south-east-asia': 'malay',
  oceania: 'english',
};

/** Member firms' names are built from these (a security vendor's name, then a suffix). */
export const FIRM_WORDS = {
  first: ['Sentinel', 'Aegis', 'Bastion', 'Northwall', 'Cobalt', 'Ironclad', 'Vigil', 'Keystone', 'Halcyon', 'Redoubt', 'Argus', 'Citadel', 'Lumen', 'Obsidian', 'Parapet', 'Quorum', 'Rampart', 'Sable', 'Tessera', 'Warden'],
  second: ['Security', 'Cyber Defence', 'Labs', 'Threat Intelligence', 'Forensics', 'Networks', 'Systems', 'Incident Response'],
};

/** Countries member firms are based in (the alliance's vendors). */
export const FIRM_COUNTRIES = ['US', 'GB', 'DE', 'JP', 'IL', 'FR', 'NL', 'SE', 'FI', 'SG', 'KR', 'CA', 'CH', 'CZ', 'SK', 'RO', 'ES', 'AU'];

/** Trainers come from everywhere the member firms hire. */
export const TRAINER_NAME_POOLS: NamePoolKey[] = ['english', 'european', 'japanese', 'spanish', 'portuguese', 'ukrainian', 'romanian', 'southAsian', 'chinese', 'arabic', 'turkish', 'westAfrican'];

/** Course titles per topic, combined with a focus to name generated courses. */
export const TOPIC_TITLES: Record<string, { abbr: string; title: string; focus: readonly string[] }> = {
  'first-response': { abbr: 'FR', title: 'Digital Evidence First Response', focus: ['Scene Triage', 'Live Systems', 'Seizure and Transport'] },
  'digital-forensics': { abbr: 'DF', title: 'Digital Forensics', focus: ['Disk Imaging', 'Timeline Analysis', 'Windows Artefacts', 'Linux Artefacts'] },
  osint: { abbr: 'OS', title: 'Open-Source Intelligence', focus: ['Social Media', 'Geolocation', 'Attribution'] },
  'cryptocurrency-tracing': { abbr: 'CT', title: 'Cryptocurrency Tracing', focus: ['Bitcoin Clustering', 'Mixers and Bridges', 'Exchange Requests'] },
  'malware-triage': { abbr: 'MT', title: 'Malware Triage', focus: ['Static Analysis', 'Sandboxing', 'Indicators of Compromise'] },
  'e-evidence': { abbr: 'EE', title: 'Electronic Evidence', focus: ['Admissibility', 'Chain of Custody', 'Provider Requests'] },
  'mutual-legal-assistance': { abbr: 'ML', title: 'Mutual Legal Assistance', focus: ['Cross-Border Requests', 'Joint Investigation Teams', 'Preservation Orders'] },
  'csam-awareness': { abbr: 'CS', title: 'Child Protection Online', focus: ['Victim Identification', 'Reporting Channels', 'Officer Wellbeing'] },
  'ransomware-response': { abbr: 'RR', title: 'Ransomware Response', focus: ['Negotiation Evidence', 'Recovery', 'Affiliate Tracking'] },
  'mobile-forensics': { abbr: 'MF', title: 'Mobile Forensics', focus: ['Android Extraction', 'iOS Extraction', 'Messaging Apps'] },
  'network-investigation': { abbr: 'NI', title: 'Network Investigation', focus: ['Packet Capture', 'NetFlow', 'Cloud Logs'] },
  'dark-web': { abbr: 'DW', title: 'Dark Web Investigations', focus: ['Marketplaces', 'Undercover Operations', 'Hidden Services'] },
};
