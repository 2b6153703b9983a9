import type { TFunction } from 'i18next';
import type { Column } from '@/components/ui/table';
import type { UptakeRow } from '@/features/uptake/api/get-uptake';
import { countValue } from '@/features/uptake/lib/count';
import { CountText, HoursText } from './figure-text';

/** The count figures the uptake tables show ("<5" outside an admin's view; the seats gap may be null). */
export type CountFigure =
  | 'officersEnrolled'
  | 'enrolments'
  | 'completions'
  | 'activeCertifications'
  | 'expiringCertifications'
  | 'cohortsDelivered'
  | 'trainersDelivered'
  | 'requestsRaised'
  | 'requestsFilled'
  | 'requestsUnfilled'
  | 'seatsRequested'
  | 'seatsFilled'
  | 'seatsGap';

/** A sortable column of one count figure, shared by every uptake table. */
export function countColumn(t: TFunction, figure: CountFigure): Column<UptakeRow> {
  return {
    key: figure,
    header: t(`uptake.figures.${figure}`),
    numeric: true,
    sortValue: (r) => countValue(r[figure]),
    cell: (r) => <CountText value={r[figure]} />,
  };
}

/** The median hours from a request to an accepted trainer. */
export function medianHoursColumn(t: TFunction): Column<UptakeRow> {
  return {
    key: 'medianHoursToTrainer',
    header: t('uptake.figures.medianHoursToTrainer'),
    numeric: true,
    sortValue: (r) => r.medianHoursToTrainer,
    cell: (r) => <HoursText value={r.medianHoursToTrainer} />,
  };
}
