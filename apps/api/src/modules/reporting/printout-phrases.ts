import {
  ATTENDANCE_STATUSES,
  CERTIFICATION_STATUSES,
  ENROLMENT_STATUSES,
  type AttendanceStatus,
  type CertificationStatus,
  type EnrolmentStatus,
  type Role,
} from '@icspa/domain';
import { translator } from '../notifications/email/mail-catalogue';
import type { ReaderLanguages } from '../translations/reader-languages';
import { normaliseReaderLocales } from '../translations/translation-resolve';

/** The portal's six languages: every printout (and its export stamp) prints in one of them. */
export const PRINTOUT_LOCALES = ['en', 'es', 'pt-BR', 'ru', 'uk', 'zh-CN'] as const;
export type PrintoutLocale = (typeof PRINTOUT_LOCALES)[number];

/** The kinds of data the personal-data PDF has a section title for (a table of the coverage; others print as named). */
export const PERSONAL_DATA_SECTIONS = [
  'account_link',
  'app_user',
  'assessment_attempt',
  'assignment',
  'attendance',
  'audit_event',
  'calendar_feed',
  'capability_grant',
  'certification',
  'cohort',
  'cohort_named_roster',
  'competency_revision',
  'country_priority',
  'email_message',
  'enrolment',
  'lesson_completion',
  'local_trainer_application',
  'needs_assessment',
  'notification',
  'notification_preference',
  'officer_import',
  'officer_import_row',
  'outbox_message',
  'personal_data_access',
  'session',
  'trainer_booking',
  'trainer_profile',
  'trainer_unavailability',
  'training_request',
  'translation',
  'uptake_cohort',
  'uptake_officer',
  'uptake_officer_course',
  'wallet_offer',
  'workplan',
] as const;
export type PersonalDataSection = (typeof PERSONAL_DATA_SECTIONS)[number];

/**
 * The fixed words of the training record, the attendance sheet, the personal-data PDF and their export stamp, in one
 * language. Every field is required, so a locale missing a phrase does not compile. Status words and marks are the
 * portal's own, read from its catalogue as the e-mails are (`enrolmentStatus.*`, `certification.status.*`,
 * `attendance.status.*`: `portalWords`); roles and headings use the portal's wording (`roles.*`,
 * `trainingRecord.*`), so the paper says what the screen says. Data (names,
 * course and programme titles, the personal-data export's table and column names, shared with its JSON) prints as
 * stored; dates stay ISO calendar days, unambiguous in every language.
 */
export interface PrintoutPhrases {
  /** "Exported by <name> (<role>, <organisation>) on <UTC time>", at the foot of every page. */
  exportedBy: (name: string, role: string, organisation: string, when: string) => string;
  /** A role as it reads inside the stamp's parentheses. */
  roles: Record<Role, string>;
  enrolmentStatuses: Record<EnrolmentStatus, string>;
  certificationStatuses: Record<CertificationStatus, string>;
  attendanceMarks: Record<AttendanceStatus, string>;
  trainingRecord: {
    /** The PDF's title (document properties). */
    documentTitle: (officer: string) => string;
    title: string;
    asOf: (day: string) => string;
    courses: string;
    certifications: string;
    nominations: string;
    sessions: string;
    columns: {
      course: string;
      run: string;
      status: string;
      result: string;
      attendance: string;
      programme: string;
      issued: string;
      expires: string;
      recertifyFrom: string;
      nominatedBy: string;
      on: string;
      courseAndSession: string;
      date: string;
      mark: string;
    };
    passed: (score: number) => string;
    notPassed: (score: number) => string;
    /** A certification replaced by a newer one (its own status aside). */
    renewed: string;
    notMarked: string;
    noCourses: string;
    noCertifications: string;
    noNominations: string;
    noSessions: string;
  };
  attendanceSheet: {
    documentTitle: (course: string) => string;
    title: string;
    /** "Session 2: 2031-03-03 09:00 – 17:00 (Europe/Kyiv)". */
    session: (position: number, when: string) => string;
    columns: { officer: string; mark: string; signature: string };
  };
  personalData: {
    documentTitle: (officer: string) => string;
    /** The heading above the officer's name. */
    title: string;
    retentionKept: string;
    retentionYears: (years: number) => string;
    /** The secret columns never exported (their names follow, as in the JSON). */
    neverExported: (columns: string) => string;
    /** The last section: kinds of data with no row about the officer. */
    emptyKinds: string;
    sections: Record<PersonalDataSection, string>;
  };
}

