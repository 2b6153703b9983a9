import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';

/**
 * A thin bar across the top of the window while the router is moving to another page (its code is
 * arriving): shown at once on every navigation, so a tap on a slow link visibly does something. The
 * current page stays usable beneath it.
 */
export function RouteProgress() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <div className="route-progress" role="progressbar" aria-label={t('common.loading')} aria-busy="true">
      <span className="route-progress__bar" />
    </div>
  );
}
