import { common } from './common';

/** The English catalogue: the union of every feature's messages. */
export const en = {
  ...common,
} as const;
