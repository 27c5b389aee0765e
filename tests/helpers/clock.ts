import type { Clock } from '../../bot/src/services/ports';

/** The real `Clock` port with a hand-set instant: a test moves time by `set`, nothing else moves it. */
export class ManualClock implements Clock {
  private instant: Date;
  constructor(instant: Date | string) {
    this.instant = new Date(instant);
  }
  /** The instant last set. */
  now(): Date {
    return this.instant;
  }
  /** Moves the clock to `instant` (forward or back). */
  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }
}
