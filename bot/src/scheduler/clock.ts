import type { Clock } from '../services/ports';

/**
 * The process clock: real time, unless local mode set a simulated instant (`POST /api/dev/clock`),
 * from which it runs on at real speed.
 */
export class ProcessClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock so that `now()` is `instant`; time runs on from there. */
  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}
