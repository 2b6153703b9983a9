import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AppUser } from './app-user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { decoyPasswordHash, verifyPassword } from './password-hasher';
import { SessionService } from './session.service';
import { MeResponseDto } from './dtos/me-response.dto';
import { coded } from '../../core/errors/coded';

/** The same words for an unknown account, a wrong password and a disabled account. */
const VAGUE_FAILURE = 'email or password: not recognised';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async login(email: string, password: string, meta: { ipAddress: string; userAgent?: string }) {
    const normalized = email.trim().toLowerCase();
    await this.throttle.reserveAttempt(normalized, meta.ipAddress);
    const user = await this.db.getRepository(AppUser).findOne({ where: { email: normalized } });
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !ok || user.disabledAt) {
      throw new UnauthorizedException(coded('auth.credentials_not_recognised', null, VAGUE_FAILURE));
    }
    await this.throttle.recordSuccess(normalized, meta.ipAddress);
    const session = await this.sessions.open(user.id, meta);
    return { session, me: toMe(user) };
  }

  async logout(user: AuthUser): Promise<void> {
    await this.sessions.revoke(user.sessionId);
  }

  async updateLocale(user: AuthUser, locale: string): Promise<MeResponseDto> {
    await this.db.getRepository(AppUser).update({ id: user.id }, { locale });
    return { ...meOf(user), locale };
  }
}

export function toMe(user: AppUser): MeResponseDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    policeUnitId: user.policeUnitId,
    memberFirmId: user.memberFirmId,
    locale: user.locale,
  };
}

export function meOf(user: AuthUser): MeResponseDto {
  const { sessionId: _sessionId, ...me } = user;
  return me;
}
