import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFormat } from '@/hooks/use-format';
import type { Roster } from '@/features/cohorts/api/get-roster';
import { useSendCohortMessage } from '@/features/cohorts/api/send-cohort-message';

/** Who a message can reach: participants holding or having completed a seat. */
const REACHABLE = new Set(['enrolled', 'completed']);

/**
 * "Message participants" on a cohort's roster: a subject and a message to every participant or to those ticked. The
 * platform delivers it (bell and e-mail as each chose); the trainer never sees an address, only how many it reached.
 */
export function MessageParticipantsForm({ roster }: { roster: Roster }) {
  const { t } = useTranslation();
  const format = useFormat();
  const send = useSendCohortMessage();
  const participants = roster.entries.filter((e) => REACHABLE.has(e.status));
  const [to, setTo] = useState<'all' | 'selected'>('all');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const errorId = useId();
  const noneId = useId();
  const radioName = useId();
  const none = to === 'selected' && selected.size === 0;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (none) return;
    send.mutate(
      {
        cohortId: roster.cohort.id,
        subject,
        body,
        ...(to === 'selected' ? { enrolmentIds: participants.filter((p) => selected.has(p.id)).map((p) => p.id) } : {}),
      },
      {
        onSuccess: () => {
          setSubject('');
          setBody('');
          setSelected(new Set());
          setTried(false);
        },
      },
    );
  };

  return (
    <section className="card section" aria-labelledby="message-participants">
      <h2 id="message-participants">{t('roster.message.title')}</h2>
      <p className="muted">{t('roster.message.intro')}</p>
      {participants.length === 0 ? (
        <p className="empty">{t('roster.message.noParticipants')}</p>
      ) : (
        <form className="form" onSubmit={submit} aria-describedby={send.isError ? errorId : undefined}>
          <FormError id={errorId} error={send.error} title={t('roster.message.failed')} />
          <fieldset className="fieldset">
            <legend>{t('roster.message.recipients')}</legend>
            <label className="check">
              <input type="radio" name={radioName} checked={to === 'all'} onChange={() => setTo('all')} />{' '}
              {t('roster.message.toAll', { total: format.number(participants.length) })}
            </label>
            <label className="check">
              <input type="radio" name={radioName} checked={to === 'selected'} onChange={() => setTo('selected')} />{' '}
              {t('roster.message.toSelected')}
            </label>
          </fieldset>
          {to === 'selected' ? (
            <fieldset className="fieldset" aria-describedby={tried && none ? noneId : undefined}>
              <legend>{t('roster.message.participants')}</legend>
              {tried && none ? (
                <p id={noneId} className="alert alert--error" role="alert">
                  {t('roster.message.chooseSomeone')}
                </p>
              ) : null}
              <ul className="checklist">
                {participants.map((p) => (
                  <li key={p.id}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={selected.has(p.id)}
                        onChange={(e) => toggle(p.id, e.target.checked)}
                      />{' '}
                      {p.officerName}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
          <TextField
            label={t('roster.message.subject')}
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
            required
            maxLength={150}
          />
          <TextAreaField
            label={t('roster.message.body')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
            maxLength={5000}
            rows={6}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={send.isPending} aria-busy={send.isPending}>
              {send.isPending ? t('roster.message.sending') : t('roster.message.send')}
            </button>
          </div>
        </form>
      )}
      <p role="status">{send.data ? t('roster.message.sent', { reached: format.number(send.data.sent) }) : ''}</p>
    </section>
  );
}
