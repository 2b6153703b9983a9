/**
 * Builds the WHERE clause of a list query from optional filters, numbering the parameters as it
 * goes: `where.add('c.status = ?', status)`. The values always travel as parameters, never as text.
 */
export class Where {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a condition with one `?` placeholder for `value`. */
  add(sql: string, value: unknown): this {
    this.params.push(value);
    this.conditions.push(sql.replace('?', `$${this.params.length}`));
    return this;
  }

  /** Numbers `value` as the next parameter and returns its placeholder (`$3`), for SQL built beside the conditions. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a condition that takes no parameter. */
  raw(sql: string): this {
    this.conditions.push(sql);
    return this;
  }

  /** The same conditions and parameters, to be extended apart (a list's page beside its count). */
  copy(): Where {
    const copy = new Where();
    copy.params.push(...this.params);
    copy.conditions.push(...this.conditions);
    return copy;
  }

  /** `WHERE a AND b`, or the empty string. */
  toString(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }

  /** Just the conditions (`true` when there are none), for queries that add their own WHERE. */
  get conditionsSql(): string {
    return this.conditions.length ? this.conditions.join(' AND ') : 'true';
  }
}
