import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './offline-verifier.css';
import { useFormat } from '@/hooks/use-format';
import { useOnline } from '@/lib/connectivity';
import {
  credentialJws,
  NotACredential,
  parseJws,
  revocationEntries,
  verifyOffline,
  type CachedStatusList,
  type VerificationOutcome,
} from '@/features/certifications/lib/offline-verification';
import { readQr, readQrFromFile } from '@/features/certifications/lib/qr-scan';
import {
  cachedKeys,
  cachedStatusList,
  cachedStatusLists,
  refreshVerifierData,
} from '@/features/certifications/lib/verifier-store';
import { useVerifierStrings, VERIFIER_NS } from '@/features/certifications/lib/verifier-i18n';
import { NameCheck } from '@/features/certifications/components/name-check';

type Saved = { keys: number; lists: CachedStatusList[] };
type Problem = 'empty' | 'format' | 'verificationLink' | 'noQr' | 'camera';

const TONE: Record<VerificationOutcome['verdict'], 'ok' | 'warn' | 'error'> = {
  valid: 'ok',
  unchecked: 'warn',
  expired: 'warn',
  noKeys: 'warn',
  revoked: 'error',
  notGenuine: 'error',
};
const MARK: Record<VerificationOutcome['verdict'], string> = {
  valid: '✓',
  unchecked: '!',
  expired: '!',
  noKeys: '!',
  revoked: '✕',
  notGenuine: '✕',
};

/** "3 hours ago" in the reader's language, from the time a copy was made. */
function useAge() {
  const { i18n } = useTranslation();
  return useCallback(
    (iso: string | null | undefined, now: Date) => {
      if (!iso || Number.isNaN(Date.parse(iso))) return '';
      const seconds = Math.round((Date.parse(iso) - now.getTime()) / 1000);
      const format = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
      const abs = Math.abs(seconds);
      if (abs < 60) return format.format(0, 'minute');
      if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
      if (abs < 86400) return format.format(Math.round(seconds / 3600), 'hour');
      return format.format(Math.round(seconds / 86400), 'day');
    },
    [i18n.language],
  );
}

/**
 * The offline verifier (`/verify`): checks a credential's signature against the alliance keys this device
 * keeps and its revocation against the status lists it keeps — with no server call when offline. Online,
 * opening the page (and each check) refreshes those copies first.
 */
