import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '@/components/ui/fields';
import { QueryState } from '@/components/ui/query-state';
import { useFormat } from '@/hooks/use-format';
import { uptakeExportHref } from '@/features/uptake/api/export-uptake';
import { usePlanDelivery } from '@/features/uptake/api/get-plan-delivery';
import { useUptake, type UptakeRow } from '@/features/uptake/api/get-uptake';
import type { UptakePeriodFilter } from '@/features/uptake/api/uptake-filter';
import { countScale, deliveryScale, rateScale } from '@/features/uptake/lib/colour-scale';
import { countText } from '@/features/uptake/lib/count';
import {
  figureKind,
  figureValue,
  MAP_CHOICES,
  PLAN_DELIVERY_FIGURE,
  type MapChoice,
  type MapFigure,
} from '@/features/uptake/lib/figures';
import { AreasTable } from './areas-table';
import { AsOf } from './as-of';
import { CsvLink } from './csv-link';
import { MapLegend } from './map-legend';
import { LazyWorldMap } from './lazy-world-map';
import { PlanDeliveryCountryTable } from './plan-delivery-section';

export interface DrillTarget {
  region?: string;
  country?: string;
}

interface AreasSectionProps {
  /** The period and what was taught (resolved: `from` and `to` set). */
  period: UptakePeriodFilter;
  /** Where the reader has drilled to. */
  place: DrillTarget;
  /** What colours the map: an area figure, or plan delivery (its table replaces the countries table). */
  figure: MapChoice;
  /** Admins see police units; member admins stop at countries. */
  canSeeUnits: boolean;
  /** The region's name for headings. */
  regionName?: string;
  onFigureChange: (figure: MapChoice) => void;
  /** A link into a region or a country. */
  drillHref: (target: DrillTarget) => string;
  onSelectCountry: (row: UptakeRow) => void;
}

/**
 * The map (coloured by the chosen figure) and the tables of areas at the reader's level: regions and
 * countries of the world, the countries of a region, or a country's police units (admins).
 */
