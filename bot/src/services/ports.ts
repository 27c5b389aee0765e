/** The time source every use case and job reads; injected so tests and demos can move time. */
export interface Clock {
  now(): Date;
}
