import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** How long the processes have to finish what they are doing after SIGTERM before they are killed. */
const STOP_TIMEOUT_MS = 30_000;
/** Restarts within this window count towards the back-off of a process that keeps dying. */
const CRASH_WINDOW_MS = 60_000;

/**
 * Runs `count` copies of this entry point (Node's `cluster`: the API's copies share one port, the primary
 * handing connections round-robin) and supervises them: a copy that dies is replaced (after a back-off
 * that doubles, up to 30 s, while deaths keep coming within a minute); SIGTERM or SIGINT is passed on to
 * every copy, which finishes its requests or jobs and exits, and the primary exits when all have (0 when
 * all exited cleanly), killing those still running after 30 s. The primary itself loads no application.
 * While no copy has ever become ready, a copy that fails (bad configuration, Redis or PostgreSQL refusing it)
 * is not restarted: another would fail the same way, so the others are stopped and the primary exits 1, for
 * Compose or systemd to see; once one has started, deaths are replaced with the back-off. A copy is ready when it listens (the API) or says so (`copyReady()`).
 *
 * Call only in the primary (`cluster.isPrimary`); the copies run the entry point's usual code.
 */
export function superviseCopies(name: string, count: number, log: Logger): void {
  let stopping = false;
  let failedStop = false;
  let deaths: number[] = [];
  const ready = new Set<number>();
  let everReady = false;
  const markReady = (worker: Worker) => {
    ready.add(worker.id);
    everReady = true;
  };
  cluster.on('listening', markReady);
  cluster.on('message', (worker: Worker, message: unknown) => {
    if ((message as { type?: string } | null)?.type === READY) markReady(worker);
  });

  const fork = () => {
    if (stopping) return;
    const worker = cluster.fork();
    log.info({ msg: `${name} process started`, pid: worker.process.pid });
  };

  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) {
      // A copy still starting has no handler yet: SIGTERM ends it before it served anything, which is clean too.
      if (code !== 0 && signal !== 'SIGTERM') failedStop = true;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failedStop ? 1 : 0);
      return;
    }
    // Only while no copy has ever started: later, a replacement failing (say, during a short database outage)
    // goes through the back-off like any death.
    if (!everReady && !ready.has(worker.id) && code !== 0) {
      log.error({ msg: `${name} process failed to start; stopping`, pid: worker.process.pid, code, signal });
      stop('SIGTERM', 1);
      return;
    }
    ready.delete(worker.id);
    const now = Date.now();
    deaths = [...deaths.filter((t) => now - t < CRASH_WINDOW_MS), now];
    const delayMs = Math.min(30_000, 100 * 2 ** (deaths.length - 1));
    log.error({ msg: `${name} process died; starting another`, pid: worker.process.pid, code, signal, delayMs });
    setTimeout(fork, delayMs);
  });

  const stop = (signal: NodeJS.Signals, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    if (exitCode !== 0) failedStop = true;
    log.info({ msg: `${name} processes stopping`, signal });
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (let i = 0; i < count; i++) fork();
}

const READY = 'icspa:copy-ready';

/** Tells the supervisor this copy has started (a copy that listens on a port needs not: listening says it). */
export function copyReady(): void {
  if (cluster.isWorker) process.send?.({ type: READY });
}
