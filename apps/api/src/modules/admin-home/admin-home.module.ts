import { Module } from '@nestjs/common';
import { AdminHomeController } from './admin-home.controller';
import { AdminHomeService } from './admin-home.service';

/** The admin's home: what needs attention today (reads only). */
@Module({ controllers: [AdminHomeController], providers: [AdminHomeService] })
export class AdminHomeModule {}
