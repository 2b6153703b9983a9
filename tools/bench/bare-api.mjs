// The baselines of `npm run bench hotpaths`: the smallest Nest-on-Fastify application, with one route that
// does nothing and one that looks a user up by primary key through `pg` (a pool as large as the API's). Run as
// a process of its own, like the API: `PORT=… DATABASE_URL=… node tools/bench/bare-api.mjs`.
import 'reflect-metadata';
import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

class BareController {
  ping() {
    return { status: 'ok' };
  }

  async user(id) {
    const { rows } = await pool.query(
      'SELECT id, email, display_name, role, police_unit_id, locale FROM app_user WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }
}
const method = (name) => Object.getOwnPropertyDescriptor(BareController.prototype, name);
Controller('bare')(BareController);
Get('ping')(BareController.prototype, 'ping', method('ping'));
Param('id')(BareController.prototype, 'user', 0);
Get('users/:id')(BareController.prototype, 'user', method('user'));

class BareModule {}
Module({ controllers: [BareController] })(BareModule);

const app = await NestFactory.create(BareModule, new FastifyAdapter(), { logger: false });
await app.listen(Number(process.env.PORT), '127.0.0.1');
process.stdout.write('ready\n');
process.on('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
