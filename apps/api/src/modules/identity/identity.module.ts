import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionService } from './session.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { PurgeExpiredSessionsJob } from './jobs/purge-expired-sessions.job';

@Global()
@Module({
  controllers: [AuthController, UsersController],
  providers: [AuthService, SessionService, LoginThrottleService, UsersService, PurgeExpiredSessionsJob],
  exports: [SessionService],
})
export class IdentityModule {}
