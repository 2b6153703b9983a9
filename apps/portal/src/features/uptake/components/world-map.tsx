import { geoCentroid, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { useId, useMemo } from 'react';
import type { UptakeRow } from '@/features/uptake/api/get-uptake';
import { atlasCountries, type AtlasCountry } from '@/features/uptake/lib/atlas';
import { HOTSPOT_COLOUR, NO_DATA_COLOUR, type ColourScale } from '@/features/uptake/lib/colour-scale';

const WIDTH = 960;
const HEIGHT = 500;
const PAD = 10;
/** How far the map may zoom in on a country or region, relative to the whole world. */
const MAX_ZOOM = 6;

export interface WorldMapProps {
  /** One row per country (the country level of the uptake report). */
  rows: readonly UptakeRow[];
  scale: ColourScale;
  /** The value to colour a row by (null: no figure). */
  valueOf: (row: UptakeRow) => number | null;
  /** "Ukraine: 1,204 officers enrolled" for a country's tooltip. */
  describe: (name: string, row: UptakeRow | undefined) => string;
  /** Countries to zoom to (a region's, or the one chosen); the whole world when empty. */
  focus?: readonly string[];
  /** The country drilled into, outlined. */
  selected?: string;
  onSelect?: (row: UptakeRow) => void;
  countryName: (code: string, fallback: string) => string;
  title: string;
  description: string;
}

interface Shape {
  index: number;
  country: AtlasCountry;
  d: string;
  /** Where a hotspot's dot goes: the middle of the country's largest part. */
  dot: [number, number] | null;
}

/** The largest polygon of a country (mainland France, not French Guiana), for placing its dot. */
function largestPart(feature: Feature<Geometry>, area: (object: GeoPermissibleObjects) => number): Feature<Geometry> {
  if (feature.geometry.type !== 'MultiPolygon') return feature;
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const coordinates of feature.geometry.coordinates) {
    const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
    const a = area(part);
    if (a > bestArea) [best, bestArea] = [part, a];
  }
  return best ?? feature;
}

function project(countries: readonly AtlasCountry[], focus: readonly string[]): Shape[] {
  const projection = geoEqualEarth();
  const extent: [[number, number], [number, number]] = [
    [PAD, PAD],
    [WIDTH - PAD, HEIGHT - PAD],
  ];
  projection.fitExtent(extent, { type: 'Sphere' });
  const worldScale = projection.scale();
  const focused = countries.filter((c) => c.code && focus.includes(c.code));
  if (focused.length) {
    const collection: FeatureCollection = { type: 'FeatureCollection', features: focused.map((c) => c.feature) };
    projection.fitExtent(extent, collection);
    if (projection.scale() > worldScale * MAX_ZOOM) {
      // Too close for the 1:110m shapes: zoom out around the same middle.
      projection.scale(worldScale * MAX_ZOOM);
      const middle = projection(geoCentroid(collection));
      if (middle) {
        const [tx, ty] = projection.translate();
        projection.translate([tx + WIDTH / 2 - middle[0], ty + HEIGHT / 2 - middle[1]]);
      }
    }
  }
  const path = geoPath(projection);
  return countries.map((country, index) => {
    const dot = path.centroid(largestPart(country.feature, (o) => path.area(o)));
    return { index, country, d: path(country.feature) ?? '', dot: Number.isFinite(dot[0]) ? dot : null };
  });
}

/**
 * The world in Natural Earth shapes (Equal Earth projection), one `<path data-country>` per atlas shape,
 * filled by the figure's class; hotspot countries have a thick orange outline and a dot, countries without
 * figures are grey. Clicking a country with figures drills into it. The table beside the map holds the
 * same figures for keyboard and screen-reader users, so the map itself is one image with a name.
 */
export function WorldMap({
  rows,
  scale,
  valueOf,
  describe,
  focus = [],
  selected,
  onSelect,
  countryName,
  title,
  description,
}: WorldMapProps) {
  const titleId = useId();
  const descId = useId();
  const countries = atlasCountries();
  const focusKey = [...focus].sort().join(',');
  const shapes = useMemo(() => project(countries, focusKey ? focusKey.split(',') : []), [countries, focusKey]);
  const sphere = useMemo(() => {
    const projection = geoEqualEarth().fitExtent(
      [
        [PAD, PAD],
        [WIDTH - PAD, HEIGHT - PAD],
      ],
      { type: 'Sphere' },
    );
    return geoPath(projection)({ type: 'Sphere' }) ?? '';
  }, []);
  const byCode = useMemo(
    () => new Map(rows.filter((r) => r.countryCode).map((r) => [r.countryCode as string, r])),
    [rows],
  );

  // Hotspots after the others and the chosen country last, so their outlines are not covered.
  const rank = (shape: Shape) =>
    shape.country.code === selected ? 2 : byCode.get(shape.country.code)?.hotspot ? 1 : 0;
  const ordered = [...shapes].sort((a, b) => rank(a) - rank(b) || a.index - b.index);

  return (
    <svg
      className="world-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      data-testid="world-map"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {focus.length === 0 ? (
        <path className="world-map__sphere" d={sphere} />
      ) : (
        <rect className="world-map__sphere" width={WIDTH} height={HEIGHT} />
      )}
      {ordered.map((shape) => {
        const { code, name } = shape.country;
        const row = code ? byCode.get(code) : undefined;
        const value = row ? valueOf(row) : null;
        const fill = row ? scale.colourOf(value) : NO_DATA_COLOUR;
        const hotspot = row?.hotspot ?? false;
        const isSelected = !!code && code === selected;
        const className = [
          'world-map__country',
          hotspot ? 'world-map__country--hotspot' : '',
          isSelected ? 'world-map__country--selected' : '',
          row && onSelect ? 'world-map__country--link' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <path
            key={shape.index}
            d={shape.d}
            data-country={code}
            fill={fill}
            className={className}
            onClick={row && onSelect ? () => onSelect(row) : undefined}
          >
            <title>{describe(code ? countryName(code, row?.name ?? name) : name, row)}</title>
          </path>
        );
      })}
      {shapes.map((shape) => {
        const row = shape.country.code ? byCode.get(shape.country.code) : undefined;
        if (!row?.hotspot || !shape.dot) return null;
        return (
          <circle
            key={`dot-${shape.index}`}
            className="world-map__dot"
            cx={shape.dot[0]}
            cy={shape.dot[1]}
            r={3.5}
            fill={HOTSPOT_COLOUR}
          />
        );
      })}
    </svg>
  );
}
