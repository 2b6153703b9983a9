import { AuditEvent } from '../../modules/audit/audit-event.entity';
import { AppUser } from '../../modules/identity/app-user.entity';
import { Session } from '../../modules/identity/session.entity';
import { Country } from '../../modules/organisations/country.entity';
import { MemberFirm } from '../../modules/organisations/member-firm.entity';
import { PoliceUnit } from '../../modules/organisations/police-unit.entity';
import { Region } from '../../modules/organisations/region.entity';

/** Every entity, listed once; migrations must agree with them (checked by a test). */
export const ENTITIES = [Region, Country, PoliceUnit, MemberFirm, AppUser, Session, AuditEvent];
