/**
 * The service clock: the one source of "now" for every rule, deadline, seed and test.
 * Nothing else in the server reads the wall clock for the date it acts on.
 */

/** The current instant as the service sees it. */
export type Clock = () => Date;

/**
 * The real time, or, given `start` (SHENPI_CLOCK), a clock that shows `start` at the moment it
 * is made and then runs forward in real time — for training, demos and the suite's date runs.
 */
export function serviceClock(start?: Date): Clock {
  if (!start) return () => new Date();
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
