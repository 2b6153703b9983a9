import codes from 'i18n-iso-countries/codes.json';
import atlas from 'world-atlas/countries-110m.json';
import { Locator, Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { Lang, t, visible } from './browser';

/**
 * The regional uptake dashboard, shared by the admin journey and the dashboard's own tests. The map
 * draws one `<path data-country>` per shape of world-atlas's countries-110m (data-country="" for the
 * three shapes without an ISO code: N. Cyprus, Somaliland, Kosovo).
 */

/** The atlas's shapes, read here the way the portal reads them: how many there are, and their alpha-2 codes. */
export function atlasCodes(): { features: number; codes: string[] } {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const features = feature(topology, topology.objects.countries).features;
  const byNumeric = new Map((codes as string[][]).map(([alpha2, , numeric]) => [numeric, alpha2]));
  const coded = features
    .map((f) => (f.id === undefined ? '' : (byNumeric.get(String(f.id).padStart(3, '0')) ?? '')))
    .filter(Boolean);
  return { features: features.length, codes: coded };
}

/** An SVG image whose accessible name (its title, then its description) starts with `title`. */
export function image(page: Page, title: string): Locator {
  return page.getByRole('img', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}

/** Waits for the dashboard's heading, the world map and the trend charts. */
export async function dashboardShown(page: Page, lang: Lang): Promise<void> {
  await visible(page.getByRole('heading', { level: 1, name: t(lang, 'uptake.title') }));
  // The map and charts come in a chunk of their own, loaded and drawn after the figures arrive: on a loaded
  // two-core machine that has taken longer than 30 s.
  await visible(page.locator('svg.world-map path[data-country="UA"]'), 90_000);
  const place = t(lang, 'uptake.world');
  await visible(image(page, t(lang, 'uptake.trends.learning', { place })), 90_000);
  await visible(image(page, t(lang, 'uptake.trends.requests', { place })));
}
