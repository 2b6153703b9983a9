import { Logger } from '@nestjs/common';
import { createApiApp } from './app.factory';
import { ConfigError, loadConfig } from './core/config/app-config';

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
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  new Logger('API').log({ msg: 'API listening', url: `http://localhost:${config.port}`, env: config.nodeEnv });
}

void main();
