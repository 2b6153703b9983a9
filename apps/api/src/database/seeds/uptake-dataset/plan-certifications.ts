import { PlanContext } from './context';
import { E_COMPLETED } from './model';
import { EnrolmentsPlan } from './plan-enrolments';
import { ExistingRows, ProgrammeRow } from './read-existing';

export interface CertificationsInput {
  programmes: ProgrammeRow[];
  courseIndex: Map<string, number>;
  courseCount: number;
  officerIndex: Map<string, number>;
  enrolments: EnrolmentsPlan;
  firstCertifications: ExistingRows['firstCertifications'];
}

/** Certifications to issue: an enrolment (index) and a programme (index) each, in the same order. */
export interface CertificationsPlan {
  certEnrolment: number[];
  certProgramme: number[];
}

/**
 * With certifications: about half the completed enrolments earn a programme of their course, one first
 * certification per holder and programme.
 */
export function planCertifications(
  { o, rng }: PlanContext,
  { programmes, courseIndex, courseCount, officerIndex, enrolments, firstCertifications }: CertificationsInput,
): CertificationsPlan {
  const { cohorts, enrCohort, enrOfficer, enrStatus, enrCount } = enrolments;
  const programmesByCourse: number[][] = Array.from({ length: courseCount }, () => []);
  programmes.forEach((p, i) => {
    for (const courseId of p.course_ids) {
      const c = courseIndex.get(courseId);
      if (c !== undefined) programmesByCourse[c].push(i);
    }
  });
  const certEnrolment: number[] = [];
  const certProgramme: number[] = [];
  if (o.certifications && programmes.length) {
    const held = new Set<number>();
    const programmeIndex = new Map(programmes.map((p, i) => [p.id, i]));
    for (const r of firstCertifications) {
      const off = officerIndex.get(r.holder_id);
      const p = programmeIndex.get(r.programme_id);
      if (off !== undefined && p !== undefined) held.add(off * programmes.length + p);
    }
    for (let e = 0; e < enrCount; e++) {
      if (enrStatus[e] !== E_COMPLETED) continue;
      const options = programmesByCourse[cohorts[enrCohort[e]].course];
      if (options.length === 0 || !rng.chance(0.55)) continue;
      const p = rng.pick(options);
      const key = enrOfficer[e] * programmes.length + p;
      if (held.has(key)) continue;
      held.add(key);
      certEnrolment.push(e);
      certProgramme.push(p);
    }
  }
  return { certEnrolment, certProgramme };
}
