import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../../core/config/app-config';

/** The SMTP relay from SMTP_URL (nodemailer), made on first use; null when none is configured. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.smtpUrl !== '';
  }

  transport(): Transporter {
    // A relay that does not answer should fail this try (and be retried), not hold the job.
    const url = new URL(this.config.smtpUrl);
    for (const [name, value] of Object.entries({
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    }))
      if (!url.searchParams.has(name)) url.searchParams.set(name, String(value));
    this.transporter ??= nodemailer.createTransport(url.toString());
    return this.transporter;
  }

  onApplicationShutdown() {
    this.transporter?.close();
  }
}
