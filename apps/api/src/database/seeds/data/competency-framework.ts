/**
 * The seeded competency framework, modelled on the published European cybercrime training competency framework
 * (Europol EC3 / ECTEG / CEPOL Training Competency Framework): ten law-enforcement and two judicial competency
 * roles, 40 competencies in the management, technical and investigation categories, levels 1–5 mapped to EQF 3–7
 * (`COMPETENCY_LEVEL_EQF`). Names and descriptions in the six content languages: `[name, description]` per
 * locale, English being the source.
 */
import type { CompetencyCategory, CompetencyRoleSector } from '@icspa/domain';

export type Texts = Record<'en' | 'es' | 'pt-BR' | 'ru' | 'uk' | 'zh-CN', [string, string]>;

export interface CompetencyRoleSeed {
  key: string;
  sector: CompetencyRoleSector;
  text: Texts;
  /** competency key → required level (1–5). */
  requires: Record<string, number>;
}

export interface CompetencySeed {
  key: string;
  category: CompetencyCategory;
  text: Texts;
}

export const COMPETENCIES: CompetencySeed[] = [
  // ── Management ──
  {
    key: 'strategic_planning',
    category: 'management',
    text: {
      en: ['Strategic planning', 'Sets the unit’s cybercrime priorities, capacity targets and multi-year plans.'],
      es: [
        'Planificación estratégica',
        'Fija las prioridades de la unidad frente al cibercrimen, sus metas de capacidad y sus planes plurianuales.',
      ],
      'pt-BR': [
        'Planejamento estratégico',
        'Define as prioridades da unidade contra o cibercrime, as metas de capacidade e os planos plurianuais.',
      ],
      ru: [
        'Стратегическое планирование',
        'Определяет приоритеты подразделения в борьбе с киберпреступностью, целевые показатели и многолетние планы.',
      ],
      uk: [
        'Стратегічне планування',
        'Визначає пріоритети підрозділу у протидії кіберзлочинності, цільові показники спроможності та багаторічні плани.',
      ],
      'zh-CN': ['战略规划', '确定本单位打击网络犯罪的优先事项、能力目标和多年期计划。'],
    },
  },
  {
    key: 'legal_framework',
    category: 'management',
    text: {
      en: ['Cybercrime law', 'Applies national cybercrime law and the Budapest Convention to investigative decisions.'],
      es: [
        'Derecho del cibercrimen',
        'Aplica la legislación nacional sobre cibercrimen y el Convenio de Budapest a las decisiones de investigación.',
      ],
      'pt-BR': [
        'Direito do cibercrime',
        'Aplica a legislação nacional sobre cibercrime e a Convenção de Budapeste às decisões de investigação.',
      ],
      ru: [
        'Законодательство о киберпреступности',
        'Применяет национальное законодательство и Будапештскую конвенцию при принятии следственных решений.',
      ],
      uk: [
        'Законодавство про кіберзлочинність',
        'Застосовує національне законодавство та Будапештську конвенцію під час ухвалення слідчих рішень.',
      ],
      'zh-CN': ['网络犯罪法律', '在侦查决策中适用本国网络犯罪法律和《布达佩斯公约》。'],
    },
  },
  {
    key: 'international_cooperation',
    category: 'management',
    text: {
      en: [
        'International cooperation',
        'Works through 24/7 networks, INTERPOL, Europol and mutual legal assistance channels.',
      ],
      es: [
        'Cooperación internacional',
        'Trabaja a través de las redes 24/7, INTERPOL, Europol y los canales de asistencia judicial mutua.',
      ],
      'pt-BR': [
        'Cooperação internacional',
        'Atua por meio das redes 24/7, da INTERPOL, da Europol e dos canais de cooperação jurídica internacional.',
      ],
      ru: [
        'Международное сотрудничество',
        'Взаимодействует через сети 24/7, Интерпол, Европол и каналы взаимной правовой помощи.',
      ],
      uk: [
        'Міжнародна співпраця',
        'Взаємодіє через мережі 24/7, Інтерпол, Європол і канали взаємної правової допомоги.',
      ],
      'zh-CN': ['国际合作', '通过24/7联络网络、国际刑警组织、欧洲刑警组织和司法协助渠道开展工作。'],
    },
  },
  {
    key: 'public_private_partnership',
    category: 'management',
    text: {
      en: ['Public–private cooperation', 'Builds working relations with service providers, banks and security firms.'],
      es: [
        'Cooperación público-privada',
        'Establece relaciones de trabajo con proveedores de servicios, bancos y empresas de seguridad.',
      ],
      'pt-BR': [
        'Cooperação público-privada',
        'Estabelece relações de trabalho com provedores de serviços, bancos e empresas de segurança.',
      ],
      ru: [
        'Государственно-частное взаимодействие',
        'Выстраивает рабочие отношения с поставщиками услуг, банками и компаниями в сфере безопасности.',
      ],
      uk: [
        'Державно-приватна співпраця',
        'Налагоджує робочі відносини з постачальниками послуг, банками та компаніями у сфері безпеки.',
      ],
      'zh-CN': ['公私合作', '与服务提供商、银行和安全企业建立工作关系。'],
    },
  },
  {
    key: 'team_leadership',
    category: 'management',
    text: {
      en: ['Leading investigative teams', 'Directs a team through complex cybercrime cases and reviews its work.'],
      es: [
        'Dirección de equipos de investigación',
        'Dirige un equipo en casos complejos de cibercrimen y supervisa su trabajo.',
      ],
      'pt-BR': [
        'Liderança de equipes de investigação',
        'Conduz uma equipe em casos complexos de cibercrime e revisa o seu trabalho.',
      ],
      ru: [
        'Руководство следственными группами',
        'Руководит группой в сложных делах о киберпреступлениях и проверяет её работу.',
      ],
      uk: ['Керівництво слідчими групами', 'Керує групою у складних справах про кіберзлочини та перевіряє її роботу.'],
      'zh-CN': ['领导侦查团队', '带领团队办理复杂网络犯罪案件并审查其工作。'],
    },
  },
  {
    key: 'case_prioritisation',
    category: 'management',
    text: {
      en: ['Case triage and prioritisation', 'Decides which reports become cases, by harm, solvability and resources.'],
      es: [
        'Clasificación y priorización de casos',
        'Decide qué denuncias se convierten en casos según el daño, la viabilidad y los recursos.',
      ],
      'pt-BR': [
        'Triagem e priorização de casos',
        'Decide quais notícias de crime viram casos, conforme o dano, a viabilidade e os recursos.',
      ],
      ru: [
        'Сортировка и приоритизация дел',
        'Решает, какие сообщения становятся делами, исходя из ущерба, раскрываемости и ресурсов.',
      ],
      uk: [
        'Сортування та пріоритизація справ',
        'Вирішує, які повідомлення стають справами, з огляду на шкоду, перспективу розкриття та ресурси.',
      ],
      'zh-CN': ['案件分流与优先排序', '根据危害程度、可侦破性和资源决定哪些报案立案侦查。'],
    },
  },
  {
    key: 'resource_management',
    category: 'management',
    text: {
      en: ['Resource management', 'Plans budget, equipment, licences and staffing for digital investigations.'],
      es: [
        'Gestión de recursos',
        'Planifica el presupuesto, el equipamiento, las licencias y el personal para las investigaciones digitales.',
      ],
      'pt-BR': [
        'Gestão de recursos',
        'Planeja orçamento, equipamentos, licenças e pessoal para as investigações digitais.',
      ],
      ru: ['Управление ресурсами', 'Планирует бюджет, оборудование, лицензии и штат для цифровых расследований.'],
      uk: ['Управління ресурсами', 'Планує бюджет, обладнання, ліцензії та штат для цифрових розслідувань.'],
      'zh-CN': ['资源管理', '为数字侦查规划预算、设备、软件许可和人员。'],
    },
  },
  {
    key: 'quality_assurance',
    category: 'management',
    text: {
      en: [
        'Quality assurance',
        'Runs a forensic quality system (ISO/IEC 17025) with validated methods and peer review.',
      ],
      es: [
        'Aseguramiento de la calidad',
        'Gestiona un sistema de calidad forense (ISO/IEC 17025) con métodos validados y revisión por pares.',
      ],
      'pt-BR': [
        'Garantia da qualidade',
        'Mantém um sistema de qualidade forense (ISO/IEC 17025) com métodos validados e revisão por pares.',
      ],
      ru: [
        'Обеспечение качества',
        'Поддерживает систему качества экспертизы (ISO/IEC 17025) с валидированными методиками и взаимной проверкой.',
      ],
      uk: [
        'Забезпечення якості',
        'Підтримує систему якості експертиз (ISO/IEC 17025) з валідованими методиками та взаємною перевіркою.',
      ],
      'zh-CN': ['质量保证', '运行取证质量体系（ISO/IEC 17025），采用经验证的方法并进行同行复核。'],
    },
  },
  {
    key: 'staff_wellbeing',
    category: 'management',
    text: {
      en: ['Staff welfare', 'Protects staff exposed to harmful material through rotation, supervision and support.'],
      es: [
        'Bienestar del personal',
        'Protege al personal expuesto a material dañino mediante rotación, supervisión y apoyo.',
      ],
      'pt-BR': [
        'Bem-estar da equipe',
        'Protege quem é exposto a material nocivo por meio de rodízio, supervisão e apoio.',
      ],
      ru: [
        'Забота о персонале',
        'Защищает сотрудников, работающих с вредоносными материалами, с помощью ротации, наблюдения и поддержки.',
      ],
      uk: [
        'Турбота про персонал',
        'Захищає працівників, які стикаються зі шкідливими матеріалами, за допомогою ротації, нагляду та підтримки.',
      ],
      'zh-CN': ['员工身心保障', '通过轮岗、督导和支持保护接触有害材料的人员。'],
    },
  },
  {
    key: 'data_protection',
    category: 'management',
    text: {
      en: [
        'Data protection and safeguards',
        'Keeps investigative measures necessary, proportionate and within data-protection law.',
      ],
      es: [
        'Protección de datos y garantías',
        'Vela por que las medidas de investigación sean necesarias, proporcionadas y conformes a la protección de datos.',
      ],
      'pt-BR': [
        'Proteção de dados e garantias',
        'Garante que as medidas de investigação sejam necessárias, proporcionais e conformes à proteção de dados.',
      ],
      ru: [
        'Защита данных и гарантии прав',
        'Следит, чтобы следственные меры были необходимыми, соразмерными и соответствовали законодательству о данных.',
      ],
      uk: [
        'Захист даних і гарантії прав',
        'Стежить, щоб слідчі заходи були необхідними, пропорційними та відповідали законодавству про захист даних.',
      ],
      'zh-CN': ['数据保护与权利保障', '确保侦查措施必要、相称并符合数据保护法律。'],
    },
  },
  {
    key: 'crisis_management',
    category: 'management',
    text: {
      en: [
        'Major incident coordination',
        'Coordinates police response to a national-scale cyber attack with CERTs and partners.',
      ],
      es: [
        'Coordinación de incidentes graves',
        'Coordina la respuesta policial a un ciberataque de escala nacional junto con los CERT y otros socios.',
      ],
      'pt-BR': [
        'Coordenação de incidentes graves',
        'Coordena a resposta policial a um ataque cibernético de escala nacional com os CERTs e parceiros.',
      ],
      ru: [
        'Координация при крупных инцидентах',
        'Координирует действия полиции при кибератаке национального масштаба вместе с CERT и партнёрами.',
      ],
      uk: [
        'Координація під час великих інцидентів',
        'Координує дії поліції під час кібератаки національного масштабу разом із CERT і партнерами.',
      ],
      'zh-CN': ['重大事件协调', '与计算机应急响应组织及合作方协调警方应对全国性网络攻击。'],
    },
  },
  {
    key: 'training_management',
    category: 'management',
    text: {
      en: ['Training and knowledge management', 'Plans the unit’s training, keeps its know-how and passes it on.'],
      es: [
        'Gestión de la formación y del conocimiento',
        'Planifica la formación de la unidad, conserva su saber hacer y lo transmite.',
      ],
      'pt-BR': [
        'Gestão da capacitação e do conhecimento',
        'Planeja a capacitação da unidade, preserva o seu conhecimento e o transmite.',
      ],
      ru: [
        'Управление обучением и знаниями',
        'Планирует обучение подразделения, сохраняет и передаёт накопленный опыт.',
      ],
      uk: ['Управління навчанням і знаннями', 'Планує навчання підрозділу, зберігає та передає набутий досвід.'],
      'zh-CN': ['培训与知识管理', '规划本单位培训，保存并传承专业经验。'],
    },
  },
  // ── Technical ──
  {
    key: 'it_fundamentals',
    category: 'technical',
    text: {
      en: [
        'Computer and network fundamentals',
        'Understands hardware, operating systems, the Internet and where data is stored.',
      ],
      es: [
        'Fundamentos de informática y redes',
        'Comprende el hardware, los sistemas operativos, Internet y dónde se almacenan los datos.',
      ],
      'pt-BR': [
        'Fundamentos de computação e redes',
        'Compreende hardware, sistemas operacionais, a internet e onde os dados ficam armazenados.',
      ],
      ru: [
        'Основы вычислительной техники и сетей',
        'Понимает устройство оборудования, операционных систем, интернета и мест хранения данных.',
      ],
      uk: [
        'Основи комп’ютерів і мереж',
        'Розуміє будову обладнання, операційних систем, інтернету та місця зберігання даних.',
      ],
      'zh-CN': ['计算机与网络基础', '了解硬件、操作系统、互联网以及数据的存储位置。'],
    },
  },
  {
    key: 'evidence_acquisition',
    category: 'technical',
    text: {
      en: ['Forensic acquisition', 'Images storage media with write blockers and verifies the copies by hash.'],
      es: [
        'Adquisición forense',
        'Crea imágenes de soportes de almacenamiento con bloqueadores de escritura y las verifica mediante hash.',
      ],
      'pt-BR': [
        'Aquisição forense',
        'Gera imagens de mídias de armazenamento com bloqueadores de escrita e as verifica por hash.',
      ],
      ru: [
        'Криминалистическое копирование',
        'Снимает образы носителей с блокираторами записи и проверяет копии по хеш-суммам.',
      ],
      uk: [
        'Криміналістичне копіювання',
        'Створює образи носіїв із блокувальниками запису та перевіряє копії за геш-сумами.',
      ],
      'zh-CN': ['取证获取', '使用写保护设备对存储介质制作镜像并以哈希值校验副本。'],
    },
  },
  {
    key: 'file_system_analysis',
    category: 'technical',
    text: {
      en: ['Computer forensic analysis', 'Examines file systems, deleted data, artefacts and timelines on computers.'],
      es: [
        'Análisis forense de ordenadores',
        'Examina sistemas de archivos, datos borrados, artefactos y líneas de tiempo en ordenadores.',
      ],
      'pt-BR': [
        'Análise forense de computadores',
        'Examina sistemas de arquivos, dados apagados, artefatos e linhas do tempo em computadores.',
      ],
      ru: [
        'Компьютерно-техническая экспертиза',
        'Исследует файловые системы, удалённые данные, артефакты и хронологию событий на компьютерах.',
      ],
      uk: [
        'Комп’ютерно-технічна експертиза',
        'Досліджує файлові системи, видалені дані, артефакти та хронологію подій на комп’ютерах.',
      ],
      'zh-CN': ['计算机取证分析', '检验计算机中的文件系统、已删除数据、痕迹和时间线。'],
    },
  },
  {
    key: 'mobile_forensics',
    category: 'technical',
    text: {
      en: ['Mobile device forensics', 'Extracts and analyses data from phones, tablets and their backups.'],
      es: [
        'Análisis forense de dispositivos móviles',
        'Extrae y analiza datos de teléfonos, tabletas y sus copias de seguridad.',
      ],
      'pt-BR': ['Perícia em dispositivos móveis', 'Extrai e analisa dados de celulares, tablets e dos seus backups.'],
      ru: [
        'Экспертиза мобильных устройств',
        'Извлекает и анализирует данные телефонов, планшетов и их резервных копий.',
      ],
      uk: ['Експертиза мобільних пристроїв', 'Вилучає та аналізує дані телефонів, планшетів і їхніх резервних копій.'],
      'zh-CN': ['移动设备取证', '提取并分析手机、平板电脑及其备份中的数据。'],
    },
  },
  {
    key: 'network_forensics',
    category: 'technical',
    text: {
      en: ['Network forensics', 'Analyses traffic captures, logs and IP data to reconstruct network events.'],
      es: [
        'Análisis forense de redes',
        'Analiza capturas de tráfico, registros y datos IP para reconstruir los hechos en la red.',
      ],
      'pt-BR': [
        'Perícia em redes',
        'Analisa capturas de tráfego, logs e dados de IP para reconstruir os eventos de rede.',
      ],
      ru: [
        'Сетевая криминалистика',
        'Анализирует перехваченный трафик, журналы и IP-данные, восстанавливая события в сети.',
      ],
      uk: ['Мережева криміналістика', 'Аналізує перехоплений трафік, журнали та IP-дані, відтворюючи події в мережі.'],
      'zh-CN': ['网络取证', '分析流量抓包、日志和IP数据以还原网络事件。'],
    },
  },
  {
    key: 'cloud_forensics',
    category: 'technical',
    text: {
      en: [
        'Cloud and remote evidence',
        'Secures evidence held in cloud services and remote accounts, lawfully and completely.',
      ],
      es: [
        'Pruebas en la nube y en remoto',
        'Asegura de forma lícita y completa las pruebas alojadas en servicios en la nube y cuentas remotas.',
      ],
      'pt-BR': [
        'Provas em nuvem e remotas',
        'Preserva, de forma lícita e completa, provas mantidas em serviços de nuvem e contas remotas.',
      ],
      ru: [
        'Облачные и удалённые доказательства',
        'Законно и полно закрепляет доказательства из облачных сервисов и удалённых учётных записей.',
      ],
      uk: [
        'Хмарні та віддалені докази',
        'Законно й повно фіксує докази з хмарних сервісів і віддалених облікових записів.',
      ],
      'zh-CN': ['云端与远程证据', '依法完整地固定存储在云服务和远程账户中的证据。'],
    },
  },
  {
    key: 'memory_forensics',
    category: 'technical',
    text: {
      en: ['Live and memory forensics', 'Captures and analyses volatile data from running systems.'],
      es: ['Análisis forense en vivo y de memoria', 'Captura y analiza datos volátiles de sistemas en funcionamiento.'],
      'pt-BR': [
        'Perícia em sistemas ativos e de memória',
        'Coleta e analisa dados voláteis de sistemas em funcionamento.',
      ],
      ru: [
        'Исследование работающих систем и памяти',
        'Снимает и анализирует энергозависимые данные работающих систем.',
      ],
      uk: ['Дослідження працюючих систем і пам’яті', 'Знімає та аналізує енергозалежні дані працюючих систем.'],
      'zh-CN': ['在线与内存取证', '采集并分析运行中系统的易失性数据。'],
    },
  },
  {
    key: 'malware_analysis',
    category: 'technical',
    text: {
      en: ['Malware analysis', 'Triage and analyses malicious code to find its function, infrastructure and authors.'],
      es: [
        'Análisis de malware',
        'Clasifica y analiza código malicioso para determinar su función, su infraestructura y sus autores.',
      ],
      'pt-BR': [
        'Análise de malware',
        'Faz a triagem e a análise de código malicioso para descobrir sua função, infraestrutura e autores.',
      ],
      ru: [
        'Анализ вредоносных программ',
        'Проводит сортировку и анализ вредоносного кода, выясняя его функции, инфраструктуру и авторов.',
      ],
      uk: [
        'Аналіз шкідливого програмного забезпечення',
        'Сортує та аналізує шкідливий код, з’ясовуючи його функції, інфраструктуру й авторів.',
      ],
      'zh-CN': ['恶意软件分析', '对恶意代码进行初筛和分析，查明其功能、基础设施和作者。'],
    },
  },
  {
    key: 'cryptocurrency_analysis',
    category: 'technical',
    text: {
      en: ['Cryptocurrency analysis', 'Traces transactions on blockchains and identifies exchanges and clusters.'],
      es: [
        'Análisis de criptomonedas',
        'Rastrea transacciones en cadenas de bloques e identifica plataformas de intercambio y agrupaciones.',
      ],
      'pt-BR': [
        'Análise de criptomoedas',
        'Rastreia transações em blockchains e identifica corretoras e agrupamentos.',
      ],
      ru: ['Анализ криптовалют', 'Отслеживает транзакции в блокчейнах и выявляет биржи и кластеры адресов.'],
      uk: ['Аналіз криптовалют', 'Відстежує транзакції в блокчейнах і виявляє біржі та кластери адрес.'],
      'zh-CN': ['加密货币分析', '追踪区块链上的交易并识别交易所和地址簇。'],
    },
  },
  {
    key: 'encryption',
    category: 'technical',
    text: {
      en: [
        'Encryption and password recovery',
        'Deals with encrypted devices and containers and recovers access lawfully.',
      ],
      es: [
        'Cifrado y recuperación de contraseñas',
        'Trata dispositivos y contenedores cifrados y recupera el acceso de forma lícita.',
      ],
      'pt-BR': [
        'Criptografia e recuperação de senhas',
        'Lida com dispositivos e contêineres criptografados e recupera o acesso de forma lícita.',
      ],
      ru: [
        'Шифрование и восстановление паролей',
        'Работает с зашифрованными устройствами и контейнерами и законно восстанавливает доступ.',
      ],
      uk: [
        'Шифрування та відновлення паролів',
        'Працює із зашифрованими пристроями й контейнерами та законно відновлює доступ.',
      ],
      'zh-CN': ['加密与密码恢复', '处理加密设备和加密容器，并依法恢复访问。'],
    },
  },
  {
    key: 'scripting',
    category: 'technical',
    text: {
      en: ['Scripting and automation', 'Writes small scripts to parse, filter and correlate large volumes of data.'],
      es: [
        'Programación de scripts y automatización',
        'Escribe pequeños scripts para analizar, filtrar y correlacionar grandes volúmenes de datos.',
      ],
      'pt-BR': [
        'Scripts e automação',
        'Escreve pequenos scripts para processar, filtrar e correlacionar grandes volumes de dados.',
      ],
      ru: [
        'Скрипты и автоматизация',
        'Пишет небольшие скрипты для разбора, фильтрации и сопоставления больших объёмов данных.',
      ],
      uk: [
        'Скрипти та автоматизація',
        'Пише невеликі скрипти для розбору, фільтрації та зіставлення великих обсягів даних.',
      ],
      'zh-CN': ['脚本与自动化', '编写小型脚本以解析、筛选和关联大量数据。'],
    },
  },
  {
    key: 'iot_forensics',
    category: 'technical',
    text: {
      en: ['IoT and vehicle forensics', 'Recovers evidence from connected devices, smart homes and vehicles.'],
      es: [
        'Análisis forense de IoT y vehículos',
        'Recupera pruebas de dispositivos conectados, hogares inteligentes y vehículos.',
      ],
      'pt-BR': [
        'Perícia em IoT e veículos',
        'Recupera provas de dispositivos conectados, casas inteligentes e veículos.',
      ],
      ru: [
        'Экспертиза IoT и транспортных средств',
        'Извлекает доказательства из подключённых устройств, умных домов и автомобилей.',
      ],
      uk: [
        'Експертиза IoT і транспортних засобів',
        'Вилучає докази з під’єднаних пристроїв, розумних будинків і автомобілів.',
      ],
      'zh-CN': ['物联网与车辆取证', '从联网设备、智能家居和车辆中恢复证据。'],
    },
  },
  {
    key: 'tool_validation',
    category: 'technical',
    text: {
      en: ['Forensic tool validation', 'Tests forensic tools and methods and documents their known limits.'],
      es: [
        'Validación de herramientas forenses',
        'Prueba herramientas y métodos forenses y documenta sus limitaciones conocidas.',
      ],
      'pt-BR': [
        'Validação de ferramentas forenses',
        'Testa ferramentas e métodos forenses e documenta suas limitações conhecidas.',
      ],
      ru: [
        'Валидация криминалистических инструментов',
        'Проверяет инструменты и методики экспертизы и документирует их известные ограничения.',
      ],
      uk: [
        'Валідація криміналістичних інструментів',
        'Перевіряє інструменти та методики експертизи й документує їхні відомі обмеження.',
      ],
      'zh-CN': ['取证工具验证', '测试取证工具和方法并记录其已知局限。'],
    },
  },
  {
    key: 'anonymisation_networks',
    category: 'technical',
    text: {
      en: [
        'Anonymisation networks and the dark web',
        'Understands Tor, VPNs, hidden services and how they are used by offenders.',
      ],
      es: [
        'Redes de anonimato y dark web',
        'Comprende Tor, las VPN, los servicios ocultos y el uso que hacen de ellos los delincuentes.',
      ],
      'pt-BR': [
        'Redes de anonimização e dark web',
        'Compreende o Tor, as VPNs, os serviços ocultos e como os criminosos os utilizam.',
      ],
      ru: [
        'Анонимные сети и даркнет',
        'Понимает устройство Tor, VPN, скрытых сервисов и то, как ими пользуются преступники.',
      ],
      uk: [
        'Анонімні мережі та даркнет',
        'Розуміє будову Tor, VPN, прихованих сервісів і те, як ними користуються злочинці.',
      ],
      'zh-CN': ['匿名网络与暗网', '了解Tor、VPN、隐藏服务及犯罪分子对其的利用方式。'],
    },
  },
  {
    key: 'incident_response',
    category: 'technical',
    text: {
      en: ['Incident response', 'Works alongside victims’ incident responders to contain an attack and keep evidence.'],
      es: [
        'Respuesta a incidentes',
        'Trabaja junto a los equipos de respuesta de la víctima para contener el ataque y conservar las pruebas.',
      ],
      'pt-BR': [
        'Resposta a incidentes',
        'Atua com as equipes de resposta da vítima para conter o ataque e preservar as provas.',
      ],
      ru: [
        'Реагирование на инциденты',
        'Работает вместе со специалистами потерпевшего, чтобы локализовать атаку и сохранить доказательства.',
      ],
      uk: [
        'Реагування на інциденти',
        'Працює разом із фахівцями потерпілого, щоб локалізувати атаку та зберегти докази.',
      ],
      'zh-CN': ['事件响应', '与受害方事件响应人员协作遏制攻击并保全证据。'],
    },
  },
  // ── Investigation ──
  {
    key: 'scene_first_response',
    category: 'investigation',
    text: {
      en: ['Digital crime scene response', 'Secures a scene, recognises digital evidence and preserves volatile data.'],
      es: [
        'Actuación en la escena digital',
        'Asegura la escena, reconoce las pruebas digitales y preserva los datos volátiles.',
      ],
      'pt-BR': [
        'Atuação em local de crime digital',
        'Isola o local, reconhece as provas digitais e preserva os dados voláteis.',
      ],
      ru: [
        'Действия на месте происшествия',
        'Охраняет место происшествия, распознаёт цифровые доказательства и сохраняет энергозависимые данные.',
      ],
      uk: ['Дії на місці події', 'Охороняє місце події, розпізнає цифрові докази та зберігає енергозалежні дані.'],
      'zh-CN': ['数字犯罪现场处置', '保护现场、识别电子证据并保全易失性数据。'],
    },
  },
  {
    key: 'chain_of_custody',
    category: 'investigation',
    text: {
      en: [
        'Evidence handling',
        'Seizes, packages, documents and hands over digital evidence with an unbroken chain of custody.',
      ],
      es: [
        'Manejo de pruebas',
        'Incauta, embala, documenta y entrega las pruebas digitales sin romper la cadena de custodia.',
      ],
      'pt-BR': [
        'Manuseio de provas',
        'Apreende, embala, documenta e entrega provas digitais sem romper a cadeia de custódia.',
      ],
      ru: [
        'Обращение с доказательствами',
        'Изымает, упаковывает, документирует и передаёт цифровые доказательства, не нарушая цепочку хранения.',
      ],
      uk: [
        'Поводження з доказами',
        'Вилучає, пакує, документує та передає цифрові докази без порушення ланцюга зберігання.',
      ],
      'zh-CN': ['证据处理', '扣押、封装、记录并移交电子证据，保持监管链完整。'],
    },
  },
  {
    key: 'osint',
    category: 'investigation',
    text: {
      en: [
        'Open-source intelligence',
        'Researches people, accounts and infrastructure in open sources, lawfully and safely.',
      ],
      es: [
        'Inteligencia de fuentes abiertas',
        'Investiga personas, cuentas e infraestructuras en fuentes abiertas de forma lícita y segura.',
      ],
      'pt-BR': [
        'Inteligência de fontes abertas',
        'Pesquisa pessoas, contas e infraestrutura em fontes abertas de forma lícita e segura.',
      ],
      ru: [
        'Разведка по открытым источникам',
        'Законно и безопасно ищет сведения о людях, аккаунтах и инфраструктуре в открытых источниках.',
      ],
      uk: [
        'Розвідка з відкритих джерел',
        'Законно й безпечно шукає відомості про людей, акаунти та інфраструктуру у відкритих джерелах.',
      ],
      'zh-CN': ['开源情报', '依法安全地在公开来源中调查人员、账户和基础设施。'],
    },
  },
  {
    key: 'online_covert',
    category: 'investigation',
    text: {
      en: ['Online covert investigation', 'Runs authorised undercover identities and test purchases online.'],
      es: [
        'Investigación encubierta en línea',
        'Gestiona identidades encubiertas autorizadas y compras de prueba en línea.',
      ],
      'pt-BR': [
        'Investigação encoberta on-line',
        'Opera identidades encobertas autorizadas e compras controladas on-line.',
      ],
      ru: [
        'Негласные расследования в сети',
        'Ведёт санкционированные легендированные аккаунты и контрольные закупки в интернете.',
      ],
      uk: [
        'Негласні розслідування в мережі',
        'Веде санкціоновані легендовані акаунти та контрольні закупівлі в інтернеті.',
      ],
      'zh-CN': ['网络秘密侦查', '经授权使用网络卧底身份并实施网上试探性购买。'],
    },
  },
  {
    key: 'financial_investigation',
    category: 'investigation',
    text: {
      en: ['Financial investigation', 'Follows the money from fraud and extortion, freezes and recovers assets.'],
      es: [
        'Investigación financiera',
        'Sigue el rastro del dinero del fraude y la extorsión, y congela y recupera activos.',
      ],
      'pt-BR': ['Investigação financeira', 'Segue o dinheiro de fraudes e extorsões, bloqueia e recupera ativos.'],
      ru: [
        'Финансовые расследования',
        'Отслеживает движение денег от мошенничества и вымогательства, арестовывает и возвращает активы.',
      ],
      uk: ['Фінансові розслідування', 'Відстежує рух грошей від шахрайства й вимагання, арештовує та повертає активи.'],
      'zh-CN': ['金融调查', '追踪诈骗和勒索资金，冻结并追缴资产。'],
    },
  },
  {
    key: 'ransomware_investigation',
    category: 'investigation',
    text: {
      en: [
        'Ransomware investigation',
        'Investigates ransomware attacks from first report to the affiliates and their payments.',
      ],
      es: [
        'Investigación de ransomware',
        'Investiga ataques de ransomware desde la primera denuncia hasta los afiliados y sus pagos.',
      ],
      'pt-BR': [
        'Investigação de ransomware',
        'Investiga ataques de ransomware desde a primeira notícia até os afiliados e seus pagamentos.',
      ],
      ru: [
        'Расследование атак программ-вымогателей',
        'Расследует атаки программ-вымогателей от первого сообщения до соучастников и их платежей.',
      ],
      uk: [
        'Розслідування атак програм-вимагачів',
        'Розслідує атаки програм-вимагачів від першого повідомлення до спільників та їхніх платежів.',
      ],
      'zh-CN': ['勒索软件侦查', '从首次报案到追查关联团伙及其支付，全程侦查勒索软件攻击。'],
    },
  },
  {
    key: 'child_protection',
    category: 'investigation',
    text: {
      en: [
        'Online child sexual exploitation',
        'Investigates abuse material and grooming, identifies victims and offenders.',
      ],
      es: [
        'Explotación sexual infantil en línea',
        'Investiga el material de abuso y el grooming, e identifica a víctimas y agresores.',
      ],
      'pt-BR': [
        'Exploração sexual infantil on-line',
        'Investiga material de abuso e aliciamento, identifica vítimas e agressores.',
      ],
      ru: [
        'Сексуальная эксплуатация детей в сети',
        'Расследует материалы насилия и груминг, устанавливает жертв и преступников.',
      ],
      uk: [
        'Сексуальна експлуатація дітей у мережі',
        'Розслідує матеріали насильства та грумінг, встановлює жертв і кривдників.',
      ],
      'zh-CN': ['网络儿童性剥削', '侦查儿童性虐待材料和网络诱骗，识别受害者和犯罪人。'],
    },
  },
  {
    key: 'fraud_investigation',
    category: 'investigation',
    text: {
      en: ['Online fraud investigation', 'Investigates phishing, business e-mail compromise and investment scams.'],
      es: [
        'Investigación del fraude en línea',
        'Investiga el phishing, el compromiso del correo electrónico empresarial y las estafas de inversión.',
      ],
      'pt-BR': [
        'Investigação de fraudes on-line',
        'Investiga phishing, comprometimento de e-mail corporativo e golpes de investimento.',
      ],
      ru: [
        'Расследование интернет-мошенничества',
        'Расследует фишинг, компрометацию деловой почты и инвестиционное мошенничество.',
      ],
      uk: [
        'Розслідування інтернет-шахрайства',
        'Розслідує фішинг, компрометацію ділової пошти та інвестиційне шахрайство.',
      ],
      'zh-CN': ['网络诈骗侦查', '侦查网络钓鱼、商业电子邮件诈骗和投资诈骗。'],
    },
  },
  {
    key: 'intelligence_analysis',
    category: 'investigation',
    text: {
      en: ['Criminal intelligence analysis', 'Links cases, builds network charts and produces intelligence products.'],
      es: [
        'Análisis de inteligencia criminal',
        'Vincula casos, elabora gráficos de redes y produce informes de inteligencia.',
      ],
      'pt-BR': [
        'Análise de inteligência criminal',
        'Relaciona casos, monta diagramas de vínculos e produz relatórios de inteligência.',
      ],
      ru: ['Криминальный анализ', 'Связывает дела, строит схемы связей и готовит аналитические продукты.'],
      uk: ['Кримінальний аналіз', 'Пов’язує справи, будує схеми зв’язків і готує аналітичні продукти.'],
      'zh-CN': ['犯罪情报分析', '串并案件、绘制关系网络图并形成情报产品。'],
    },
  },
  {
    key: 'suspect_interview',
    category: 'investigation',
    text: {
      en: [
        'Interviewing about digital evidence',
        'Plans and conducts interviews of suspects and witnesses about devices and accounts.',
      ],
      es: [
        'Entrevistas sobre pruebas digitales',
        'Prepara y realiza entrevistas a sospechosos y testigos sobre dispositivos y cuentas.',
      ],
      'pt-BR': [
        'Oitivas sobre provas digitais',
        'Planeja e conduz oitivas de suspeitos e testemunhas sobre dispositivos e contas.',
      ],
      ru: [
        'Допросы по цифровым доказательствам',
        'Планирует и проводит допросы подозреваемых и свидетелей об устройствах и аккаунтах.',
      ],
      uk: [
        'Допити щодо цифрових доказів',
        'Планує та проводить допити підозрюваних і свідків щодо пристроїв та акаунтів.',
      ],
      'zh-CN': ['电子证据相关讯问', '就设备和账户策划并实施对嫌疑人和证人的讯问。'],
    },
  },
  {
    key: 'victim_engagement',
    category: 'investigation',
    text: {
      en: ['Victim engagement', 'Takes reports from victims of cybercrime, advises them and keeps them informed.'],
      es: [
        'Atención a las víctimas',
        'Recibe las denuncias de víctimas del cibercrimen, las asesora y las mantiene informadas.',
      ],
      'pt-BR': [
        'Atendimento às vítimas',
        'Registra as notícias de vítimas de cibercrime, orienta-as e as mantém informadas.',
      ],
      ru: [
        'Работа с потерпевшими',
        'Принимает заявления потерпевших от киберпреступлений, консультирует и информирует их.',
      ],
      uk: ['Робота з потерпілими', 'Приймає заяви потерпілих від кіберзлочинів, консультує та інформує їх.'],
      'zh-CN': ['被害人工作', '受理网络犯罪被害人报案，提供指导并告知进展。'],
    },
  },
  {
    key: 'e_evidence_requests',
    category: 'investigation',
    text: {
      en: [
        'Cross-border e-evidence requests',
        'Drafts preservation and production requests to foreign providers and authorities.',
      ],
      es: [
        'Solicitudes transfronterizas de pruebas electrónicas',
        'Redacta solicitudes de conservación y de entrega dirigidas a proveedores y autoridades extranjeros.',
      ],
      'pt-BR': [
        'Pedidos transfronteiriços de provas eletrônicas',
        'Redige pedidos de preservação e de fornecimento a provedores e autoridades estrangeiros.',
      ],
      ru: [
        'Трансграничные запросы электронных доказательств',
        'Готовит запросы о сохранении и предоставлении данных иностранным провайдерам и органам.',
      ],
      uk: [
        'Транскордонні запити електронних доказів',
        'Готує запити про збереження та надання даних іноземним провайдерам і органам.',
      ],
      'zh-CN': ['跨境电子证据请求', '起草向境外服务商和主管机关提出的数据保全和调取请求。'],
    },
  },
  {
    key: 'court_presentation',
    category: 'investigation',
    text: {
      en: [
        'Presenting digital evidence in court',
        'Explains digital evidence and its limits clearly to prosecutors, judges and juries.',
      ],
      es: [
        'Presentación de pruebas digitales ante el tribunal',
        'Explica con claridad las pruebas digitales y sus límites a fiscales, jueces y jurados.',
      ],
      'pt-BR': [
        'Apresentação de provas digitais em juízo',
        'Explica com clareza as provas digitais e seus limites a promotores, juízes e jurados.',
      ],
      ru: [
        'Представление цифровых доказательств в суде',
        'Ясно объясняет цифровые доказательства и их ограничения прокурорам, судьям и присяжным.',
      ],
      uk: [
        'Представлення цифрових доказів у суді',
        'Чітко пояснює цифрові докази та їхні обмеження прокурорам, суддям і присяжним.',
      ],
      'zh-CN': ['出庭说明电子证据', '向检察官、法官和陪审团清楚说明电子证据及其局限。'],
    },
  },
  {
    key: 'attribution',
    category: 'investigation',
    text: {
      en: ['Attribution', 'Links online activity to real people and organisations with evidence that holds.'],
      es: [
        'Atribución',
        'Vincula la actividad en línea con personas y organizaciones reales mediante pruebas sólidas.',
      ],
      'pt-BR': [
        'Atribuição de autoria',
        'Vincula a atividade on-line a pessoas e organizações reais com provas consistentes.',
      ],
      ru: [
        'Установление причастности',
        'Связывает действия в сети с реальными людьми и организациями на основе надёжных доказательств.',
      ],
      uk: [
        'Встановлення причетності',
        'Пов’язує дії в мережі з реальними людьми та організаціями на підставі надійних доказів.',
      ],
      'zh-CN': ['溯源归因', '以可靠证据将网络活动关联到真实的个人和组织。'],
    },
  },
  {
    key: 'darkweb_investigation',
    category: 'investigation',
    text: {
      en: ['Dark web investigation', 'Investigates hidden marketplaces and forums, their vendors and administrators.'],
      es: ['Investigación en la dark web', 'Investiga mercados y foros ocultos, sus vendedores y sus administradores.'],
      'pt-BR': ['Investigação na dark web', 'Investiga mercados e fóruns ocultos, seus vendedores e administradores.'],
      ru: [
        'Расследования в даркнете',
        'Расследует скрытые торговые площадки и форумы, их продавцов и администраторов.',
      ],
      uk: [
        'Розслідування в даркнеті',
        'Розслідує приховані торговельні майданчики та форуми, їхніх продавців і адміністраторів.',
      ],
      'zh-CN': ['暗网侦查', '侦查隐蔽交易市场和论坛及其卖家和管理员。'],
    },
  },
];

