/**
 * The staff accounts the browser tests sign in with: four staff of one office (one of each role) and one of
 * another, written into the test server's fresh embedded database before it starts (seed-accounts.ts, run by
 * playwright.config.ts).
 */

/** A seeded account. */
export interface TestAccount {
  readonly office: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: 'counter' | 'goto' | 'facilitator' | 'admin';
  readonly password: string;
}

export const RIVERSIDE = 'Riverside Town Hall';
export const HILLSIDE = 'Hillside Council Office';

/** Everyone the tests may sign in as. */
export const ACCOUNTS = {
  ana: { office: RIVERSIDE, email: 'ana@riverside.example', displayName: 'Ana Ortiz', role: 'admin', password: 'river-admin-passphrase' },
  ben: { office: RIVERSIDE, email: 'ben@riverside.example', displayName: 'Ben Cole', role: 'counter', password: 'river-counter-passphrase' },
  gia: { office: RIVERSIDE, email: 'gia@riverside.example', displayName: 'Gia Park', role: 'goto', password: 'river-goto-passphrase' },
  fay: { office: RIVERSIDE, email: 'fay@riverside.example', displayName: 'Fay Moreno', role: 'facilitator', password: 'river-facilitator-passphrase' },
  cara: { office: HILLSIDE, email: 'cara@hillside.example', displayName: 'Cara Lind', role: 'counter', password: 'hill-counter-passphrase' },
} as const satisfies Record<string, TestAccount>;
