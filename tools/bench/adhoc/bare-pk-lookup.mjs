// Bare baseline of issue 21: Fastify and a pg pool of 10, one primary-key lookup of app_user per request, GET /pk.
import Fastify from 'fastify';
import pg from 'pg';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const { rows } = await pool.query('SELECT id FROM app_user ORDER BY id LIMIT 1');
const id = rows[0].id;
const app = Fastify();
app.get(
  '/pk',
  async () => (await pool.query('SELECT id, email, display_name FROM app_user WHERE id = $1', [id])).rows[0],
);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
