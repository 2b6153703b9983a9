import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { MemberFirm } from '@/features/member-firms/api/get-member-firms';
import { Website } from './website';

export function MemberFirmDetails({ firm }: { firm: MemberFirm }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="firm-name">
      <h2 id="firm-name">{firm.name}</h2>
      <dl className="details">
        <dt>{t('memberFirms.columns.country')}</dt>
        <dd>{format.country(firm.countryCode)}</dd>
        <dt>{t('memberFirms.columns.website')}</dt>
        <dd>
          <Website url={firm.website} />
        </dd>
      </dl>
    </section>
  );
}
