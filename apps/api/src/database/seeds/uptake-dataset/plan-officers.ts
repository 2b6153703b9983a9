import { COUNTRY_LOCALES, REGION_NAMES } from '../data/uptake-names';
import { PlanContext } from './context';
import { EmailBook, personName } from './helpers';
import { Country, DAY } from './model';
import { Weighted } from './random';
import { OfficerRow, UnitRow } from './read-existing';

export interface NewOfficer {
  id: string;
  email: string;
  display: string;
  role: string;
  unit: string;
  created: number;
}

export interface OfficersPlan {
  /** Every officer and coordinator the history may enrol: the existing ones by email, then the new ones. */
  officers: OfficerRow[];
  newOfficers: NewOfficer[];
  unitIndex: Map<string, number>;
  /** Indexes into `officers`, per unit (indexes into `units`) and per country. */
  officersByUnit: number[][];
  officersByCountry: Map<string, number[]>;
  allOfficers: number[];
  /** The first coordinator of each unit (by unit index): who raises its training requests. */
  coordinatorOf: Map<number, string>;
}

/** `o.officers` new officers (4% coordinators), spread over the units by their size. */
export function planOfficers(
  { o, rng, ids, cal }: PlanContext,
  existing: OfficerRow[],
  units: UnitRow[],
  unitSize: number[],
  countryByCode: Map<string, Country>,
  emails: EmailBook,
): OfficersPlan {
  const officers = [...existing];
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  if (o.officers > 0 && units.length === 0)
    throw new Error('uptake dataset: officers need a police unit; ask for units >= 1');
  const officerUnitPicker = new Weighted(unitSize);
  const newOfficers: NewOfficer[] = [];
  for (let i = 0; i < o.officers; i++) {
    const unit = units[officerUnitPicker.pick(rng)];
    const country = countryByCode.get(unit.country_code)!;
    const poolKey = COUNTRY_LOCALES[country.code]?.names ?? REGION_NAMES[country.region] ?? 'english';
    const person = personName(rng, poolKey);
    const officer = {
      id: ids.uuid(),
      email: emails.unique(`${person.first}.${person.last}`, `${country.code.toLowerCase()}.police.test`),
      display: person.display,
      role: rng.chance(0.04) ? 'coordinator' : 'officer',
      unit: unit.id,
      created: cal.firstMonth - rng.int(30, 1000) * DAY,
    };
    newOfficers.push(officer);
    officers.push({ id: officer.id, police_unit_id: unit.id, role: officer.role });
  }
  const officerCount = officers.length;
  const officerUnit = Int32Array.from(officers, (x) => unitIndex.get(x.police_unit_id) ?? -1);
  const officersByUnit: number[][] = units.map(() => []);
  const officersByCountry = new Map<string, number[]>();
  for (let i = 0; i < officerCount; i++) {
    const u = officerUnit[i];
    if (u < 0) continue;
    officersByUnit[u].push(i);
    const cc = units[u].country_code;
    if (!officersByCountry.has(cc)) officersByCountry.set(cc, []);
    officersByCountry.get(cc)!.push(i);
  }
  const allOfficers = Array.from({ length: officerCount }, (_, i) => i);
  const coordinatorOf = new Map<number, string>();
  for (const x of officers)
    if (x.role === 'coordinator' && !coordinatorOf.has(unitIndex.get(x.police_unit_id)!))
      coordinatorOf.set(unitIndex.get(x.police_unit_id)!, x.id);
  return { officers, newOfficers, unitIndex, officersByUnit, officersByCountry, allOfficers, coordinatorOf };
}
