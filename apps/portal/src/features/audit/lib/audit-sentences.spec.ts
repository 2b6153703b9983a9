import { AUDIT_ACTIONS, auditActionLabel, auditSentence, auditSentenceKey, type AuditTranslate } from '@icspa/domain';
import en from '@/locales/en.json';
import es from '@/locales/es.json';
import ptBR from '@/locales/pt-BR.json';
import ru from '@/locales/ru.json';
import uk from '@/locales/uk.json';
import zhCN from '@/locales/zh-CN.json';

const LOCALES = { en, es, 'pt-BR': ptBR, ru, uk, 'zh-CN': zhCN } as const;
type Tree = { [key: string]: string | Tree };

/** The catalogue read as i18next reads it (dotted keys), without fallback, `{{name}}` filled. */
function translator(tree: Tree): AuditTranslate {
  return (key, values = {}) => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

describe('audit log sentences', () => {
  it.each(Object.keys(LOCALES))(
    'has a sentence for every action code in %s, naming the actor, with nothing left unfilled',
    (locale) => {
      const tree = LOCALES[locale as keyof typeof LOCALES] as unknown as Tree;
      const sentences = (tree.auditLog as Tree).sentences as Tree;
      expect(Object.keys(sentences).sort()).toEqual(AUDIT_ACTIONS.map(auditSentenceKey).sort());
      const t = translator(tree);
      for (const action of AUDIT_ACTIONS) {
        const text = auditSentence(
          {
            action,
            actor: { name: 'Ana Souza' },
            object: { type: 'certification', id: 'c-1', name: 'Alliance Cybercrime Investigator' },
            subject: { name: 'Otieno Kamau' },
            details: {
              officerIds: ['a', 'b'],
              from: 'open',
              to: 'running',
              locale: 'uk',
              capability: 'translate',
              scope: 'uk',
              queue: 'mail',
            },
          },
          t,
        );
        expect(text).toContain('Ana Souza');
        expect(text).not.toMatch(/\{\{|\}\}/);
      }
    },
  );

  it.each(Object.keys(LOCALES))(
    'names every action code in a few words in %s, each name its own, none a code',
    (locale) => {
      const tree = LOCALES[locale as keyof typeof LOCALES] as unknown as Tree;
      const actions = (tree.auditLog as Tree).actions as Tree;
      expect(Object.keys(actions).sort()).toEqual(AUDIT_ACTIONS.map(auditSentenceKey).sort());
      const t = translator(tree);
      const labels = AUDIT_ACTIONS.map((action) => auditActionLabel(action, t));
      // Distinct, so the action filter never offers two choices that read alike.
      expect(new Set(labels).size).toBe(AUDIT_ACTIONS.length);
      for (const [i, label] of labels.entries()) {
        expect({ action: AUDIT_ACTIONS[i], label: label.trim() === '' || /[._{}]/.test(label) }).toEqual({
          action: AUDIT_ACTIONS[i],
          label: false,
        });
      }
    },
  );

  it('names an action in words, and one the catalogue lacks (a newer API) by its code', () => {
    const t = translator(en as unknown as Tree);
    expect(auditActionLabel('certification.revoke', t)).toBe('Certification revoked');
    expect(auditActionLabel('officer_import.apply', t)).toBe('Officers imported');
    expect(auditActionLabel('app_user.password_reset_issue', t)).toBe('Password reset link issued');
    expect(auditActionLabel('certification.revoke', translator(uk as unknown as Tree))).toBe('Сертифікат відкликано');
    expect(auditActionLabel('cohort.archive', t)).toBe('cohort.archive');
  });

  it('says the revocation of a certification as the issue words it', () => {
    const event = {
      action: 'certification.revoke',
      actor: { name: 'Ana Souza' },
      object: { type: 'certification', id: 'c-1', name: 'Alliance Cybercrime Investigator' },
      subject: { name: 'Otieno Kamau' },
      details: {},
    };
    expect(auditSentence(event, translator(en as unknown as Tree))).toBe(
      'Ana Souza revoked the certification of Otieno Kamau: Alliance Cybercrime Investigator',
    );
    expect(auditSentence(event, translator(es as unknown as Tree))).toBe(
      'Ana Souza revocó la certificación de Otieno Kamau: Alliance Cybercrime Investigator',
    );
    // The system acting, and an object since deleted.
    expect(
      auditSentence(
        { ...event, actor: null, object: { ...event.object, name: null } },
        translator(en as unknown as Tree),
      ),
    ).toBe('The system revoked the certification of Otieno Kamau: an item that no longer exists');
  });
});
