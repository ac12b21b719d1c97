/**
 * How hard a password is to guess: zxcvbn (the @zxcvbn-ts port) with its common-password and
 * keyboard-pattern lists. A new password must score 3 or more of 4 ("safely unguessable" against
 * an online attack: about 10^8 guesses); "aaaaaaa1" and "Password1" score 1 and 0.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

/** zxcvbn's score 0–4 of `password`; `related` (username, name) count as guessable words. */
export function passwordScore(password: string, related: string[] = []): number {
  factory ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  return factory.check(password, related.filter(Boolean)).score;
}
