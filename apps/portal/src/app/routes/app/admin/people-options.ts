import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getMemberFirms } from '@/features/member-firms/api/get-member-firms';
import { getPoliceUnits } from '@/features/police-units/api/get-police-units';
import { useFormat } from '@/hooks/use-format';
import { fetchAllPages } from '@/lib/pagination';

/**
 * The units and firms an admin places accounts in (the People form), sorted for the reader's language; not
 * asked for at all for other readers (`enabled` false), whose own unit or firm the API takes.
 */
export function usePeoplePlaces(enabled: boolean) {
  const format = useFormat();
  const units = useQuery({
    queryKey: ['police-units', 'all'],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getPoliceUnits({ page, pageSize }, signal)),
    staleTime: 5 * 60_000,
    enabled,
  });
  const firms = useQuery({
    queryKey: ['member-firms', 'all'],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getMemberFirms({ page, pageSize }, signal)),
    staleTime: 5 * 60_000,
    enabled,
  });
  return useMemo(() => {
    if (!enabled) return { units: null, firms: null };
    const sort = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, format.locale);
    return {
      units: (units.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.countryCode})` })).sort(sort),
      firms: (firms.data ?? []).map((f) => ({ value: f.id, label: f.name })).sort(sort),
    };
  }, [enabled, units.data, firms.data, format]);
}
