import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useMemberFirm } from '@/features/member-firms/api/get-member-firm';
import { MemberFirmDetails } from '@/features/member-firms/components/member-firm-details';

export function MyFirmRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const firm = useMemberFirm(me?.memberFirmId);
  if (!me) return null;
  return (
    <Page title={t('myFirm.title')} description={t('myFirm.description')}>
      {me.memberFirmId ? (
        <QueryState query={firm} loadingLabel={t('myFirm.loading')}>
          {(data) => <MemberFirmDetails firm={data} />}
        </QueryState>
      ) : (
        <p className="alert alert--info">{t('myFirm.none')}</p>
      )}
    </Page>
  );
}
