import { NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';

/** A certification is the holder's and the admins'; everyone else only sees what the public code shows. */
export const CertificationsPolicy = {
  assertCanRead(user: AuthUser, holderId: string): void {
    if (!(user.role === 'admin' || user.id === holderId)) throw new NotFoundException('id: no such certification');
  },
};
