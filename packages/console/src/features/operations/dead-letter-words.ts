import type { Role } from '../../auth/roles.ts';

/** The services whose dead letters the console shows, by role: the API answers only these to each. */
export type DeadLetterService = 'fund' | 'selections' | 'emeritus';

const SERVICES_BY_ROLE: Readonly<Record<Role, readonly DeadLetterService[]>> = {
  finance: ['fund'],
  'hq-staff': ['selections', 'emeritus'],
  candidate: [],
};

/** The services whose dead-letter queues a person with these roles may see and replay. */
export const deadLetterServicesFor = (roles: readonly Role[]): DeadLetterService[] => {
  const services = new Set(roles.flatMap((role) => SERVICES_BY_ROLE[role]));
  return (['fund', 'selections', 'emeritus'] as const).filter((service) => services.has(service));
};

/** Whether a path segment names a service the console knows dead letters of. */
export const isDeadLetterService = (value: string): value is DeadLetterService => value === 'fund' || value === 'selections' || value === 'emeritus';

const SERVICE_NAMES: Readonly<Record<DeadLetterService, string>> = { fund: 'Diversity Fund', selections: 'Selections', emeritus: 'Emeritus register' };

/** A queue's name in plain words: `fund-inbox` is "Diversity Fund inbox", `selections-outbox-relay` "Selections outbox relay". */
export const queueLabel = (service: DeadLetterService, kind: 'inbox' | 'outbox-relay'): string => `${SERVICE_NAMES[service]} ${kind === 'inbox' ? 'inbox' : 'outbox relay'}`;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** How long a message has waited, in plain words: "less than a minute", "5 minutes", "3 hours", "2 days". */
export const waitedFor = (seconds: number | undefined): string => {
  if (seconds === undefined) return 'not known';
  if (seconds < 60) return 'less than a minute';
  if (seconds < 3_600) return plural(Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return plural(Math.floor(seconds / 3_600), 'hour');
  return plural(Math.floor(seconds / 86_400), 'day');
};

/** "1 dead letter", "3 dead letters". */
export const deadLetterCount = (count: number): string => plural(count, 'dead letter');
