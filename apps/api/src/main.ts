import { Logger } from '@nestjs/common';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './core/config/app-config';
import { createLogger } from './core/logging/logging';
import { superviseCopies } from './core/process/supervisor';

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
  if (config.apiProcesses > 1 && cluster.isPrimary) {
    superviseCopies('API', config.apiProcesses, createLogger(config, 'api'));
    return;
  }
  // Loaded only here: a supervising primary never loads the application.
  const { createApiApp } = await import('./app.factory');
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  const logger = new Logger('API');
  logger.log({ msg: 'API listening', url: `http://localhost:${config.port}`, env: config.nodeEnv, pid: process.pid });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log({ msg: 'API stopping', signal });
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
