import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { PoliceUnit } from '@/features/police-units/api/get-police-units';

export function PoliceUnitDetails({ unit }: { unit: PoliceUnit }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="unit-name">
      <h2 id="unit-name">{unit.name}</h2>
      <dl className="details">
        <dt>{t('policeUnits.columns.agency')}</dt>
        <dd>{unit.agency}</dd>
        <dt>{t('policeUnits.columns.city')}</dt>
        <dd>{unit.city}</dd>
        <dt>{t('policeUnits.columns.country')}</dt>
        <dd>{format.country(unit.countryCode)}</dd>
      </dl>
    </section>
  );
}