export const COMPETENCY_ROLES: CompetencyRoleSeed[] = [
  {
    key: 'first_responder',
    sector: 'law_enforcement',
    text: {
      en: ['First responder', 'Officer who arrives first at a scene with digital evidence and secures it.'],
      es: ['Primer interviniente', 'Agente que llega primero a una escena con pruebas digitales y la asegura.'],
      'pt-BR': ['Primeiro interventor', 'Policial que chega primeiro a um local com provas digitais e o preserva.'],
      ru: [
        'Сотрудник первичного реагирования',
        'Сотрудник, первым прибывающий на место происшествия с цифровыми доказательствами и обеспечивающий их сохранность.',
      ],
      uk: [
        'Працівник першого реагування',
        'Працівник, який першим прибуває на місце події з цифровими доказами та забезпечує їх збереження.',
      ],
      'zh-CN': ['现场先期处置人员', '首先到达存在电子证据的现场并加以保护的警员。'],
    },
    requires: {
      scene_first_response: 2,
      chain_of_custody: 2,
      it_fundamentals: 1,
      legal_framework: 1,
      victim_engagement: 1,
    },
  },
  {
    key: 'general_investigator',
    sector: 'law_enforcement',
    text: {
      en: ['General investigator', 'Investigator of any crime who meets digital evidence in everyday cases.'],
      es: [
        'Investigador general',
        'Investigador de cualquier delito que encuentra pruebas digitales en casos cotidianos.',
      ],
      'pt-BR': [
        'Investigador geral',
        'Investigador de qualquer crime que lida com provas digitais nos casos do dia a dia.',
      ],
      ru: [
        'Следователь общего профиля',
        'Следователь по любым преступлениям, сталкивающийся с цифровыми доказательствами в повседневных делах.',
      ],
      uk: [
        'Слідчий загального профілю',
        'Слідчий у будь-яких злочинах, який стикається з цифровими доказами в повсякденних справах.',
      ],
      'zh-CN': ['普通侦查员', '在日常案件中接触电子证据的各类刑事侦查人员。'],
    },
    requires: {
      scene_first_response: 2,
      chain_of_custody: 2,
      osint: 2,
      legal_framework: 2,
      fraud_investigation: 2,
      victim_engagement: 2,
      suspect_interview: 2,
    },
  },
  {
    key: 'cybercrime_investigator',
    sector: 'law_enforcement',
    text: {
      en: ['Cybercrime investigator', 'Specialist who investigates cyber-dependent and cyber-enabled crime.'],
      es: [
        'Investigador de cibercrimen',
        'Especialista que investiga los delitos informáticos y los delitos facilitados por la tecnología.',
      ],
      'pt-BR': ['Investigador de cibercrime', 'Especialista que investiga crimes cibernéticos próprios e impróprios.'],
      ru: [
        'Следователь по киберпреступлениям',
        'Специалист, расследующий киберпреступления и преступления с использованием ИКТ.',
      ],
      uk: ['Слідчий з кіберзлочинів', 'Фахівець, який розслідує кіберзлочини та злочини з використанням ІКТ.'],
      'zh-CN': ['网络犯罪侦查员', '侦查纯网络犯罪和网络助推型犯罪的专业人员。'],
    },
    requires: {
      osint: 3,
      ransomware_investigation: 3,
      fraud_investigation: 3,
      e_evidence_requests: 3,
      network_forensics: 2,
      malware_analysis: 2,
      cryptocurrency_analysis: 2,
      attribution: 2,
      legal_framework: 3,
    },
  },
  {
    key: 'online_investigator',
    sector: 'law_enforcement',
    text: {
      en: ['Online investigator', 'Researches open sources and runs covert online enquiries.'],
      es: ['Investigador en línea', 'Investiga en fuentes abiertas y realiza indagaciones encubiertas en línea.'],
      'pt-BR': ['Investigador on-line', 'Pesquisa em fontes abertas e realiza diligências encobertas on-line.'],
      ru: [
        'Оперативник по интернет-расследованиям',
        'Ищет сведения в открытых источниках и проводит негласные мероприятия в сети.',
      ],
      uk: [
        'Оперативник з інтернет-розслідувань',
        'Шукає відомості у відкритих джерелах і проводить негласні заходи в мережі.',
      ],
      'zh-CN': ['网络侦查员', '开展开源情报调查和网络秘密侦查。'],
    },
    requires: {
      osint: 4,
      online_covert: 3,
      anonymisation_networks: 3,
      darkweb_investigation: 3,
      attribution: 3,
      data_protection: 2,
    },
  },
  {
    key: 'intelligence_analyst',
    sector: 'law_enforcement',
    text: {
      en: ['Cybercrime intelligence analyst', 'Turns case data and open sources into intelligence for decisions.'],
      es: [
        'Analista de inteligencia sobre cibercrimen',
        'Convierte los datos de los casos y las fuentes abiertas en inteligencia para la toma de decisiones.',
      ],
      'pt-BR': [
        'Analista de inteligência em cibercrime',
        'Transforma dados de casos e fontes abertas em inteligência para a tomada de decisões.',
      ],
      ru: [
        'Аналитик по киберпреступности',
        'Превращает данные дел и открытых источников в аналитику для принятия решений.',
      ],
      uk: [
        'Аналітик з кіберзлочинності',
        'Перетворює дані справ і відкритих джерел на аналітику для ухвалення рішень.',
      ],
      'zh-CN': ['网络犯罪情报分析员', '将案件数据和公开来源转化为决策所需的情报。'],
    },
    requires: { intelligence_analysis: 4, osint: 3, cryptocurrency_analysis: 3, scripting: 2, data_protection: 2 },
  },
  {
    key: 'digital_forensics_examiner',
    sector: 'law_enforcement',
    text: {
      en: ['Digital forensics examiner', 'Acquires and examines computers and storage media in a laboratory.'],
      es: [
        'Perito en informática forense',
        'Adquiere y examina ordenadores y soportes de almacenamiento en un laboratorio.',
      ],
      'pt-BR': [
        'Perito em computação forense',
        'Adquire e examina computadores e mídias de armazenamento em laboratório.',
      ],
      ru: [
        'Эксперт по компьютерной криминалистике',
        'Копирует и исследует компьютеры и носители информации в лаборатории.',
      ],
      uk: ['Експерт з комп’ютерної криміналістики', 'Копіює та досліджує комп’ютери й носії інформації в лабораторії.'],
      'zh-CN': ['电子数据鉴定人员', '在实验室中获取并检验计算机和存储介质。'],
    },
    requires: {
      evidence_acquisition: 4,
      file_system_analysis: 4,
      memory_forensics: 3,
      encryption: 3,
      tool_validation: 3,
      court_presentation: 3,
      chain_of_custody: 3,
    },
  },
  {
    key: 'mobile_forensics_specialist',
    sector: 'law_enforcement',
    text: {
      en: ['Mobile forensics specialist', 'Extracts and analyses phones, tablets and wearables.'],
      es: ['Especialista en análisis forense móvil', 'Extrae y analiza teléfonos, tabletas y dispositivos ponibles.'],
      'pt-BR': [
        'Especialista em perícia de dispositivos móveis',
        'Extrai e analisa celulares, tablets e dispositivos vestíveis.',
      ],
      ru: [
        'Специалист по экспертизе мобильных устройств',
        'Извлекает и анализирует данные телефонов, планшетов и носимых устройств.',
      ],
      uk: [
        'Фахівець з експертизи мобільних пристроїв',
        'Вилучає та аналізує дані телефонів, планшетів і носимих пристроїв.',
      ],
      'zh-CN': ['移动设备取证专家', '对手机、平板电脑和可穿戴设备进行数据提取和分析。'],
    },
    requires: {
      mobile_forensics: 4,
      evidence_acquisition: 3,
      encryption: 3,
      cloud_forensics: 3,
      iot_forensics: 2,
      court_presentation: 3,
    },
  },
  {
    key: 'network_forensics_specialist',
    sector: 'law_enforcement',
    text: {
      en: ['Network and malware specialist', 'Investigates intrusions, analyses malware and network evidence.'],
      es: ['Especialista en redes y malware', 'Investiga intrusiones y analiza el malware y las pruebas de red.'],
      'pt-BR': ['Especialista em redes e malware', 'Investiga intrusões e analisa malware e provas de rede.'],
      ru: [
        'Специалист по сетям и вредоносному ПО',
        'Расследует вторжения, анализирует вредоносные программы и сетевые доказательства.',
      ],
      uk: [
        'Фахівець з мереж і шкідливого ПЗ',
        'Розслідує вторгнення, аналізує шкідливе програмне забезпечення та мережеві докази.',
      ],
      'zh-CN': ['网络与恶意软件专家', '侦查入侵事件，分析恶意软件和网络证据。'],
    },
    requires: {
      network_forensics: 4,
      malware_analysis: 4,
      memory_forensics: 3,
      incident_response: 3,
      cloud_forensics: 3,
      scripting: 3,
    },
  },
  {
    key: 'team_leader',
    sector: 'law_enforcement',
    text: {
      en: ['Cybercrime team leader', 'Leads a team of investigators or examiners day to day.'],
      es: ['Jefe de equipo de cibercrimen', 'Dirige a diario un equipo de investigadores o peritos.'],
      'pt-BR': ['Chefe de equipe de cibercrime', 'Lidera no dia a dia uma equipe de investigadores ou peritos.'],
      ru: ['Руководитель группы по киберпреступлениям', 'Повседневно руководит группой следователей или экспертов.'],
      uk: ['Керівник групи з кіберзлочинів', 'Щоденно керує групою слідчих або експертів.'],
      'zh-CN': ['网络犯罪小组组长', '日常带领一支侦查员或鉴定人员团队。'],
    },
    requires: {
      team_leadership: 3,
      case_prioritisation: 3,
      legal_framework: 3,
      international_cooperation: 3,
      quality_assurance: 2,
      staff_wellbeing: 3,
      e_evidence_requests: 3,
    },
  },
  {
    key: 'unit_head',
    sector: 'law_enforcement',
    text: {
      en: ['Head of cybercrime unit', 'Runs the unit: strategy, resources, partners and quality.'],
      es: ['Jefe de la unidad de cibercrimen', 'Dirige la unidad: estrategia, recursos, socios y calidad.'],
      'pt-BR': ['Chefe da unidade de cibercrime', 'Dirige a unidade: estratégia, recursos, parceiros e qualidade.'],
      ru: [
        'Начальник подразделения по киберпреступлениям',
        'Руководит подразделением: стратегия, ресурсы, партнёры и качество.',
      ],
      uk: ['Начальник підрозділу з кіберзлочинів', 'Керує підрозділом: стратегія, ресурси, партнери та якість.'],
      'zh-CN': ['网络犯罪部门负责人', '负责部门的战略、资源、合作伙伴和质量管理。'],
    },
    requires: {
      strategic_planning: 4,
      resource_management: 4,
      international_cooperation: 4,
      public_private_partnership: 4,
      quality_assurance: 3,
      training_management: 3,
      crisis_management: 3,
      data_protection: 3,
    },
  },
  {
    key: 'prosecutor',
    sector: 'judicial',
    text: {
      en: ['Cybercrime prosecutor', 'Directs investigations and brings cybercrime cases to court.'],
      es: [
        'Fiscal especializado en cibercrimen',
        'Dirige las investigaciones y lleva los casos de cibercrimen ante los tribunales.',
      ],
      'pt-BR': [
        'Promotor especializado em cibercrime',
        'Orienta as investigações e leva os casos de cibercrime a juízo.',
      ],
      ru: [
        'Прокурор по делам о киберпреступлениях',
        'Осуществляет надзор за расследованием и поддерживает обвинение по делам о киберпреступлениях.',
      ],
      uk: [
        'Прокурор у справах про кіберзлочини',
        'Здійснює нагляд за розслідуванням і підтримує обвинувачення у справах про кіберзлочини.',
      ],
      'zh-CN': ['网络犯罪检察官', '指导侦查并就网络犯罪案件提起公诉。'],
    },
    requires: {
      legal_framework: 4,
      e_evidence_requests: 4,
      international_cooperation: 3,
      court_presentation: 3,
      data_protection: 3,
      it_fundamentals: 2,
    },
  },
  {
    key: 'judge',
    sector: 'judicial',
    text: {
      en: ['Judge', 'Authorises investigative measures and weighs digital evidence at trial.'],
      es: ['Juez', 'Autoriza medidas de investigación y valora las pruebas digitales en el juicio.'],
      'pt-BR': ['Juiz', 'Autoriza medidas de investigação e avalia as provas digitais no julgamento.'],
      ru: [
        'Судья',
        'Санкционирует следственные действия и оценивает цифровые доказательства в судебном разбирательстве.',
      ],
      uk: ['Суддя', 'Надає дозволи на слідчі дії та оцінює цифрові докази під час судового розгляду.'],
      'zh-CN': ['法官', '批准侦查措施并在审判中审查判断电子证据。'],
    },
    requires: { legal_framework: 4, data_protection: 3, it_fundamentals: 2, court_presentation: 2 },
  },
];