/** A count's word in languages with several plural forms (Russian, Ukrainian: 1 год, 2 года, 5 лет). */
function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
) {
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}

/** The words the portal's catalogue already holds: statuses and marks, as the screen shows them. */
type PortalWords = Pick<PrintoutPhrases, 'enrolmentStatuses' | 'certificationStatuses' | 'attendanceMarks'>;

function portalWords(locale: PrintoutLocale): PortalWords {
  const t = translator(locale);
  const words = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}`)])) as Record<K, string>;
  return {
    enrolmentStatuses: words(ENROLMENT_STATUSES, 'enrolmentStatus'),
    certificationStatuses: words(CERTIFICATION_STATUSES, 'certification.status'),
    attendanceMarks: words(ATTENDANCE_STATUSES, 'attendance.status'),
  };
}

const OWN_PHRASES: Record<PrintoutLocale, Omit<PrintoutPhrases, keyof PortalWords>> = {
  en: {
    exportedBy: (name, role, organisation, when) => `Exported by ${name} (${role}, ${organisation}) on ${when}`,
    // The stamp's words as they always were: the role's code, in lower case.
    roles: {
      officer: 'officer',
      coordinator: 'coordinator',
      trainer: 'trainer',
      member_admin: 'member admin',
      admin: 'admin',
    },
    trainingRecord: {
      documentTitle: (officer) => `Training record — ${officer}`,
      title: 'Training record',
      asOf: (day) => `As of ${day}`,
      courses: 'Courses',
      certifications: 'Certifications',
      nominations: 'Nominations',
      sessions: 'Sessions attended',
      columns: {
        course: 'Course',
        run: 'Run',
        status: 'Status',
        result: 'Result',
        attendance: 'Attendance',
        programme: 'Programme',
        issued: 'Issued',
        expires: 'Expires',
        recertifyFrom: 'Recertify from',
        nominatedBy: 'Nominated by',
        on: 'On',
        courseAndSession: 'Course and session',
        date: 'Date',
        mark: 'Mark',
      },
      passed: (score) => `${score}% passed`,
      notPassed: (score) => `${score}% not passed`,
      renewed: 'Renewed',
      notMarked: 'Not marked',
      noCourses: 'No courses yet',
      noCertifications: 'No certifications yet',
      noNominations: 'No nominations',
      noSessions: 'No sessions',
    },
    attendanceSheet: {
      documentTitle: (course) => `Attendance — ${course}`,
      title: 'Attendance sheet',
      session: (position, when) => `Session ${position}: ${when}`,
      columns: { officer: 'Officer', mark: 'Mark', signature: 'Signature' },
    },
    personalData: {
      documentTitle: (officer) => `Personal data — ${officer}`,
      title: 'Personal data held about',
      retentionKept: 'Retention: kept (no retention period set for the country)',
      retentionYears: (years) => `Retention: erased ${years} years after leaving the unit or being disabled`,
      neverExported: (columns) => `Never exported (secrets): ${columns}`,
      emptyKinds: 'Kinds of data holding nothing about the officer',
      sections: {
        account_link: 'Invitations and password resets',
        app_user: 'Account',
        assessment_attempt: 'Assessment attempts',
        assignment: 'Teaching assignments',
        attendance: 'Attendance',
        audit_event: 'Audit log entries',
        calendar_feed: 'Calendar feeds',
        capability_grant: 'Capabilities granted',
        certification: 'Certifications',
        cohort: 'Cohorts taught',
        cohort_named_roster: 'Named rosters opted in',
        competency_revision: 'Competency edits',
        country_priority: 'Country priorities set',
        email_message: 'E-mails',
        enrolment: 'Enrolments',
        lesson_completion: 'Lessons completed',
        local_trainer_application: 'Local trainer applications',
        needs_assessment: 'Needs assessments',
        notification: 'Notifications',
        notification_preference: 'Notification settings',
        officer_import: 'Officer imports made',
        officer_import_row: 'Officer import lines',
        outbox_message: 'Queued jobs',
        personal_data_access: 'Who read this data',
        session: 'Sign-in sessions',
        trainer_booking: 'Trainer bookings',
        trainer_profile: 'Trainer profile',
        trainer_unavailability: 'Trainer unavailability',
        training_request: 'Training requests',
        translation: 'Translations edited',
        uptake_cohort: 'Uptake figures (cohorts)',
        uptake_officer: 'Uptake figures (officer)',
        uptake_officer_course: 'Uptake figures (courses)',
        wallet_offer: 'Wallet offers',
        workplan: 'Workplans',
      },
    },
  },
  es: {
    exportedBy: (name, role, organisation, when) => `Exportado por ${name} (${role}, ${organisation}) el ${when}`,
    roles: {
      officer: 'agente de policía',
      coordinator: 'coordinador de capacitación',
      trainer: 'instructor',
      member_admin: 'administrador de empresa miembro',
      admin: 'administrador de la alianza',
    },
    trainingRecord: {
      documentTitle: (officer) => `Historial de formación — ${officer}`,
      title: 'Historial de formación',
      asOf: (day) => `Situación a ${day}`,
      courses: 'Cursos',
      certifications: 'Certificaciones',
      nominations: 'Propuestas',
      sessions: 'Sesiones y asistencia',
      columns: {
        course: 'Curso',
        run: 'Fechas',
        status: 'Estado',
        result: 'Evaluación',
        attendance: 'Asistencia',
        programme: 'Programa',
        issued: 'Emitida',
        expires: 'Vence',
        recertifyFrom: 'Recertificación desde',
        nominatedBy: 'Propuesto por',
        on: 'Fecha',
        courseAndSession: 'Curso y sesión',
        date: 'Fecha',
        mark: 'Registro',
      },
      passed: (score) => `${score} %, aprobada`,
      notPassed: (score) => `${score} %, no aprobada`,
      renewed: 'Renovada',
      notMarked: 'Sin registrar',
      noCourses: 'Todavía no hay cursos',
      noCertifications: 'Todavía no hay certificaciones',
      noNominations: 'No hay propuestas',
      noSessions: 'Todavía no hay sesiones',
    },
    attendanceSheet: {
      documentTitle: (course) => `Hoja de asistencia — ${course}`,
      title: 'Hoja de asistencia',
      session: (position, when) => `Sesión ${position}: ${when}`,
      columns: { officer: 'Agente', mark: 'Registro', signature: 'Firma' },
    },
    personalData: {
      documentTitle: (officer) => `Datos personales — ${officer}`,
      title: 'Datos personales que se conservan sobre',
      retentionKept: 'Conservación: se conservan (el país no ha fijado un plazo de conservación)',
      retentionYears: (years) =>
        `Conservación: se suprimen ${years} ${years === 1 ? 'año' : 'años'} después de que el agente deje la unidad o se desactive su cuenta`,
      neverExported: (columns) => `Nunca se exportan (datos secretos): ${columns}`,
      emptyKinds: 'Tipos de datos que no contienen nada sobre el agente',
      sections: {
        account_link: 'Invitaciones y restablecimientos de contraseña',
        app_user: 'Cuenta',
        assessment_attempt: 'Intentos de evaluación',
        assignment: 'Asignaciones de docencia',
        attendance: 'Asistencia',
        audit_event: 'Entradas del registro de auditoría',
        calendar_feed: 'Suscripciones de calendario',
        capability_grant: 'Permisos concedidos',
        certification: 'Certificaciones',
        cohort: 'Cohortes en las que impartió clase',
        cohort_named_roster: 'Consentimientos para mostrar el nombre a los instructores',
        competency_revision: 'Cambios en competencias',
        country_priority: 'Prioridades de formación fijadas',
        email_message: 'Correos electrónicos',
        enrolment: 'Inscripciones',
        lesson_completion: 'Lecciones completadas',
        local_trainer_application: 'Solicitudes para ser formador local',
        needs_assessment: 'Evaluaciones de necesidades',
        notification: 'Notificaciones',
        notification_preference: 'Configuración de notificaciones',
        officer_import: 'Importaciones de agentes realizadas',
        officer_import_row: 'Líneas de importación de agentes',
        outbox_message: 'Tareas en cola',
        personal_data_access: 'Quién consultó estos datos',
        session: 'Sesiones iniciadas',
        trainer_booking: 'Reservas de instructor',
        trainer_profile: 'Perfil de instructor',
        trainer_unavailability: 'Ausencias del instructor',
        training_request: 'Solicitudes de capacitación',
        translation: 'Traducciones editadas',
        uptake_cohort: 'Cifras de alcance (cohortes)',
        uptake_officer: 'Cifras de alcance (agente)',
        uptake_officer_course: 'Cifras de alcance (cursos)',
        wallet_offer: 'Ofertas a la cartera digital',
        workplan: 'Planes de trabajo',
      },
    },
  },
  'pt-BR': {
    exportedBy: (name, role, organisation, when) => `Exportado por ${name} (${role}, ${organisation}) em ${when}`,
    roles: {
      officer: 'policial',
      coordinator: 'coordenador de treinamento',
      trainer: 'instrutor',
      member_admin: 'administrador da empresa-membro',
      admin: 'administrador da aliança',
    },
    trainingRecord: {
      documentTitle: (officer) => `Histórico de capacitação — ${officer}`,
      title: 'Histórico de capacitação',
      asOf: (day) => `Posição em ${day}`,
      courses: 'Cursos',
      certifications: 'Certificações',
      nominations: 'Indicações',
      sessions: 'Sessões e frequência',
      columns: {
        course: 'Curso',
        run: 'Datas',
        status: 'Situação',
        result: 'Avaliação',
        attendance: 'Frequência',
        programme: 'Programa',
        issued: 'Emitida',
        expires: 'Vence',
        recertifyFrom: 'Recertificação a partir de',
        nominatedBy: 'Indicado por',
        on: 'Data',
        courseAndSession: 'Curso e sessão',
        date: 'Data',
        mark: 'Registro',
      },
      passed: (score) => `${score}%, aprovado`,
      notPassed: (score) => `${score}%, não aprovado`,
      renewed: 'Renovada',
      notMarked: 'Sem registro',
      noCourses: 'Ainda não há cursos',
      noCertifications: 'Ainda não há certificações',
      noNominations: 'Não há indicações',
      noSessions: 'Ainda não há sessões',
    },
    attendanceSheet: {
      documentTitle: (course) => `Lista de presença — ${course}`,
      title: 'Lista de presença',
      session: (position, when) => `Sessão ${position}: ${when}`,
      columns: { officer: 'Policial', mark: 'Registro', signature: 'Assinatura' },
    },
    personalData: {
      documentTitle: (officer) => `Dados pessoais — ${officer}`,
      title: 'Dados pessoais mantidos sobre',
      retentionKept: 'Retenção: mantidos (o país não definiu um prazo de retenção)',
      retentionYears: (years) =>
        `Retenção: apagados ${years} ${years === 1 ? 'ano' : 'anos'} depois que o policial deixa a unidade ou é desativado`,
      neverExported: (columns) => `Nunca exportados (dados sigilosos): ${columns}`,
      emptyKinds: 'Tipos de dados que não contêm nada sobre o policial',
      sections: {
        account_link: 'Convites e redefinições de senha',
        app_user: 'Conta',
        assessment_attempt: 'Tentativas de avaliação',
        assignment: 'Designações para ministrar cursos',
        attendance: 'Frequência',
        audit_event: 'Entradas do registro de auditoria',
        calendar_feed: 'Assinaturas de calendário',
        capability_grant: 'Permissões concedidas',
        certification: 'Certificações',
        cohort: 'Turmas em que ministrou aulas',
        cohort_named_roster: 'Consentimentos para mostrar o nome aos instrutores',
        competency_revision: 'Alterações de competências',
        country_priority: 'Prioridades de capacitação definidas',
        email_message: 'Mensagens de e-mail',
        enrolment: 'Inscrições',
        lesson_completion: 'Aulas concluídas',
        local_trainer_application: 'Candidaturas a formador local',
        needs_assessment: 'Avaliações de necessidades',
        notification: 'Notificações',
        notification_preference: 'Configurações de notificação',
        officer_import: 'Importações de policiais realizadas',
        officer_import_row: 'Linhas de importação de policiais',
        outbox_message: 'Tarefas na fila',
        personal_data_access: 'Quem acessou estes dados',
        session: 'Sessões de login',
        trainer_booking: 'Reservas de instrutor',
        trainer_profile: 'Perfil de instrutor',
        trainer_unavailability: 'Indisponibilidade do instrutor',
        training_request: 'Solicitações de treinamento',
        translation: 'Traduções editadas',
        uptake_cohort: 'Números de alcance (turmas)',
        uptake_officer: 'Números de alcance (policial)',
        uptake_officer_course: 'Números de alcance (cursos)',
        wallet_offer: 'Ofertas para carteira digital',
        workplan: 'Planos de trabalho',
      },
    },
  },
  ru: {
    exportedBy: (name, role, organisation, when) =>
      `Выгружено пользователем ${name} (${role}, ${organisation}) ${when}`,
    roles: {
      officer: 'сотрудник полиции',
      coordinator: 'координатор обучения',
      trainer: 'инструктор',
      member_admin: 'администратор компании-участника',
      admin: 'администратор альянса',
    },
    trainingRecord: {
      documentTitle: (officer) => `Учебная карточка — ${officer}`,
      title: 'Учебная карточка',
      asOf: (day) => `По состоянию на ${day}`,
      courses: 'Курсы',
      certifications: 'Сертификаты',
      nominations: 'Направления на обучение',
      sessions: 'Занятия и посещаемость',
      columns: {
        course: 'Курс',
        run: 'Даты',
        status: 'Статус',
        result: 'Итоговый тест',
        attendance: 'Посещаемость',
        programme: 'Программа',
        issued: 'Выдан',
        expires: 'Действует до',
        recertifyFrom: 'Продление с',
        nominatedBy: 'Кто направил',
        on: 'Дата',
        courseAndSession: 'Курс и занятие',
        date: 'Дата',
        mark: 'Отметка',
      },
      passed: (score) => `${score} %, сдан`,
      notPassed: (score) => `${score} %, не сдан`,
      renewed: 'Продлён',
      notMarked: 'Нет отметки',
      noCourses: 'Курсов пока нет',
      noCertifications: 'Сертификатов пока нет',
      noNominations: 'Направлений нет',
      noSessions: 'Занятий пока нет',
    },
    attendanceSheet: {
      documentTitle: (course) => `Ведомость посещаемости — ${course}`,
      title: 'Ведомость посещаемости',
      session: (position, when) => `Занятие ${position}: ${when}`,
      columns: { officer: 'Сотрудник', mark: 'Отметка', signature: 'Подпись' },
    },
    personalData: {
      documentTitle: (officer) => `Персональные данные — ${officer}`,
      title: 'Персональные данные, которые хранятся о сотруднике',
      retentionKept: 'Срок хранения: не ограничен (в стране срок хранения не установлен)',
      retentionYears: (years) =>
        `Срок хранения: данные удаляются через ${years} ${plural('ru', years, { one: 'год', few: 'года', other: 'лет' })} после ухода из подразделения или отключения учётной записи`,
      neverExported: (columns) => `Никогда не выгружаются (секретные данные): ${columns}`,
      emptyKinds: 'Виды данных, в которых о сотруднике ничего нет',
      sections: {
        account_link: 'Приглашения и сбросы пароля',
        app_user: 'Учётная запись',
        assessment_attempt: 'Попытки аттестации',
        assignment: 'Назначения на преподавание',
        attendance: 'Посещаемость',
        audit_event: 'Записи журнала аудита',
        calendar_feed: 'Подписки на календарь',
        capability_grant: 'Предоставленные права',
        certification: 'Сертификаты',
        cohort: 'Группы, в которых вёл(-а) занятия',
        cohort_named_roster: 'Согласия показывать имя инструкторам',
        competency_revision: 'Изменения компетенций',
        country_priority: 'Заданные приоритеты обучения',
        email_message: 'Электронные письма',
        enrolment: 'Записи на курсы',
        lesson_completion: 'Пройденные уроки',
        local_trainer_application: 'Заявки в местные инструкторы',
        needs_assessment: 'Оценки потребностей',
        notification: 'Уведомления',
        notification_preference: 'Настройки уведомлений',
        officer_import: 'Выполненные импорты сотрудников',
        officer_import_row: 'Строки импорта сотрудников',
        outbox_message: 'Задания в очереди',
        personal_data_access: 'Кто просматривал эти данные',
        session: 'Сеансы входа',
        trainer_booking: 'Бронирования инструктора',
        trainer_profile: 'Профиль инструктора',
        trainer_unavailability: 'Периоды отсутствия инструктора',
        training_request: 'Заявки на обучение',
        translation: 'Отредактированные переводы',
        uptake_cohort: 'Показатели охвата (группы)',
        uptake_officer: 'Показатели охвата (сотрудник)',
        uptake_officer_course: 'Показатели охвата (курсы)',
        wallet_offer: 'Предложения для цифрового кошелька',
        workplan: 'Рабочие планы',
      },
    },
  },
  uk: {
    exportedBy: (name, role, organisation, when) =>
      `Вивантажено користувачем ${name} (${role}, ${organisation}) ${when}`,
    roles: {
      officer: 'поліцейський',
      coordinator: 'координатор навчання',
      trainer: 'інструктор',
      member_admin: 'адміністратор компанії-учасниці',
      admin: 'адміністратор альянсу',
    },
    trainingRecord: {
      documentTitle: (officer) => `Навчальна картка — ${officer}`,
      title: 'Навчальна картка',
      asOf: (day) => `Станом на ${day}`,
      courses: 'Курси',
      certifications: 'Сертифікати',
      nominations: 'Направлення на навчання',
      sessions: 'Заняття та відвідуваність',
      columns: {
        course: 'Курс',
        run: 'Дати',
        status: 'Статус',
        result: 'Підсумковий тест',
        attendance: 'Відвідуваність',
        programme: 'Програма',
        issued: 'Видано',
        expires: 'Діє до',
        recertifyFrom: 'Продовження з',
        nominatedBy: 'Хто направив',
        on: 'Дата',
        courseAndSession: 'Курс і заняття',
        date: 'Дата',
        mark: 'Позначка',
      },
      passed: (score) => `${score} %, складено`,
      notPassed: (score) => `${score} %, не складено`,
      renewed: 'Продовжено',
      notMarked: 'Без позначки',
      noCourses: 'Курсів поки немає',
      noCertifications: 'Сертифікатів поки немає',
      noNominations: 'Направлень немає',
      noSessions: 'Занять поки немає',
    },
    attendanceSheet: {
      documentTitle: (course) => `Відомість відвідуваності — ${course}`,
      title: 'Відомість відвідуваності',
      session: (position, when) => `Заняття ${position}: ${when}`,
      columns: { officer: 'Поліцейський', mark: 'Позначка', signature: 'Підпис' },
    },
    personalData: {
      documentTitle: (officer) => `Персональні дані — ${officer}`,
      title: 'Персональні дані, що зберігаються про працівника',
      retentionKept: 'Строк зберігання: не обмежено (країна не встановила строк зберігання)',
      retentionYears: (years) =>
        `Строк зберігання: дані видаляються через ${years} ${plural('uk', years, { one: 'рік', few: 'роки', other: 'років' })} після виходу з підрозділу або вимкнення облікового запису`,
      neverExported: (columns) => `Ніколи не вивантажуються (секретні дані): ${columns}`,
      emptyKinds: 'Види даних, у яких про працівника нічого немає',
      sections: {
        account_link: 'Запрошення та скидання пароля',
        app_user: 'Обліковий запис',
        assessment_attempt: 'Спроби атестації',
        assignment: 'Призначення на викладання',
        attendance: 'Відвідуваність',
        audit_event: 'Записи журналу аудиту',
        calendar_feed: 'Підписки на календар',
        capability_grant: 'Надані права',
        certification: 'Сертифікати',
        cohort: 'Групи, у яких вів(-ла) заняття',
        cohort_named_roster: 'Згоди показувати ім’я інструкторам',
        competency_revision: 'Зміни компетентностей',
        country_priority: 'Встановлені пріоритети навчання',
        email_message: 'Електронні листи',
        enrolment: 'Записи на курси',
        lesson_completion: 'Пройдені уроки',
        local_trainer_application: 'Заявки в місцеві тренери',
        needs_assessment: 'Оцінки потреб',
        notification: 'Сповіщення',
        notification_preference: 'Налаштування сповіщень',
        officer_import: 'Виконані імпорти працівників',
        officer_import_row: 'Рядки імпорту працівників',
        outbox_message: 'Завдання в черзі',
        personal_data_access: 'Хто переглядав ці дані',
        session: 'Сеанси входу',
        trainer_booking: 'Бронювання інструктора',
        trainer_profile: 'Профіль інструктора',
        trainer_unavailability: 'Недоступність інструктора',
        training_request: 'Заявки на навчання',
        translation: 'Відредаговані переклади',
        uptake_cohort: 'Показники охоплення (групи)',
        uptake_officer: 'Показники охоплення (працівник)',
        uptake_officer_course: 'Показники охоплення (курси)',
        wallet_offer: 'Пропозиції для цифрового гаманця',
        workplan: 'Робочі плани',
      },
    },
  },
  'zh-CN': {
    exportedBy: (name, role, organisation, when) => `导出人：${name}（${role}，${organisation}），导出时间：${when}`,
    roles: {
      officer: '警员',
      coordinator: '培训协调员',
      trainer: '讲师',
      member_admin: '成员企业管理员',
      admin: '联盟管理员',
    },
    trainingRecord: {
      documentTitle: (officer) => `培训档案 — ${officer}`,
      title: '培训档案',
      asOf: (day) => `截至 ${day}`,
      courses: '课程',
      certifications: '认证',
      nominations: '提名',
      sessions: '课次与出勤',
      columns: {
        course: '课程',
        run: '日期',
        status: '状态',
        result: '考核',
        attendance: '出勤',
        programme: '项目',
        issued: '颁发日期',
        expires: '到期日期',
        recertifyFrom: '续证开放日期',
        nominatedBy: '提名人',
        on: '提名日期',
        courseAndSession: '课程与课次',
        date: '日期',
        mark: '记录',
      },
      passed: (score) => `${score}%，已通过`,
      notPassed: (score) => `${score}%，未通过`,
      renewed: '已续期',
      notMarked: '未记录',
      noCourses: '暂无课程',
      noCertifications: '暂无认证',
      noNominations: '暂无提名',
      noSessions: '暂无课次',
    },
    attendanceSheet: {
      documentTitle: (course) => `签到表 — ${course}`,
      title: '签到表',
      session: (position, when) => `第 ${position} 节：${when}`,
      columns: { officer: '警员', mark: '记录', signature: '签名' },
    },
    personalData: {
      documentTitle: (officer) => `个人数据 — ${officer}`,
      title: '平台保存的个人数据',
      retentionKept: '保存期限：长期保存（所在国家未设定保存期限）',
      retentionYears: (years) => `保存期限：离开单位或账户被停用 ${years} 年后删除`,
      neverExported: (columns) => `从不导出（机密信息）：${columns}`,
      emptyKinds: '不含该警员任何信息的数据类别',
      sections: {
        account_link: '邀请与密码重置',
        app_user: '账户',
        assessment_attempt: '考核作答',
        assignment: '授课任务',
        attendance: '出勤',
        audit_event: '审计日志条目',
        calendar_feed: '日历订阅',
        capability_grant: '已授予的权限',
        certification: '认证',
        cohort: '担任讲师的班次',
        cohort_named_roster: '同意向讲师显示姓名的记录',
        competency_revision: '能力修改记录',
        country_priority: '设置的培训优先级',
        email_message: '电子邮件',
        enrolment: '报名',
        lesson_completion: '已完成的课节',
        local_trainer_application: '本地培训师申请',
        needs_assessment: '需求评估',
        notification: '通知',
        notification_preference: '通知设置',
        officer_import: '发起的警员导入',
        officer_import_row: '警员导入行',
        outbox_message: '排队中的任务',
        personal_data_access: '谁查看过这些数据',
        session: '登录会话',
        trainer_booking: '讲师预订',
        trainer_profile: '讲师资料',
        trainer_unavailability: '讲师不可授课时段',
        training_request: '培训申请',
        translation: '编辑过的翻译',
        uptake_cohort: '覆盖数据（班次）',
        uptake_officer: '覆盖数据（警员）',
        uptake_officer_course: '覆盖数据（课程）',
        wallet_offer: '数字钱包领取邀约',
        workplan: '工作计划',
      },
    },
  },
};

/**
 * The printout's language for a reader: the first of their preferred languages (their portal language, else
 * `Accept-Language` by weight) that is one of the six, matched as content languages are (`uk-UA` → `uk`, `zh` →
 * `zh-CN`); English when none is. Their further reading languages are not asked: labels follow the portal's language.
 */
export function printoutLocale(reader: ReaderLanguages | undefined): PrintoutLocale {
  if (!reader) return 'en';
  const [first] = normaliseReaderLocales(
    reader.preferred,
    PRINTOUT_LOCALES.map((code) => ({ code })),
  );
  return PRINTOUT_LOCALES.find((code) => code === first) ?? 'en';
}

export const PRINTOUT_PHRASES = Object.fromEntries(
  PRINTOUT_LOCALES.map((locale) => [locale, { ...OWN_PHRASES[locale], ...portalWords(locale) }]),
) as Record<PrintoutLocale, PrintoutPhrases>;
