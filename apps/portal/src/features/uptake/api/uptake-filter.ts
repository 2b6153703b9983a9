/** The filters every uptake view shares: the period (whole months) and what was taught. */
export interface UptakePeriodFilter {
  /** YYYY-MM; the API's default is 11 months before `to`. */
  from?: string;
  /** YYYY-MM, included; the API's default is this month. */
  to?: string;
  topic?: string;
  courseId?: string;
}

/** Where: a region (code), a country (alpha-2), or one police unit (admins). */
export interface UptakeScopeFilter extends UptakePeriodFilter {
  region?: string;
  country?: string;
  unitId?: string;
}

/** The filter as query parameters, without empty ones (also the query key: equal filters share a cache entry). */
export function filterQuery<F extends object>(filter: F): { [K in keyof F]?: string } {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) if (typeof value === 'string' && value !== '') out[key] = value;
  return out as { [K in keyof F]?: string };
}
