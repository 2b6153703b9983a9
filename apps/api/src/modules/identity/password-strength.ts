import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable" (about 10^8 guesses and more),
 * which refuses common passwords, keyboard walks, repeats (`aaaaaaaaaaaa`, `passwordpassword`),
 * sequences (`123456789012`) and passwords built from the user's own name or e-mail.
 */
export const MIN_PASSWORD_SCORE = 3;

/** The shortest password accepted at creation and change; a shorter one found at sign-in is weak. */
export const MIN_PASSWORD_LENGTH = 12;

/** What a refused password is told (after the field's name). */
export const TOO_EASY_TO_GUESS =
  'is too easy to guess: avoid common passwords, repeated or sequential characters and the user’s name or e-mail (a few unrelated words work well)';

/** zxcvbn's cost grows with length; a password this long is judged on its beginning. */
const CHECKED_LENGTH = 100;

let estimator: ZxcvbnFactory | undefined;

/** How hard `password` is to guess (zxcvbn score 0–4), knowing the words in `userInputs`. */
export function passwordScore(password: string, userInputs: string[] = []): number {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password.slice(0, CHECKED_LENGTH), userInputs).score;
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
export function meetsPasswordRule(password: string, account: { email: string; displayName: string }): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && passwordScore(password, accountWords(account)) >= MIN_PASSWORD_SCORE;
}

/** Refuses passwords that are easy to guess, given the DTO's own `email` and `displayName`. */
export function IsHardToGuess(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHardToGuess',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: TOO_EASY_TO_GUESS, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          // A value of another type or too short is reported by IsString or MinLength alone.
          if (typeof value !== 'string' || value.length < MIN_PASSWORD_LENGTH) return true;
          return passwordScore(value, accountWords(args.object as Record<string, unknown>)) >= MIN_PASSWORD_SCORE;
        },
      },
    });
}
