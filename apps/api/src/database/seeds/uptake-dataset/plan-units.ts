import { CAPITALS, COUNTRY_LOCALES } from '../data/uptake-names';
import { PlanContext } from './context';
import { pad } from './helpers';
import { DAY, Country, NO_UNITS } from './model';
import { Weighted } from './random';
import { UnitRow } from './read-existing';

export interface NewUnit {
  id: string;
  name: string;
  agency: string;
  city: string;
  country: string;
  created: number;
}

export interface UnitsPlan {
  /** Every unit: the existing ones by country and name, then the new ones. */
  units: UnitRow[];
  newUnits: NewUnit[];
  /** The countries whose police the alliance trains. */
  unitCountries: Country[];
  /** Relative size of each unit (its share of the officers). */
  unitSize: number[];
}

/** `o.units` new police units, most in hotspots and in countries with a local vocabulary. */
export function planUnits(
  { o, rng, ids, cal }: PlanContext,
  existing: UnitRow[],
  countries: Country[],
  countryByCode: Map<string, Country>,
): UnitsPlan {
  const units = [...existing];
  const unitNames = new Set(units.map((u) => `${u.country_code}|${u.name}`));
  const unitCountries = countries.filter((c) => !NO_UNITS.has(c.code));
  const unitCountryPicker = new Weighted(
    unitCountries.map((c) => (c.hotspot ? 10 : COUNTRY_LOCALES[c.code] ? 1.5 : CAPITALS[c.code] ? 0.6 : 0.05)),
  );
  const newUnits: NewUnit[] = [];
  let unitSeq = units.length;
  for (let i = 0; i < o.units; i++) {
    const country = unitCountries[unitCountryPicker.pick(rng)];
    const locale = COUNTRY_LOCALES[country.code];
    const template = rng.pick(locale?.unit ?? ['Cybercrime Unit {n}', 'Cyber Investigations Unit {n}']);
    let name: string;
    do name = template.replace('{n}', pad(++unitSeq, 4));
    while (unitNames.has(`${country.code}|${name}`));
    unitNames.add(`${country.code}|${name}`);
    const unit = {
      id: ids.uuid(),
      name,
      agency: locale ? rng.pick(locale.agencies) : `${country.name} National Police`,
      city: locale ? rng.pick(locale.cities) : (CAPITALS[country.code] ?? country.name),
      country: country.code,
      created: cal.firstMonth - rng.int(30, 720) * DAY,
    };
    newUnits.push(unit);
    units.push({ id: unit.id, name, country_code: unit.country, city: unit.city });
  }
  const unitSize = units.map(
    (u) => Math.exp(rng.normal() * 0.8) * (countryByCode.get(u.country_code)?.hotspot ? 1.5 : 1),
  );
  return { units, newUnits, unitCountries, unitSize };
}
