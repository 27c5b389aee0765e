import { OUTBOX_JOB, backoffMs } from '../../../bot/src/scheduler/post-deliverer';
import { RateLimiter, TEAMS_TENANT_LIMITS, TEAMS_THREAD_LIMITS } from '../../../bot/src/scheduler/rate-limiter';

/**
 * The limiter runs on jest's fake clock: `Date.now()` is its time source and its waits are fake
 * timers, so `advanceTimersByTimeAsync` moves both together and nothing here depends on real time.
 */
function thread(id: string, tenant = 'tenant-a') {
  return [
    { key: `thread:${id}`, windows: TEAMS_THREAD_LIMITS },
    { key: `tenant:${tenant}`, windows: TEAMS_TENANT_LIMITS },
  ];
}

describe('rate limiter (Teams limits)', () => {
  let limiter: RateLimiter;
  let t0: number;
  /** Fake-clock milliseconds after t0 at which each acquire completed, by label. */
  let completed: { label: string; at: number }[];

  const acquire = (label: string, keys: ReturnType<typeof thread>) =>
    limiter.acquire(keys).then(() => {
      completed.push({ label, at: Date.now() - t0 });
    });
  const done = (prefix = '') => completed.filter((c) => c.label.startsWith(prefix)).length;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2027-04-13T06:00:00Z') });
    limiter = new RateLimiter(() => Date.now());
    t0 = Date.now();
    completed = [];
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('lets seven posts into one thread at once and holds the eighth for a second', async () => {
    for (let i = 1; i <= 8; i++) void acquire(`post${i}`, thread('x'));
    await jest.advanceTimersByTimeAsync(0);
    expect(completed.map((c) => c.label)).toEqual(['post1', 'post2', 'post3', 'post4', 'post5', 'post6', 'post7']);

    await jest.advanceTimersByTimeAsync(1_000);
    expect(done()).toBe(7);

    await jest.advanceTimersByTimeAsync(100);
    expect(done()).toBe(8);
    expect(completed[7]!.label).toBe('post8');
    expect(completed[7]!.at).toBeGreaterThanOrEqual(1_000);
  });

  it('sends no more than eight into one thread in two seconds', async () => {
    for (let i = 1; i <= 9; i++) void acquire(`post${i}`, thread('x'));
    await jest.advanceTimersByTimeAsync(1_999);
    expect(done()).toBe(8);
    await jest.advanceTimersByTimeAsync(200);
    expect(done()).toBe(9);
    expect(completed[8]!.at).toBeGreaterThanOrEqual(2_000);
  });

  it('keeps a burst of 70 in one thread within every Teams window, in order', async () => {
    for (let i = 1; i <= 70; i++) void acquire(`post${String(i).padStart(2, '0')}`, thread('x'));
    await jest.advanceTimersByTimeAsync(60_000);
    expect(done()).toBe(70);
    expect(completed.map((c) => c.label)).toEqual([...completed.map((c) => c.label)].sort());
    const times = completed.map((c) => c.at);
    for (const { limit, windowMs } of TEAMS_THREAD_LIMITS) {
      for (let i = 0; i < times.length; i++) {
        const inWindow = times.filter((at) => at >= times[i]! && at - times[i]! < windowMs).length;
        expect(inWindow).toBeLessThanOrEqual(limit);
      }
    }
    // 60 in 30 seconds: the 61st waits for the first to leave that window.
    expect(times[60]!).toBeGreaterThanOrEqual(30_000);
  });

  it('does not let one thread hold up another', async () => {
    for (let i = 1; i <= 8; i++) void acquire(`a${i}`, thread('a'));
    for (let i = 1; i <= 7; i++) void acquire(`b${i}`, thread('b'));
    await jest.advanceTimersByTimeAsync(0);
    expect(done('a')).toBe(7);
    expect(done('b')).toBe(7);
    await jest.advanceTimersByTimeAsync(1_100);
    expect(done('a')).toBe(8);
  });

  it('holds the 51st post in a tenant for a second, whatever thread it goes to', async () => {
    for (let i = 0; i < 50; i++) void acquire(`t${i}`, thread(`thread-${i % 10}`));
    void acquire('late', thread('thread-fresh'));
    void acquire('other-tenant', thread('thread-fresh-2', 'tenant-b'));
    await jest.advanceTimersByTimeAsync(0);
    expect(done('t')).toBe(50);
    expect(done('other-tenant')).toBe(1);
    expect(done('late')).toBe(0);

    await jest.advanceTimersByTimeAsync(1_000);
    expect(done('late')).toBe(0);
    await jest.advanceTimersByTimeAsync(100);
    expect(done('late')).toBe(1);
    expect(completed.find((c) => c.label === 'late')!.at).toBeGreaterThanOrEqual(1_000);
  });

  it('lets a thread post again once the windows have passed', async () => {
    for (let i = 1; i <= 7; i++) void acquire(`first${i}`, thread('x'));
    await jest.advanceTimersByTimeAsync(5_000);
    for (let i = 1; i <= 7; i++) void acquire(`second${i}`, thread('x'));
    await jest.advanceTimersByTimeAsync(0);
    expect(done('second')).toBe(7);
  });
});

describe('retry backoff', () => {
  const { baseMs, capMs } = OUTBOX_JOB.backoff;
  const highest = () => 1;
  const lowest = () => 0;

  it('doubles its ceiling with every attempt', () => {
    expect(backoffMs(1, 0, highest)).toBe(baseMs);
    expect(backoffMs(2, 0, highest)).toBe(2 * baseMs);
    expect(backoffMs(3, 0, highest)).toBe(4 * baseMs);
    expect(backoffMs(4, 0, highest)).toBe(8 * baseMs);
    for (let attempt = 1; attempt < 12; attempt++) {
      expect(backoffMs(attempt + 1, 0, highest)).toBeGreaterThanOrEqual(backoffMs(attempt, 0, highest));
      expect(backoffMs(attempt + 1, 0, lowest)).toBeGreaterThanOrEqual(backoffMs(attempt, 0, lowest));
    }
  });

  it('waits between half the ceiling and the ceiling', () => {
    expect(backoffMs(3, 0, lowest)).toBe(2 * baseMs);
    expect(backoffMs(3, 0, () => 0.5)).toBe(3 * baseMs);
    expect(backoffMs(3, 0, highest)).toBe(4 * baseMs);
  });

  it('treats attempt 0 like the first', () => {
    expect(backoffMs(0, 0, highest)).toBe(baseMs);
  });

  it('never waits longer than the cap, however many attempts', () => {
    for (const attempt of [8, 10, 20, 100, 5_000]) {
      expect(backoffMs(attempt, 0, highest)).toBe(capMs);
      expect(backoffMs(attempt, 60_000, highest)).toBeLessThanOrEqual(capMs);
    }
  });

  it('never retries sooner than Retry-After says', () => {
    expect(backoffMs(1, 120_000, lowest)).toBe(120_000);
    expect(backoffMs(1, 5_000, lowest)).toBe(baseMs / 2);
    expect(backoffMs(20, 2 * capMs, highest)).toBe(2 * capMs);
    for (let attempt = 1; attempt <= 12; attempt++) {
      for (const random of [lowest, () => 0.37, highest]) {
        expect(backoffMs(attempt, 90_000, random)).toBeGreaterThanOrEqual(90_000);
      }
    }
  });
});
