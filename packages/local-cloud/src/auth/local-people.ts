import type { Role } from './dev-issuer.ts';

/** Someone to sign in as locally with one click: a user id, a display name and a role. */
export interface LocalPerson {
  sub: string;
  name: string;
  role: Role;
}

/** How each role reads on the sign-in page. */
export const ROLE_LABELS: Record<Role, string> = { 'hq-staff': 'HQ staff', finance: 'Finance', candidate: 'Candidate' };

/**
 * The ready-made people of the local sign-in page, a few per role. Their ids match the ones the
 * README's walk-through and the tests use (`staff-1`, `fin-1`, `cand-1`), so a session started
 * by clicking one reaches the same records as `pnpm --silent token --sub ...`.
 *
 * @example
 * LOCAL_PEOPLE.filter((person) => person.role === 'finance').map((person) => person.sub); // ['fin-1', 'fin-2']
 */
export const LOCAL_PEOPLE: readonly LocalPerson[] = [
  { sub: 'staff-1', name: 'Asha Patel', role: 'hq-staff' },
  { sub: 'staff-2', name: 'Tom Okafor', role: 'hq-staff' },
  { sub: 'fin-1', name: 'Maria Santos', role: 'finance' },
  { sub: 'fin-2', name: 'David Chen', role: 'finance' },
  { sub: 'cand-1', name: 'Priya Sharma', role: 'candidate' },
  { sub: 'cand-2', name: 'James Wilson', role: 'candidate' },
  { sub: 'cand-3', name: 'Fatima Hussain', role: 'candidate' },
];
