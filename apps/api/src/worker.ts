import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './core/config/app-config';
import { createLogger, nestLogger } from './core/logging/logging';
import { copyReady, superviseCopies } from './core/process/supervisor';
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
  if (config.workerProcesses > 1 && cluster.isPrimary) {
    superviseCopies('worker', config.workerProcesses, createLogger(config, 'worker'));
    return;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: nestLogger(createLogger(config, 'worker')),
  });
  await app.init();
  const logger = new Logger('Worker');
  logger.log({ msg: 'worker process ready', pid: process.pid });
  copyReady();
  // Our own handler rather than Nest's shutdown hooks: those re-raise the signal after closing, and
  // a supervisor should see a clean exit code when active jobs were allowed to finish.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    try {
      logger.log({ msg: 'worker received signal', signal });
      await app.close();
      process.exit(0);
    } catch (error) {
      logger.error({ msg: 'worker shutdown failed', err: (error as Error).message });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(
    `${JSON.stringify({ level: 'error', service: 'worker', msg: 'worker failed to start', err: (error as Error).message })}\n`,
  );
  process.exit(1);
});
