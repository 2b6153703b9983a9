import { FIRM_COUNTRIES, FIRM_WORDS } from '../data/uptake-names';
import { PlanContext } from './context';
import { DAY, Country } from './model';
import { FirmRow } from './read-existing';

export interface NewFirm {
  id: string;
  name: string;
  country: string;
  created: number;
}

export interface FirmsPlan {
  /** Every firm: the existing ones by name, then the new ones. */
  firms: FirmRow[];
  newFirms: NewFirm[];
}

/** `o.firms` new member firms, named from the firm vocabulary (numbered when a name is taken). */
export function planFirms(
  { o, rng, ids, cal }: PlanContext,
  existing: FirmRow[],
  countries: Country[],
  countryByCode: Map<string, Country>,
): FirmsPlan {
  const firms = [...existing];
  const firmNames = new Set(firms.map((f) => f.name));
  const firmCountries = FIRM_COUNTRIES.filter((c) => countryByCode.has(c));
  const newFirms: NewFirm[] = [];
  for (let i = 0; i < o.firms; i++) {
    const base = `${rng.pick(FIRM_WORDS.first)} ${rng.pick(FIRM_WORDS.second)}`;
    let name = base;
    for (let n = 2; firmNames.has(name); n++) name = `${base} ${n}`;
    firmNames.add(name);
    const firm = {
      id: ids.uuid(),
      name,
      country: firmCountries.length ? rng.pick(firmCountries) : rng.pick(countries).code,
      created: cal.firstMonth - rng.int(30, 720) * DAY,
    };
    newFirms.push(firm);
    firms.push({ id: firm.id, name });
  }
  if (o.trainers > 0 && firms.length === 0)
    throw new Error('uptake dataset: trainers need a member firm; ask for firms >= 1');
  return { firms, newFirms };
}