/** Course code → competency key → level the course gives (the ten seeded courses). */
export const COURSE_COMPETENCIES: Record<string, Record<string, number>> = {
  'FR-101': { scene_first_response: 2, chain_of_custody: 2, it_fundamentals: 1, memory_forensics: 1 },
  'DF-101': { evidence_acquisition: 2, file_system_analysis: 2, chain_of_custody: 3, court_presentation: 2 },
  'OS-201': { osint: 3, data_protection: 2, attribution: 2 },
  'CT-201': { cryptocurrency_analysis: 3, financial_investigation: 2 },
  'MT-201': { malware_analysis: 2, incident_response: 2, network_forensics: 1 },
  'EE-201': { e_evidence_requests: 3, international_cooperation: 2, legal_framework: 2 },
  'CS-101': { child_protection: 1, staff_wellbeing: 1, victim_engagement: 1 },
  'RR-201': { ransomware_investigation: 3, incident_response: 2, crisis_management: 2 },
  'MF-201': { mobile_forensics: 3, evidence_acquisition: 2, cloud_forensics: 2 },
  'DW-301': { darkweb_investigation: 4, anonymisation_networks: 3, online_covert: 3 },
};

/** Programme name → competency key → level a live certification attests (above what its courses give alone). */
export const PROGRAMME_COMPETENCIES: Record<string, Record<string, number>> = {
  'Certified Digital Evidence First Responder': {
    scene_first_response: 3,
    chain_of_custody: 3,
    evidence_acquisition: 2,
  },
  'Alliance Cybercrime Investigator': {
    osint: 3,
    cryptocurrency_analysis: 3,
    ransomware_investigation: 3,
    e_evidence_requests: 3,
    attribution: 3,
  },
};