export function OfflineVerifier() {
  const ready = useVerifierStrings();
  const { t: tv } = useTranslation(VERIFIER_NS);
  const format = useFormat();
  const age = useAge();
  const online = useOnline();
  const textId = useId();
  const hintId = useId();
  const fileId = useId();
  const [saved, setSaved] = useState<Saved | null>(null);
  const [updating, setUpdating] = useState(false);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<VerificationOutcome | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [checking, setChecking] = useState(false);
  const [scanning, setScanning] = useState(false);
  const videoRef = useRef<HTMLVideoElement>(null);

  const loadSaved = useCallback(async () => {
    setSaved({ keys: (await cachedKeys()).length, lists: await cachedStatusLists() });
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      await loadSaved();
      if (!online) return;
      setUpdating(true);
      try {
        await refreshVerifierData(new Date());
      } finally {
        if (live) {
          setUpdating(false);
          await loadSaved();
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [online, loadSaved]);

  const check = useCallback(
    async (input: string) => {
      setProblem(null);
      setOutcome(null);
      setChecking(true);
      try {
        const jws = await credentialJws(input);
        // Online, the lists this credential names are fetched first, so the answer is today's.
        if (online) {
          try {
            const urls = revocationEntries(parseJws(jws).payload).map((e) => e.url);
            await refreshVerifierData(new Date(), urls);
          } catch {
            /* the kept copy answers */
          }
          await loadSaved();
        }
        setOutcome(
          await verifyOffline(jws, { keys: await cachedKeys(), statusList: cachedStatusList, now: new Date() }),
        );
      } catch (error) {
        setProblem(error instanceof NotACredential ? error.reason : 'format');
      } finally {
        setChecking(false);
      }
    },
    [online, loadSaved],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void check(text);
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.type.startsWith('image/')) {
      const code = await readQrFromFile(file).catch(() => null);
      if (!code) {
        setOutcome(null);
        setProblem('noQr');
        return;
      }
      setText(code);
      void check(code);
    } else {
      const content = (await file.slice(0, 1024 * 1024).text()).trim();
      setText(content);
      void check(content);
    }
  };

  // The camera: frames read until a QR code is found or the reader stops.
  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    const canvas = document.createElement('canvas');
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch {
        setProblem('camera');
        setScanning(false);
        return;
      }
      const video = videoRef.current;
      if (!video || stopped) return;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      while (!stopped) {
        const code = await readQr(video, canvas).catch(() => null);
        if (code && !stopped) {
          setText(code);
          setScanning(false);
          void check(code);
          return;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, check]);

  const now = new Date();
  const newest = saved?.lists
    .map((l) => l.fetchedAt)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);

  if (!ready) return null; // the strings of this language arrive with the page's next render
  return (
    <section className="offline-verifier" aria-labelledby="offline-verifier-title">
      <h2 id="offline-verifier-title">{tv('title')}</h2>
      <p className="muted">{tv('intro')}</p>
      <p className="alert alert--info offline-verifier__saved" role="status">
        {updating
          ? tv('updating')
          : saved && saved.keys > 0 && newest
            ? tv('savedAt', {
                count: saved.lists.length,
                date: format.dateTime(newest),
                age: age(newest, now),
              })
            : tv('notSaved')}
        {!online ? ` ${tv('offline')}` : null}
      </p>

      <div className="offline-verifier__inputs">
        {scanning ? (
          <div className="offline-verifier__camera">
            <video ref={videoRef} muted playsInline aria-label={tv('cameraLabel')} />
            <button type="button" className="button button--secondary" onClick={() => setScanning(false)}>
              {tv('stopScan')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setScanning(true)}
            disabled={typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia}
          >
            {tv('scan')}
          </button>
        )}
        <div className="field">
          <label htmlFor={fileId}>{tv('file')}</label>
          <p className="field__hint">{tv('fileHint')}</p>
          <input
            id={fileId}
            type="file"
            accept=".jwt,.json,.txt,application/json,application/jwt,text/plain,image/*"
            onChange={(e) => void openFile(e)}
          />
        </div>
      </div>

      <form className="form" onSubmit={submit} aria-label={tv('formLabel')}>
        <div className="field">
          <label htmlFor={textId}>{tv('paste')}</label>
          <p id={hintId} className="field__hint">
            {tv('pasteHint')}
          </p>
          <textarea
            id={textId}
            rows={4}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            aria-describedby={hintId}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={checking}>
          {tv('check')}
        </button>
      </form>

      <div className="verification" aria-live="polite">
        {problem ? <p className="alert alert--error">{tv(`problem.${problem}`)}</p> : null}
        {outcome ? <OfflineOutcome outcome={outcome} now={now} age={age} /> : null}
      </div>
    </section>
  );
}

function OfflineOutcome({
  outcome,
  now,
  age,
}: {
  outcome: VerificationOutcome;
  now: Date;
  age: (iso: string | null | undefined, now: Date) => string;
}) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation(VERIFIER_NS);
  const format = useFormat();
  const { verdict, statusList } = outcome;
  const listDate = statusList?.issuedAt ?? statusList?.fetchedAt ?? null;
  const outdated = statusList?.validUntil && now.getTime() > Date.parse(statusList.validUntil);
  const ref = useRef<HTMLElement>(null);
  // On a phone the answer is below the inputs: bring it into view (the live region announces it).
  // A block body: Chromium's scrollIntoView returns a promise, which React would take for the effect's
  // cleanup and call when the answer changes ("is not a function": the whole page falls over).
  useEffect(() => {
    void ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);
  return (
    <section ref={ref} className={`verdict verdict--${TONE[verdict]}`} aria-labelledby="offline-verdict-title">
      <h3 id="offline-verdict-title" className="verdict__title">
        <span className="verdict__mark" aria-hidden="true">
          {MARK[verdict]}
        </span>
        {tv(`verdict.${verdict}`)}
      </h3>
      <p className="verdict__explanation">{tv(`explanation.${verdict}`)}</p>
      {verdict !== 'notGenuine' && verdict !== 'noKeys' ? (
        <dl className="details verdict__details">
          {outcome.holderName ? (
            <>
              <dt>{t('certification.fields.holder')}</dt>
              <dd>{outcome.holderName}</dd>
            </>
          ) : null}
          {outcome.programmeName ? (
            <>
              <dt>{t('certification.fields.programme')}</dt>
              <dd>{outcome.programmeName}</dd>
            </>
          ) : null}
          {outcome.validFrom ? (
            <>
              <dt>{t('certification.fields.validFrom')}</dt>
              <dd>
                <time dateTime={outcome.validFrom}>{format.date(outcome.validFrom)}</time>
              </dd>
            </>
          ) : null}
          {outcome.validUntil ? (
            <>
              <dt>{t('certification.fields.validUntil')}</dt>
              <dd>
                <time dateTime={outcome.validUntil}>{format.date(outcome.validUntil)}</time>
              </dd>
            </>
          ) : null}
          {listDate ? (
            <>
              <dt>{tv('statusList')}</dt>
              <dd className="offline-verifier__list-age">
                {tv('listAge', { date: format.dateTime(listDate), age: age(listDate, now) })}
                {outdated ? ` ${tv('listOutdated')}` : null}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {verdict !== 'notGenuine' && verdict !== 'noKeys' && outcome.nameIdentifiers?.length ? (
        <NameCheck identifiers={outcome.nameIdentifiers} />
      ) : null}
    </section>
  );
}
