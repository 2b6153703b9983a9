import type { Role } from '@icspa/domain';
import { paths } from '@/config/paths';

export type NavigationKey =
  | 'home'
  | 'users'
  | 'policeUnits'
  | 'memberFirms'
  | 'countries'
  | 'auditLog'
  | 'adminCourses'
  | 'adminCohorts'
  | 'adminProgrammes'
  | 'adminCertifications'
  | 'myLearning'
  | 'myCertifications'
  | 'catalogue'
  | 'nominate'
  | 'unitEnrolments'
  | 'unitRoster'
  | 'myCohorts'
  | 'myUnit'
  | 'myFirm'
  | 'trainingRequests'
  | 'proposals'
  | 'myAssignments'
  | 'availability'
  | 'localTrainers'
  | 'teachingProposals'
  | 'teachingCohorts'
  | 'cascade'
  | 'ourTrainers'
  | 'ourAssignments'
  | 'trainers'
  | 'uptake'
  | 'translations'
  | 'unitUptake'
  | 'calendar'
  | 'profile'
  | 'workplans'
  | 'planDemand'
  | 'needsAssessments'
  | 'competencyFramework';

export interface NavigationItem {
  key: NavigationKey;
  /** Where the item leads, from the route registry. */
  to: string;
  /** Match the path exactly (home would otherwise be "current" everywhere). */
  end?: boolean;
}

const item = (key: NavigationKey, to: string, end = false): NavigationItem => (end ? { key, to, end } : { key, to });

/** The translators' entry, for a user who holds a translate grant beside their role (admins have it anyway). */
export function translatorNavigation(navigation: NavigationItem[]): NavigationItem[] {
  if (navigation.some((i) => i.key === 'translations')) return navigation;
  return [...navigation, item('translations', paths.app.translations.getHref())];
}

/**
 * A local trainer's trainer pages (an officer or coordinator holding the `local_trainer` grant): the proposals
 * to answer and the cohorts they teach (each with its roster, sessions and attendance sheets), beside their
 * learner pages, after Local trainers. A trainer or admin has these pages already.
 */
export function localTrainerNavigation(navigation: NavigationItem[]): NavigationItem[] {
  if (navigation.some((i) => i.key === 'proposals' || i.key === 'teachingProposals')) return navigation;
  const teaching = [
    item('teachingProposals', paths.app.proposals.getHref()),
    item('teachingCohorts', paths.app.myCohorts.getHref()),
  ];
  const at = navigation.findIndex((i) => i.key === 'localTrainers');
  const before = at >= 0 ? at + 1 : navigation.findIndex((i) => i.key === 'calendar');
  if (before < 0) return [...navigation, ...teaching];
  return [...navigation.slice(0, before), ...teaching, ...navigation.slice(before)];
}

/** The menu of a signed-in user: their role's, with the pages of the capabilities they hold beside it. */
export function navigationOf(
  role: Role,
  capabilities: { localTrainer?: boolean; translator?: boolean } = {},
): NavigationItem[] {
  let navigation = navigationFor(role);
  if (capabilities.localTrainer && (role === 'officer' || role === 'coordinator'))
    navigation = localTrainerNavigation(navigation);
  if (capabilities.translator) navigation = translatorNavigation(navigation);
  return navigation;
}

/**
 * The main navigation of each role; its labels are `nav.<key>` in the locale files. Officers and
 * coordinators start at My learning (their home page sends them there), trainers at their cohorts. Every
 * role then has its calendar and its profile (time zone, calendar feed).
 */
export function navigationFor(role: Role): NavigationItem[] {
  return [
    ...roleNavigation(role),
    item('calendar', paths.app.calendar.getHref()),
    item('profile', paths.app.profile.getHref()),
  ];
}

function roleNavigation(role: Role): NavigationItem[] {
  const catalogue = item('catalogue', paths.app.catalogue.getHref());
  const myLearning = item('myLearning', paths.app.myLearning.getHref());
  const myCertifications = item('myCertifications', paths.app.myCertifications.getHref());
  switch (role) {
    case 'admin':
      return [
        item('home', paths.app.home.getHref(), true),
        item('users', paths.app.users.getHref()),
        item('policeUnits', paths.app.policeUnits.getHref()),
        item('memberFirms', paths.app.memberFirms.getHref()),
        item('countries', paths.app.countries.getHref()),
        item('auditLog', paths.app.auditLog.getHref()),
        item('adminCourses', paths.app.adminCourses.getHref()),
        item('adminCohorts', paths.app.adminCohorts.getHref()),
        item('trainingRequests', paths.app.trainingRequests.getHref()),
        item('workplans', paths.app.workplans.getHref()),
        item('trainers', paths.app.trainers.getHref()),
        item('localTrainers', paths.app.localTrainers.getHref()),
        item('adminProgrammes', paths.app.adminProgrammes.getHref()),
        item('adminCertifications', paths.app.adminCertifications.getHref()),
        item('uptake', paths.app.uptake.getHref()),
        item('cascade', paths.app.cascade.getHref()),
        item('needsAssessments', paths.app.needsAssessments.getHref()),
        item('competencyFramework', paths.app.competencyFramework.getHref()),
        item('translations', paths.app.translations.getHref()),
        catalogue,
      ];
    case 'officer':
      return [
        myLearning,
        myCertifications,
        catalogue,
        item('myUnit', paths.app.myUnit.getHref()),
        item('localTrainers', paths.app.localTrainers.getHref()),
      ];
    case 'coordinator':
      return [
        myLearning,
        myCertifications,
        catalogue,
        item('nominate', paths.app.nominate.getHref()),
        item('unitEnrolments', paths.app.unitEnrolments.getHref()),
        item('unitRoster', paths.app.unitRoster.getHref()),
        item('trainingRequests', paths.app.trainingRequests.getHref()),
        item('myUnit', paths.app.myUnit.getHref()),
        item('unitUptake', paths.app.unitUptake.getHref()),
        item('needsAssessments', paths.app.needsAssessments.getHref()),
        item('localTrainers', paths.app.localTrainers.getHref()),
        item('users', paths.app.users.getHref()),
      ];
    case 'trainer':
      return [
        item('myCohorts', paths.app.myCohorts.getHref()),
        item('proposals', paths.app.proposals.getHref()),
        item('myAssignments', paths.app.assignments.getHref()),
        item('availability', paths.app.availability.getHref()),
        catalogue,
        item('myFirm', paths.app.myFirm.getHref()),
      ];
    case 'member_admin':
      return [
        item('ourTrainers', paths.app.trainers.getHref()),
        item('ourAssignments', paths.app.assignments.getHref()),
        item('uptake', paths.app.uptake.getHref()),
        item('cascade', paths.app.cascade.getHref()),
        item('planDemand', paths.app.planDemand.getHref()),
        item('users', paths.app.users.getHref()),
        catalogue,
        item('myFirm', paths.app.myFirm.getHref()),
      ];
  }
}
