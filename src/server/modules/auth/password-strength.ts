/**
 * How hard a password is to guess: zxcvbn (the @zxcvbn-ts port) with its common-password and
 * keyboard-pattern lists. A new password must score 3 or more of 4 ("safely unguessable" against
 * an online attack: about 10^8 guesses); "aaaaaaa1" and "Password1" score 1 and 0.
 */
import { createRequire } from 'node:module';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

// zxcvbn and its word lists are loaded on the first password checked, not when the server starts (ADR 0023)
const require = createRequire(import.meta.url);

export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

/** zxcvbn's score 0–4 of `password`; `related` (username, name) count as guessable words. */
export function passwordScore(password: string, related: string[] = []): number {
  if (!factory) {
    const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const { adjacencyGraphs, dictionary } = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    factory = new Factory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  }
  return factory.check(password, related.filter(Boolean)).score;
}
