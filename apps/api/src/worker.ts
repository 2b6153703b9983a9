import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from './core/config/app-config';
import { JsonLogger } from './core/logging/json-logger';
import { WorkerModule } from './worker.module';

/** Second entry point of the same codebase: runs the queue processors, serves no HTTP. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new JsonLogger(config.logLevel, 'worker') });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  new Logger('Worker').log({ msg: 'worker process ready', pid: process.pid });
}

main().catch((error) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: 'worker', msg: 'worker failed to start', err: (error as Error).message })}\n`);
  process.exit(1);
});