export function AreasSection({
  period,
  place,
  figure,
  canSeeUnits,
  regionName,
  onFigureChange,
  drillHref,
  onSelectCountry,
}: AreasSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { region, country } = place;
  const atWorld = !region && !country;
  const countries = useUptake({ level: 'country', region, ...period });
  const regions = useUptake({ level: 'region', ...period }, { enabled: atWorld });
  const units = useUptake({ level: 'unit', country, ...period }, { enabled: canSeeUnits && !!country });
  const byPlan = figure === PLAN_DELIVERY_FIGURE;
  // Every country's plan delivery (the same request as the section below at world level).
  const plans = usePlanDelivery(undefined, { enabled: byPlan });
  const planOf = new Map((plans.data?.countries ?? []).map((c) => [c.countryCode, c]));

  const figureLabel = t(`uptake.figures.${figure}`);
  const countryName = (row: UptakeRow) => (row.countryCode ? format.country(row.countryCode, row.name) : row.name);
  /** The value the map colours a country by: plan delivery as a share of the plan, or the area figure. */
  const mapValue = (row: UptakeRow) => {
    if (!byPlan) return figureValue(row, figure);
    const delivery = row.countryCode ? planOf.get(row.countryCode)?.delivery : null;
    return delivery === null || delivery === undefined ? null : delivery / 100;
  };
  const valueText = (row: UptakeRow) => {
    if (byPlan) {
      const plan = row.countryCode ? planOf.get(row.countryCode) : undefined;
      if (plan?.withheld) return t('uptake.areas.withheld');
      return plan && plan.delivery !== null ? format.percent(plan.delivery) : t('uptake.notAvailable');
    }
    if (row.withheld) return t('uptake.areas.withheld');
    if (figureKind(figure) === 'rate')
      return row.completionRate === null ? t('uptake.notAvailable') : format.percent(row.completionRate * 100);
    const value = row[figure as Exclude<MapFigure, 'completionRate'>];
    // No seats gap where a side of it is hidden: the country is grey, its tooltip says why.
    return value === null ? t('uptake.notAvailable') : countText(value, format.number);
  };
  const placeName = country
    ? format.country(country)
    : region
      ? (regionName ?? format.region(region))
      : t('uptake.world');

  return (
    <section className="uptake-section" aria-labelledby={headingId}>
      <div className="uptake-section__head">
        <h2 id={headingId}>{t('uptake.areas.title', { place: placeName })}</h2>
        <ChoiceField
          label={t('uptake.map.figure')}
          value={figure}
          options={MAP_CHOICES.map((f) => ({ value: f, label: t(`uptake.figures.${f}`) }))}
          onChange={(e) => onFigureChange(e.target.value as MapChoice)}
        />
      </div>
      <QueryState query={countries} loadingLabel={t('uptake.loading')}>
        {(data) => {
          const rows = data.rows;
          const scale = byPlan
            ? deliveryScale()
            : figureKind(figure) === 'rate'
              ? rateScale()
              : countScale(
                  rows.map((r) => figureValue(r, figure)),
                  { suppressed: data.suppressed },
                );
          const focus = country
            ? [country]
            : region
              ? rows.map((r) => r.countryCode).filter((c): c is string => !!c)
              : [];
          const countryRow = country ? rows.find((r) => r.countryCode === country) : undefined;
          return (
            <>
              <AsOf asOf={data.asOf} suppressed={data.suppressed} />
              <div className="map-panel">
                <LazyWorldMap
                  rows={rows}
                  scale={scale}
                  valueOf={mapValue}
                  focus={focus}
                  selected={country}
                  onSelect={onSelectCountry}
                  countryName={(code, fallback) => format.country(code, fallback)}
                  describe={(name, row) =>
                    row
                      ? t('uptake.map.tooltip', { country: name, figure: figureLabel, value: valueText(row) })
                      : t('uptake.map.tooltipNoData', { country: name })
                  }
                  title={t('uptake.map.title', { figure: figureLabel, place: placeName })}
                  description={t('uptake.map.description', {
                    from: format.month(data.from, 'long'),
                    to: format.month(data.to, 'long'),
                  })}
                />
                <MapLegend scale={scale} figure={figureLabel} />
              </div>
              {atWorld ? (
                <QueryState query={regions} loadingLabel={t('uptake.loading')}>
                  {(byRegion) => (
                    <AreaBlock
                      title={t('uptake.areas.regions')}
                      csv={uptakeExportHref('areas', { level: 'region', ...period })}
                    >
                      <AreasTable
                        rows={byRegion.rows}
                        total={byRegion.total}
                        caption={t('uptake.areas.regions')}
                        nameHeader={t('uptake.columns.region')}
                        nameOf={(r) => format.region(r.regionCode ?? r.key, r.name)}
                        hrefFor={(r) => drillHref({ region: r.key })}
                        busy={regions.isPlaceholderData}
                      />
                    </AreaBlock>
                  )}
                </QueryState>
              ) : null}
              {!country && byPlan ? (
                <QueryState query={plans} loadingLabel={t('uptake.loading')}>
                  {(delivery) => {
                    const shown = new Set(rows.map((r) => r.countryCode));
                    const caption = region
                      ? t('uptake.planDelivery.byCountryOf', { place: placeName })
                      : t('uptake.planDelivery.byCountry');
                    return (
                      <div className="table-block">
                        <div className="table-block__head">
                          <h3>{caption}</h3>
                        </div>
                        <AsOf asOf={delivery.asOf} suppressed={delivery.suppressed} />
                        <PlanDeliveryCountryTable
                          rows={delivery.countries.filter((c) => shown.has(c.countryCode))}
                          caption={caption}
                          busy={plans.isPlaceholderData}
                        />
                      </div>
                    );
                  }}
                </QueryState>
              ) : !country ? (
                <AreaBlock
                  title={region ? t('uptake.areas.countriesOf', { place: placeName }) : t('uptake.areas.countries')}
                  csv={uptakeExportHref('areas', { level: 'country', region, ...period })}
                >
                  <AreasTable
                    key={figure}
                    rows={rows}
                    total={data.total}
                    caption={region ? t('uptake.areas.countriesOf', { place: placeName }) : t('uptake.areas.countries')}
                    nameHeader={t('uptake.columns.country')}
                    nameOf={countryName}
                    hrefFor={(r) =>
                      r.countryCode ? drillHref({ region: r.regionCode ?? region, country: r.countryCode }) : undefined
                    }
                    busy={countries.isPlaceholderData}
                    initialSort={{ key: figure as MapFigure, direction: 'descending' }}
                  />
                </AreaBlock>
              ) : canSeeUnits ? (
                <QueryState query={units} loadingLabel={t('uptake.loading')}>
                  {(byUnit) => (
                    <AreaBlock
                      title={t('uptake.areas.unitsOf', { place: placeName })}
                      csv={uptakeExportHref('areas', { level: 'unit', country, ...period })}
                    >
                      <AreasTable
                        rows={byUnit.rows}
                        total={byUnit.total}
                        caption={t('uptake.areas.unitsOf', { place: placeName })}
                        nameHeader={t('uptake.columns.unit')}
                        nameOf={(r) => r.name}
                        showHotspot={false}
                        busy={units.isPlaceholderData}
                      />
                    </AreaBlock>
                  )}
                </QueryState>
              ) : (
                // The one country the table shows, and only it in the CSV.
                <AreaBlock
                  title={t('uptake.areas.figuresOf', { place: placeName })}
                  csv={uptakeExportHref('areas', { level: 'country', region, country, ...period })}
                >
                  <p className="muted">{t('uptake.areas.unitsAdminOnly')}</p>
                  <AreasTable
                    rows={countryRow ? [countryRow] : []}
                    caption={t('uptake.areas.figuresOf', { place: placeName })}
                    nameHeader={t('uptake.columns.country')}
                    nameOf={countryName}
                  />
                </AreaBlock>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

/** A table's heading with its CSV download. */
function AreaBlock({ title, csv, children }: { title: string; csv: string; children: ReactNode }) {
  return (
    <div className="table-block">
      <div className="table-block__head">
        <h3>{title}</h3>
        <CsvLink href={csv} table={title} />
      </div>
      {children}
    </div>
  );
}
