import { BATCH } from './model';
import { DatasetDb, DatasetProgress } from './options';

/** Collects rows column by column and writes them `BATCH` at a time with one unnest statement. */
export class BatchInsert {
  private columns: unknown[][];
  private count = 0;
  private done = 0;

  constructor(
    private readonly db: DatasetDb,
    private readonly sql: string,
    width: number,
    private readonly label: string,
    private readonly total: number,
    private readonly onProgress?: DatasetProgress,
    private readonly constants: unknown[] = [],
  ) {
    this.columns = Array.from({ length: width }, () => []);
  }

  add(values: unknown[]): void {
    for (let i = 0; i < values.length; i++) this.columns[i].push(values[i]);
    this.count++;
  }

  get full(): boolean {
    return this.count >= BATCH;
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    await this.db.query(this.sql, [...this.columns, ...this.constants]);
    this.done += this.count;
    this.count = 0;
    this.columns = this.columns.map(() => []);
    this.onProgress?.(this.done, this.total, this.label);
  }
}

export async function writeRows(batch: BatchInsert, count: number, row: (i: number) => unknown[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    batch.add(row(i));
    if (batch.full) await batch.flush();
  }
  await batch.flush();
}
