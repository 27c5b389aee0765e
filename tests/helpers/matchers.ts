/**
 * jest's asymmetric matchers, typed `unknown`: @types/jest types them `any`, which the typed lint
 * reports wherever one stands in an object literal. The same matchers, so the same checks.
 */
export const matches = {
  any: (type: unknown): unknown => expect.any(type),
  stringContaining: (text: string): unknown => expect.stringContaining(text),
  stringMatching: (pattern: string | RegExp): unknown => expect.stringMatching(pattern),
  objectContaining: (sample: object): unknown => expect.objectContaining(sample),
};

/** What `run` throws, to match with `toMatchObject`; fails the test when it throws nothing. */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw, and it returned');
}
