import { Assessment } from '../modules/catalogue/assessment.entity';
import { CourseModule } from '../modules/catalogue/course-module.entity';
import { Course } from '../modules/catalogue/course.entity';
import { Lesson } from '../modules/catalogue/lesson.entity';
import { Question } from '../modules/catalogue/question.entity';
import { AssessmentAttempt } from '../modules/cohorts/assessment-attempt.entity';
import { Cohort } from '../modules/cohorts/cohort.entity';
import { Enrolment } from '../modules/cohorts/enrolment.entity';
import { LessonCompletion } from '../modules/cohorts/lesson-completion.entity';
import { TrainingSession } from '../modules/cohorts/training-session.entity';
import { Attendance } from '../modules/cohorts/attendance.entity';
import { CohortNamedRoster } from '../modules/cohorts/cohort-named-roster.entity';
import { PersonalDataAccess } from '../modules/privacy/personal-data-access.entity';
import { CalendarFeed } from '../modules/calendar/calendar-feed.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { OutboxMessage } from '../core/outbox/outbox-message.entity';
import { Assignment } from '../modules/trainer-assignment/assignment.entity';
import { TrainerProfile } from '../modules/trainer-assignment/trainer-profile.entity';
import { TrainerUnavailability } from '../modules/trainer-assignment/trainer-unavailability.entity';
import { TrainingRequest } from '../modules/trainer-assignment/training-request.entity';
import { LocalTrainerApplication } from '../modules/trainer-assignment/local-trainer-application.entity';
import { Certification } from '../modules/certifications/certification.entity';
import { CertificationProgramme } from '../modules/certifications/certification-programme.entity';
import { CredentialStatusList } from '../modules/certifications/credential-status-list.entity';
import { WalletOffer } from '../modules/certifications/wallet-offer.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AppUser } from '../modules/identity/app-user.entity';
import { Session } from '../modules/identity/session.entity';
import { CapabilityGrant } from '../modules/identity/capability-grant.entity';
import { AccountLink } from '../modules/identity/account-link.entity';
import { ContentLocale } from '../modules/translations/content-locale.entity';
import { Translation } from '../modules/translations/translation.entity';
import { Country } from '../modules/organisations/country.entity';
import { MemberFirm } from '../modules/organisations/member-firm.entity';
import { PoliceUnit } from '../modules/organisations/police-unit.entity';
import { Region } from '../modules/organisations/region.entity';
import { NotificationPreference } from '../modules/notifications/notification-preference.entity';
import { EmailMessage } from '../modules/notifications/email/email-message.entity';
import { CompetencyRole } from '../modules/planning/competency-role.entity';
import { Competency } from '../modules/planning/competency.entity';
import { CompetencyRevision } from '../modules/planning/competency-revision.entity';
import { CompetencyRoleCompetency } from '../modules/planning/competency-role-competency.entity';
import { CourseCompetency } from '../modules/planning/course-competency.entity';
import { ProgrammeCompetency } from '../modules/planning/programme-competency.entity';
import { CountryPriority } from '../modules/planning/country-priority.entity';
import { NeedsAssessment } from '../modules/planning/needs-assessment.entity';
import { NeedsAssessmentRole } from '../modules/planning/needs-assessment-role.entity';
import { NeedsAssessmentLevel } from '../modules/planning/needs-assessment-level.entity';
import { Workplan } from '../modules/planning/workplan.entity';
import { PlanLine } from '../modules/planning/plan-line.entity';

/** Every entity, listed once; migrations must agree with them (checked by a test). */
export const ENTITIES = [
  Region,
  Country,
  PoliceUnit,
  MemberFirm,
  AppUser,
  Session,
  AuditEvent,
  Course,
  CourseModule,
  Lesson,
  Assessment,
  Question,
  Cohort,
  Enrolment,
  LessonCompletion,
  AssessmentAttempt,
  TrainingSession,
  Attendance,
  CohortNamedRoster,
  PersonalDataAccess,
  CalendarFeed,
  Notification,
  NotificationPreference,
  EmailMessage,
  OutboxMessage,
  TrainerProfile,
  TrainerUnavailability,
  TrainingRequest,
  LocalTrainerApplication,
  Assignment,
  CertificationProgramme,
  Certification,
  CredentialStatusList,
  WalletOffer,
  CapabilityGrant,
  AccountLink,
  ContentLocale,
  Translation,
  CompetencyRole,
  Competency,
  CompetencyRevision,
  CompetencyRoleCompetency,
  CourseCompetency,
  ProgrammeCompetency,
  CountryPriority,
  NeedsAssessment,
  NeedsAssessmentRole,
  NeedsAssessmentLevel,
  Workplan,
  PlanLine,
];
