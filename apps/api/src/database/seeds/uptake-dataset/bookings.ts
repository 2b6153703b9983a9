import { ExistingRows } from './read-existing';

/**
 * What must not be repeated, from the rows already there and as the plan grows: one live enrolment per
 * officer and course, no trainer booked twice for overlapping periods, and (preferred against) an officer
 * taking a course twice.
 */
export class Bookings {
  /** officer * courseCount + course, for enrolments that hold or wait for a seat. */
  readonly liveEnrolments = new Set<number>();
  /** Whether an officer already took a course: preferred against, so that histories look like careers. */
  readonly taken: Uint8Array | null;
  private readonly busy = new Map<number, number[]>();

  constructor(
    existing: Pick<ExistingRows, 'liveEnrolments' | 'bookedPeriods'>,
    officerIndex: Map<string, number>,
    courseIndex: Map<string, number>,
    trainerIndex: Map<string, number>,
    officerCount: number,
    readonly courseCount: number,
  ) {
    for (const r of existing.liveEnrolments) {
      const off = officerIndex.get(r.officer_id);
      const c = courseIndex.get(r.course_id);
      if (off !== undefined && c !== undefined) this.liveEnrolments.add(off * courseCount + c);
    }
    this.taken = officerCount * courseCount <= 50_000_000 ? new Uint8Array(officerCount * courseCount) : null;
    for (const r of existing.bookedPeriods) {
      const t = trainerIndex.get(r.trainer_id);
      if (t === undefined) continue;
      this.book(t, new Date(r.lo).getTime(), r.hi ? new Date(r.hi).getTime() : Number.MAX_SAFE_INTEGER);
    }
  }

  isFree(t: number, start: number, end: number): boolean {
    const periods = this.busy.get(t);
    if (!periods) return true;
    for (let i = 0; i < periods.length; i += 2) if (start < periods[i + 1] && periods[i] < end) return false;
    return true;
  }

  book(t: number, start: number, end: number): void {
    if (!this.busy.has(t)) this.busy.set(t, []);
    this.busy.get(t)!.push(start, end);
  }
}
