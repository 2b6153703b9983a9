import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { paths, type UptakeQuery } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { courseFacets } from '@/features/catalogue/lib/facets';
import { useRegions } from '@/features/countries/api/get-regions';
import { AreasSection } from '@/features/uptake/components/areas-section';
import { Breadcrumbs, type Crumb } from '@/features/uptake/components/breadcrumbs';
import { CascadeDeliverySection } from '@/features/uptake/components/cascade-delivery';
import { FirmsSection } from '@/features/uptake/components/firms-section';
import { HotspotGapSection } from '@/features/uptake/components/hotspot-gap-section';
import { PlanDeliverySection } from '@/features/uptake/components/plan-delivery-section';
import { RefreshFigures } from '@/features/uptake/components/refresh-figures';
import { TrendsSection } from '@/features/uptake/components/trends-section';
import { UptakeFilters } from '@/features/uptake/components/uptake-filters';
import { DEFAULT_FIGURE, MAP_CHOICES, PLAN_DELIVERY_FIGURE } from '@/features/uptake/lib/figures';
import { isMonth, lastMonths } from '@/features/uptake/lib/period';
import { useFormat } from '@/hooks/use-format';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/**
 * Regional uptake, for admins and member admins: the world map and tables drilling region → country →
 * police unit (admins only), monthly trends, the train-the-trainer cascade per country (delivery local against
 * imported, month by month), the hotspot gap and the member firms' contribution. Every
 * choice lives in the address. The map, the charts and their libraries load with this page only.
 */
export function UptakeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const params = useListParams(['from', 'to', 'region', 'country', 'topic', 'courseId', 'figure']);
  const regions = useRegions();
  const courses = useAllCourses();
  if (!me) return null;
  const isAdmin = me.role === 'admin';

  const defaults = lastMonths(12);
  const from = isMonth(params.from) ? params.from : defaults.from;
  const to = isMonth(params.to) ? params.to : defaults.to;
  const period = { from, to, topic: params.topic, courseId: params.courseId };
  const { region, country } = params;
  const figure = oneOf(MAP_CHOICES, params.figure) ?? DEFAULT_FIGURE;
  const query: UptakeQuery = {
    from: params.from,
    to: params.to,
    region,
    country,
    topic: params.topic,
    courseId: params.courseId,
    figure: params.figure,
  };
  const hrefWith = (next: Partial<UptakeQuery>) => paths.app.uptake.getHref({ ...query, ...next });
  const go = (next: Partial<UptakeQuery>) => navigate(hrefWith(next), { preventScrollReset: true });

  const regionName = region ? format.region(region, regions.data?.find((r) => r.code === region)?.name) : undefined;
  const place = country ? format.country(country) : (regionName ?? t('uptake.world'));
  const crumbs: Crumb[] = [{ label: t('uptake.world'), href: hrefWith({ region: undefined, country: undefined }) }];
  if (region) crumbs.push({ label: regionName ?? region, href: hrefWith({ country: undefined }) });
  if (country) crumbs.push({ label: format.country(country) });

  const facets = courseFacets(courses.data ?? []);
  const regionOptions = (regions.data ?? [])
    .map((r) => ({ value: r.code, label: format.region(r.code, r.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const courseOptions = (courses.data ?? [])
    .map((c) => ({ value: c.id, label: `${c.code} · ${c.title}` }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  return (
    <Page
      title={t('uptake.title')}
      description={isAdmin ? t('uptake.description') : t('uptake.memberDescription')}
      actions={isAdmin ? <RefreshFigures /> : undefined}
    >
      <UptakeFilters
        value={{ from, to, region, topic: params.topic, courseId: params.courseId }}
        regions={regionOptions}
        topics={facets.topics
          .map((tag) => ({ value: tag, label: format.topic(tag) }))
          .sort((a, b) => a.label.localeCompare(b.label, format.locale))}
        courses={courseOptions}
        optionsLoading={regions.isPending || courses.isPending}
        onChange={(next) => go({ ...next, country: next.region === region ? country : undefined })}
      />
      <Breadcrumbs crumbs={crumbs} />
      <AreasSection
        period={period}
        place={{ region, country }}
        figure={figure}
        canSeeUnits={isAdmin}
        regionName={regionName}
        onFigureChange={(next) => go({ figure: next === DEFAULT_FIGURE ? undefined : next })}
        drillHref={(target) => hrefWith({ region: target.region, country: target.country })}
        onSelectCountry={(row) => go({ region: row.regionCode ?? region, country: row.countryCode ?? undefined })}
      />
      <TrendsSection filter={{ ...period, region, country }} place={place} />
      <CascadeDeliverySection
        from={from}
        to={to}
        region={region}
        country={country}
        place={place}
        countryHref={(c) => hrefWith({ region: c.regionCode, country: c.countryCode })}
      />
      {country ? null : <HotspotGapSection period={period} region={region} place={place} />}
      <PlanDeliverySection country={country} place={place} countriesOnMap={figure === PLAN_DELIVERY_FIGURE} />
      <FirmsSection period={period} ownFirm={!isAdmin} />
    </Page>
  );
}
