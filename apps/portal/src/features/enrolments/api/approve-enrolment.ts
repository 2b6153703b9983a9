import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Approves a pending enrolment of the unit: enrolled, or waitlisted when the cohort is full (coordinators). */
export function approveEnrolment(id: string) {
  return unwrap(api.POST('/api/enrolments/{id}/approve', { params: { path: { id } }, body: {} }));
}

export function useApproveEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveEnrolment,
    // Not awaited: the approved row may leave a filtered list, and the caller's own callbacks must run first.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['enrolments'] });
      void queryClient.invalidateQueries({ queryKey: ['cohorts'] });
    },
  });
}
