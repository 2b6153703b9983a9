import { HttpException, HttpStatus } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { coded } from '../../core/errors/coded';

/**
 * zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable" (about 10^8 guesses and more),
 * which refuses common passwords, keyboard walks, repeats (`aaaaaaaaaaaa`, `passwordpassword`),
 * sequences (`123456789012`) and passwords built from the user's own name or e-mail.
 */
export const MIN_PASSWORD_SCORE = 3;

/** The shortest password accepted at creation and change; a shorter one found at sign-in is weak. */
export const MIN_PASSWORD_LENGTH = 12;
/** The longest password accepted anywhere (sign-in included). */
export const MAX_PASSWORD_LENGTH = 256;

/** What a refused password is told (after the field's name). */
export const TOO_EASY_TO_GUESS =
  'is too easy to guess: avoid common passwords, repeated or sequential characters and the user’s name or e-mail (a few unrelated words work well)';

/**
 * zxcvbn's cost grows steeply with length and with l33t substitutions (a 100-character `P4$$w0rd…` took
 * about a second): a password is judged on its first 32 characters (a longer one that is hard to guess
 * there stays so), with at most 10 l33t substitutions tried.
 */
export const CHECKED_LENGTH = 32;
const L33T_MAX_SUBSTITUTIONS = 10;

/** Checks waiting for the estimator beyond this are refused (503) rather than queued without bound. */
export const MAX_PENDING_CHECKS = 32;

/**
 * The estimator runs in a worker thread of its own, at the lowest priority, so a check (tens of
 * milliseconds, more under load) never stalls the event loop that answers every other request, nor takes
 * the CPU from it. It needs only the zxcvbn packages.
 */
const ESTIMATOR_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// On Linux a thread has its own nice value: the estimator yields the CPU to the event loop's thread.
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(tid, 19);
} catch {
  // Elsewhere it runs at the process's priority.
}
const { ZxcvbnFactory } = require(workerData.core);
const { adjacencyGraphs, dictionary } = require(workerData.common);
const estimator = new ZxcvbnFactory({
  dictionary,
  graphs: adjacencyGraphs,
  l33tMaxSubstitutions: workerData.l33tMaxSubstitutions,
});
parentPort.on('message', ({ id, password, userInputs }) => {
  let score = 0;
  try {
    score = estimator.check(password, userInputs).score;
  } catch {
    score = 0;
  }
  parentPort.postMessage({ id, score });
});
`;

interface Estimator {
  worker: Worker;
  pending: Map<number, { resolve: (score: number) => void; reject: (error: Error) => void }>;
}

let estimator: Estimator | undefined;
let nextId = 0;

function startEstimator(): Estimator {
  const worker = new Worker(ESTIMATOR_SOURCE, {
    eval: true,
    workerData: {
      core: require.resolve('@zxcvbn-ts/core'),
      common: require.resolve('@zxcvbn-ts/language-common'),
      l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    },
  });
  // An idle estimator never keeps the process alive.
  worker.unref();
  const started: Estimator = { worker, pending: new Map() };
  worker.on('message', ({ id, score }: { id: number; score: number }) => {
    started.pending.get(id)?.resolve(score);
    started.pending.delete(id);
  });
  const fail = (error: Error) => {
    if (estimator === started) estimator = undefined;
    for (const { reject } of started.pending.values()) reject(error);
    started.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`password estimator exited with code ${code}`)));
  return started;
}

/**
 * How hard `password` is to guess (zxcvbn score 0–4), knowing the words in `userInputs`; computed off the
 * event loop. Refuses with 503 when too many checks are already waiting.
 */
export function passwordScore(password: string, userInputs: string[] = []): Promise<number> {
  estimator ??= startEstimator();
  const { worker, pending } = estimator;
  if (pending.size >= MAX_PENDING_CHECKS) {
    return Promise.reject(
      new HttpException(
        coded(
          'auth.password_check_busy',
          'password',
          'too many passwords are being checked at once; try again in a few seconds',
        ),
        HttpStatus.SERVICE_UNAVAILABLE,
      ),
    );
  }
  const id = nextId++;
  return new Promise<number>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // A check in progress keeps the process alive until it answers.
    if (pending.size === 1) worker.ref();
    worker.postMessage({ id, password: password.slice(0, CHECKED_LENGTH), userInputs });
  }).finally(() => {
    if (pending.size === 0) worker.unref();
  });
}

/** The words of an account an attacker would try first: its e-mail, the parts of it, and its name. */
function accountWords(object: { email?: unknown; displayName?: unknown }): string[] {
  const text = [object.email, object.displayName].filter((v): v is string => typeof v === 'string');
  const localPart = typeof object.email === 'string' ? [object.email.split('@')[0]] : [];
  const words = text.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...text, ...localPart, ...words].filter((w) => w.length >= 3);
}

/**
 * The rule every password must meet: at least 12 characters and hard to guess, knowing the account's
 * e-mail and name. Applied at creation and change (DTOs) and, for passwords set before it, at sign-in.
 */
export async function meetsPasswordRule(
  password: string,
  account: { email: string; displayName: string },
): Promise<boolean> {
  if (password.length < MIN_PASSWORD_LENGTH) return false;
  return (await passwordScore(password, accountWords(account))) >= MIN_PASSWORD_SCORE;
}

/** Refuses passwords that are easy to guess, given the DTO's own `email` and `displayName`. */
export function IsHardToGuess(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHardToGuess',
      target: target.constructor,
      propertyName: propertyName as string,
      async: true,
      options: { message: TOO_EASY_TO_GUESS, ...options },
      validator: {
        async validate(value: unknown, args: ValidationArguments): Promise<boolean> {
          // A value of another type, too short or too long is reported by IsString, MinLength or MaxLength alone.
          if (typeof value !== 'string' || value.length < MIN_PASSWORD_LENGTH || value.length > MAX_PASSWORD_LENGTH)
            return true;
          const score = await passwordScore(value, accountWords(args.object as Record<string, unknown>));
          return score >= MIN_PASSWORD_SCORE;
        },
      },
    });
}
