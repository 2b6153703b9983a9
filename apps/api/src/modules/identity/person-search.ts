/**
 * The one people search (users, certification holders, trainers, officers to nominate): by the start of
 * the e-mail, or by the name with typos forgiven in any script. Names are compared after `search_fold`
 * (lower case, no accents, CJK characters as words; migration 1765300000000) by trigrams, through the
 * GIN index `ix_app_user__name_search`:
 * - `%>`: some part of the name is like the query (word similarity ≥ 0.6: "kovalemko" finds
 *   "Olena Kovalenko", "Kov" finds it too);
 * - `%`: the whole name is like it (similarity ≥ 0.3: "王晓明" finds "王小明").
 * Both thresholds are pg_trgm's defaults, so no setting has to travel with the connection.
 * The caller adds the conditions to its own scope, so a search never widens what a list shows.
 */

/** Longest query searched; longer ones are cut here (the DTOs refuse over 100 characters). */
const MAX_QUERY = 100;

export interface PersonSearchSql {
  /** Condition on the user row aliased `u`. */
  condition: (u: string) => string;
  /** Higher is a better match (order by it descending), for the user row aliased `u`. */
  rank: (u: string) => string;
}

/** Trims the query; null when nothing is left to search by. */
export function searchQuery(q: string | undefined | null): string | null {
  const trimmed = (q ?? '').trim().slice(0, MAX_QUERY);
  return trimmed === '' ? null : trimmed;
}

/**
 * SQL for the query `q` (already through `searchQuery`), over any alias of `app_user` (the condition may
 * sit in a subquery and the rank in the outer select: they share the parameters); `param` numbers a value
 * and answers its placeholder (`Where.param`, or a named parameter of a query builder).
 */
export function personSearchSql(q: string, param: (value: string) => string): PersonSearchSql {
  const prefix = param(`${q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`);
  // Punctuation alone has no trigrams: the GIN index would read all of itself to find nothing.
  if (!/[\p{L}\p{N}]/u.test(q))
    return { condition: (u) => `${u}.email LIKE ${prefix}`, rank: (u) => `(${u}.email LIKE ${prefix})::int` };
  const folded = `search_fold(${param(q)})`;
  const name = (u: string) => `search_fold(${u}.display_name)`;
  return {
    condition: (u) => `(${u}.email LIKE ${prefix} OR ${name(u)} %> ${folded} OR ${name(u)} % ${folded})`,
    rank: (u) =>
      `((${u}.email LIKE ${prefix})::int + greatest(word_similarity(${folded}, ${name(u)}), similarity(${folded}, ${name(u)})))`,
  };
}
