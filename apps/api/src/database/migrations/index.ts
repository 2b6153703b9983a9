import { Spine1764150000000 } from './1764150000000-spine';
import { Learning1764160000000 } from './1764160000000-learning';
import { TrainerAssignment1764170000000 } from './1764170000000-trainer-assignment';
import { Certifications1764180000000 } from './1764180000000-certifications';
import { Reporting1764190000000 } from './1764190000000-reporting';
import { OutboxClaim1764200000000 } from './1764200000000-outbox-claim';
import { TrainerBooking1764210000000 } from './1764210000000-trainer-booking';
import { UnfilledRetry1764220000000 } from './1764220000000-unfilled-retry';
import { EnrolmentSwitch1764240000000 } from './1764240000000-enrolment-switch';
import { PasswordChangeRequired1764250000000 } from './1764250000000-password-change-required';
import { ContentLanguages1764260000000 } from './1764260000000-content-languages';
import { OfflineCompletion1764280000000 } from './1764280000000-offline-completion';
import { CourseSearch1764290000000 } from './1764290000000-course-search';
import { TrainingSessions1764300000000 } from './1764300000000-training-sessions';
import { Messages1764400000000 } from './1764400000000-messages';
import { Planning1764500000000 } from './1764500000000-planning';
import { PlanDeliveryRollup1764520000000 } from './1764520000000-plan-delivery-rollup';
import { LocalTrainers1764610000000 } from './1764610000000-local-trainers';
import { CoDelivery1764620000000 } from './1764620000000-co-delivery';
import { CoTrainerUptake1764705000000 } from './1764705000000-co-trainer-uptake';
import { CredentialCore1764900000000 } from './1764900000000-credential-core';
import { AccountLinks1765100000000 } from './1765100000000-account-links';
import { OfficerImports1765200000000 } from './1765200000000-officer-imports';
import { PeopleSearch1765300000000 } from './1765300000000-people-search';
import { AuditAppendOnly1765400000000 } from './1765400000000-audit-append-only';
import { EnrolmentJoin1765510000000 } from './1765510000000-enrolment-join';
import { MatcherPeriodIndexes1765520000000 } from './1765520000000-matcher-period-indexes';
import { ListKeys1765530000000 } from './1765530000000-list-keys';
import { DataRights1765543000000 } from './1765543000000-data-rights';
import { OfficerPrivacy1765540000000 } from './1765540000000-officer-privacy';
import { CatalogueVersion1765550000000 } from './1765550000000-catalogue-version';
import { UptakeDefaultPeriod1765560000000 } from './1765560000000-uptake-default-period';

/** Migrations in the order they run; the only way the schema changes. */
export const MIGRATIONS: Function[] = [
  Spine1764150000000,
  Learning1764160000000,
  TrainerAssignment1764170000000,
  Certifications1764180000000,
  Reporting1764190000000,
  OutboxClaim1764200000000,
  TrainerBooking1764210000000,
  UnfilledRetry1764220000000,
  EnrolmentSwitch1764240000000,
  PasswordChangeRequired1764250000000,
  ContentLanguages1764260000000,
  OfflineCompletion1764280000000,
  CourseSearch1764290000000,
  TrainingSessions1764300000000,
  Messages1764400000000,
  Planning1764500000000,
  PlanDeliveryRollup1764520000000,
  LocalTrainers1764610000000,
  CoDelivery1764620000000,
  CoTrainerUptake1764705000000,
  CredentialCore1764900000000,
  AccountLinks1765100000000,
  OfficerImports1765200000000,
  PeopleSearch1765300000000,
  AuditAppendOnly1765400000000,
  EnrolmentJoin1765510000000,
  MatcherPeriodIndexes1765520000000,
  ListKeys1765530000000,
  OfficerPrivacy1765540000000,
  DataRights1765543000000,
  CatalogueVersion1765550000000,
  UptakeDefaultPeriod1765560000000,
];
