/** The fixed words of a certificate and of a credential's criteria, in one language. */
export interface CertificatePhrases {
  title: string;
  certifiesThat: string;
  holdsCertification: string;
  validity: (from: string, until: string) => string;
  issued: (date: string) => string;
  /** The page that tells whether the certificate holds today (the PDF prints no status: it would freeze). */
  verifyAt: (url: string) => string;
  /** Captions of the two QR codes: the verification page, and the signed credential checked with no network. */
  qrOnline: string;
  qrOffline: string;
  criteriaAll: (titles: string) => string;
  criteriaSome: (count: number, titles: string) => string;
}

/**
 * Certificate phrases in the six UI languages, kept in the API (the PDF and the credential are made here, not
 * in the portal). A locale without phrases (one an admin added) gets the English ones only.
 */
export const CERTIFICATE_PHRASES: Record<string, CertificatePhrases> = {
  en: {
    title: 'Certificate',
    certifiesThat: 'This certifies that',
    holdsCertification: 'holds the certification',
    validity: (from, until) => `Valid from ${from} until ${until}`,
    issued: (date) => `issued ${date}`,
    verifyAt: (url) => `Verify at ${url}`,
    qrOnline: 'Verify online',
    qrOffline: 'Verify offline',
    criteriaAll: (titles) => `Completed every course of the programme: ${titles}.`,
    criteriaSome: (count, titles) => `Completed ${count} of these courses: ${titles}.`,
  },
  es: {
    title: 'Certificado',
    certifiesThat: 'Se certifica que',
    holdsCertification: 'ha obtenido la certificación',
    validity: (from, until) => `Válido del ${from} al ${until}`,
    issued: (date) => `expedido el ${date}`,
    verifyAt: (url) => `Verifíquelo en ${url}`,
    qrOnline: 'Verificar en línea',
    qrOffline: 'Verificar sin conexión',
    criteriaAll: (titles) => `Completó todos los cursos del programa: ${titles}.`,
    criteriaSome: (count, titles) => `Completó ${count} de estos cursos: ${titles}.`,
  },
  'pt-BR': {
    title: 'Certificado',
    certifiesThat: 'Certificamos que',
    holdsCertification: 'obteve a certificação',
    validity: (from, until) => `Válido de ${from} a ${until}`,
    issued: (date) => `emitido em ${date}`,
    verifyAt: (url) => `Verifique em ${url}`,
    qrOnline: 'Verificar on-line',
    qrOffline: 'Verificar off-line',
    criteriaAll: (titles) => `Concluiu todos os cursos do programa: ${titles}.`,
    criteriaSome: (count, titles) => `Concluiu ${count} destes cursos: ${titles}.`,
  },
  ru: {
    title: 'Сертификат',
    certifiesThat: 'Настоящим удостоверяется, что',
    holdsCertification: 'успешно прошёл(-ла) сертификацию по программе',
    validity: (from, until) => `Действителен с ${from} по ${until}`,
    issued: (date) => `выдан ${date}`,
    verifyAt: (url) => `Проверить подлинность: ${url}`,
    qrOnline: 'Проверка онлайн',
    qrOffline: 'Проверка без сети',
    criteriaAll: (titles) => `Пройдены все курсы программы: ${titles}.`,
    criteriaSome: (count, titles) => `Пройдены ${count} из следующих курсов: ${titles}.`,
  },
  uk: {
    title: 'Сертифікат',
    certifiesThat: 'Цим засвідчується, що',
    holdsCertification: 'успішно пройшов(-ла) сертифікацію за програмою',
    validity: (from, until) => `Чинний з ${from} до ${until}`,
    issued: (date) => `виданий ${date}`,
    verifyAt: (url) => `Перевірити справжність: ${url}`,
    qrOnline: 'Перевірка онлайн',
    qrOffline: 'Перевірка без мережі',
    criteriaAll: (titles) => `Пройдено всі курси програми: ${titles}.`,
    criteriaSome: (count, titles) => `Пройдено ${count} з таких курсів: ${titles}.`,
  },
  'zh-CN': {
    title: '证书',
    certifiesThat: '兹证明',
    holdsCertification: '已获得以下认证',
    validity: (from, until) => `有效期：${from} 至 ${until}`,
    issued: (date) => `颁发日期：${date}`,
    verifyAt: (url) => `验证网址：${url}`,
    qrOnline: '在线验证',
    qrOffline: '离线验证',
    criteriaAll: (titles) => `已完成本认证项目的全部课程：${titles}。`,
    criteriaSome: (count, titles) => `已完成以下课程中的 ${count} 门：${titles}。`,
  },
};

export const ENGLISH = 'en';

/** The phrases of a locale, or null when it has none of its own (English is printed alone then). */
export function phrasesFor(locale: string | null): CertificatePhrases | null {
  if (!locale || locale === ENGLISH) return null;
  return CERTIFICATE_PHRASES[locale] ?? null;
}