/** Admin-set country priorities (the rest take the default: 4 for hotspots, 2 otherwise). */
export const COUNTRY_PRIORITIES: Record<string, number> = { UA: 5, NG: 5, BR: 4, CO: 4, MX: 3 };

/** Seeded needs assessments: one approved (an earlier survey) and one submitted, per listed unit. */
export interface NeedsAssessmentSeed {
  unit: string;
  status: 'submitted' | 'approved';
  /** Days before the seed's clock. */
  daysAgo: number;
  /** competency role key → [officers now, officers needed]. */
  roles: Record<string, [number, number]>;
  /** competency key → corrected current level (the rest are inferred). */
  corrections: Record<string, number>;
}

export const NEEDS_ASSESSMENTS: NeedsAssessmentSeed[] = [
  {
    unit: 'ua-kyiv-cyber',
    status: 'approved',
    daysAgo: 200,
    roles: {
      first_responder: [12, 30],
      cybercrime_investigator: [8, 14],
      digital_forensics_examiner: [3, 6],
      team_leader: [2, 3],
    },
    corrections: { legal_framework: 2 },
  },
  {
    unit: 'br-sp-pf-cyber',
    status: 'submitted',
    daysAgo: 12,
    roles: {
      first_responder: [20, 40],
      online_investigator: [4, 10],
      mobile_forensics_specialist: [2, 5],
      prosecutor: [1, 3],
    },
    corrections: { osint: 2 },
  },
  {
    unit: 'co-bogota-ccp',
    status: 'approved',
    daysAgo: 60,
    roles: {
      first_responder: [15, 25],
      cybercrime_investigator: [6, 12],
      intelligence_analyst: [2, 4],
      unit_head: [1, 1],
    },
    corrections: {},
  },
  {
    unit: 'mx-cdmx-ssc-cyber',
    status: 'submitted',
    daysAgo: 5,
    roles: { first_responder: [25, 40], general_investigator: [30, 45], network_forensics_specialist: [1, 4] },
    corrections: { international_cooperation: 1 },
  },
];
