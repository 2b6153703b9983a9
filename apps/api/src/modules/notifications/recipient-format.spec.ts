import { recipientFormat } from './notification-kinds';

describe('recipientFormat (kept per language and time zone)', () => {
  it('answers the same from its cache as a format made afresh, and an unknown zone falls back to UTC', () => {
    const first = recipientFormat('pt-BR', 'America/Sao_Paulo');
    const again = recipientFormat('pt-BR', 'America/Sao_Paulo');
    expect(again).toBe(first);
    const at = '2031-03-03T12:30:00.000Z';
    expect(again.dateTime(at)).toBe(
      new Intl.DateTimeFormat('pt-BR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'America/Sao_Paulo' }).format(
        new Date(at),
      ),
    );
    expect(recipientFormat('uk', 'Europe/Kyiv').date(at)).toBe(
      new Intl.DateTimeFormat('uk', { dateStyle: 'long', timeZone: 'Europe/Kyiv' }).format(new Date(at)),
    );
    const unknown = recipientFormat('en', 'Mars/Olympus_Mons');
    expect(unknown.timeZone).toBe('UTC');
    expect(unknown.relativeDays(30)).toBe('in 30 days');
  });
});
