import { Injectable } from '@nestjs/common';

/** The time, injectable so tests can control it where time matters (expiry, reminders). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
