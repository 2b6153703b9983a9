import type { Feature, FeatureCollection, Geometry } from 'geojson';
import codes from 'i18n-iso-countries/codes.json';
import atlas from 'world-atlas/countries-110m.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The world map's country shapes: Natural Earth 1:110m from `world-atlas`, shipped with the portal (no
 * tile server, no network). The atlas names countries by ISO 3166-1 numeric code; the academy by alpha-2.
 */

/** One country shape of the atlas; `code` is its alpha-2 code, or '' for the few shapes without an ISO code. */
export interface AtlasCountry {
  code: string;
  /** The atlas's English name, for shapes the academy has no name for. */
  name: string;
  feature: Feature<Geometry, { name: string }>;
}

/** Rows of `i18n-iso-countries/codes.json`: `[alpha2, alpha3, numeric, …]`. */
type CodeRow = readonly string[];

/** ISO 3166-1 numeric code (`"804"`) → alpha-2 (`"UA"`). */
export function alpha2ByNumeric(rows: ReadonlyArray<CodeRow>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [alpha2, , numeric] of rows)
    if (alpha2 && numeric) map.set(numeric.padStart(3, '0'), alpha2.toUpperCase());
  return map;
}

/** A feature's alpha-2 code, '' when it has no ISO numeric id (Natural Earth's N. Cyprus, Somaliland, Kosovo). */
export function codeOf(id: string | number | undefined, byNumeric: ReadonlyMap<string, string>): string {
  if (id === undefined || id === null || id === '') return '';
  return byNumeric.get(String(id).padStart(3, '0')) ?? '';
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let cache: AtlasCountry[] | undefined;

/** Every shape of the atlas, one per feature, in the atlas's order. */
export function atlasCountries(): AtlasCountry[] {
  if (cache) return cache;
  const topology = atlas as unknown as CountriesTopology;
  const byNumeric = alpha2ByNumeric(codes as ReadonlyArray<CodeRow>);
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  cache = collection.features.map((f) => ({
    code: codeOf(f.id, byNumeric),
    name: f.properties?.name ?? '',
    feature: f,
  }));
  return cache;
}
