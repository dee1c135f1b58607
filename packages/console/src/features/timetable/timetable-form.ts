import type { DateParts } from '../../components/fields/date-parts.ts';

export const PHASE_FIELDS = [
  { key: 'nominations', label: 'Nominations' },
  { key: 'applications', label: 'Applications' },
  { key: 'shortlisting', label: 'Shortlisting' },
  { key: 'hustingsAndBallot', label: 'Hustings and ballot' },
] as const;
export type PhaseKey = (typeof PHASE_FIELDS)[number]['key'];

/** A blackout row as typed; `key` keeps React's rows apart when one is removed. */
export interface BlackoutAnswers {
  readonly key: number;
  readonly from: DateParts;
  readonly to: DateParts;
  readonly reason: string;
}

/** The draft timetable form as typed: every answer kept as text, so a refused form shows what was typed. */
export interface TimetableAnswers {
  readonly from: DateParts;
  readonly expectedElection: DateParts;
  readonly completeMonthsBefore: string;
  readonly weeklyCapacity: string;
  readonly regionalWeeklyCapacity: string;
  readonly blackouts: readonly BlackoutAnswers[];
  readonly phaseDays: Readonly<Record<PhaseKey, string>>;
}

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/**
 * The form's first answers: no dates, the scheduler's default phase lengths (14, 14, 7 and 21 days).
 *
 * @example
 * emptyTimetableAnswers().phaseDays.nominations; // '14'
 */
export const emptyTimetableAnswers = (): TimetableAnswers => ({
  from: EMPTY_DATE,
  expectedElection: EMPTY_DATE,
  completeMonthsBefore: '12',
  weeklyCapacity: '',
  regionalWeeklyCapacity: '',
  blackouts: [],
  phaseDays: { nominations: '14', applications: '14', shortlisting: '7', hustingsAndBallot: '21' },
});

/**
 * A new, empty blackout row, keyed after the others.
 *
 * @example
 * withBlackout(answers).blackouts.length; // one more
 */
export const withBlackout = (answers: TimetableAnswers): TimetableAnswers => ({
  ...answers,
  blackouts: [...answers.blackouts, { key: Math.max(0, ...answers.blackouts.map((b) => b.key)) + 1, from: EMPTY_DATE, to: EMPTY_DATE, reason: '' }],
});

const date = (parts: DateParts): string => {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  return day === '' && month === '' && year === '' ? '' : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
};
// A whole number goes as a number; anything else as typed, for the API to refuse by name.
const count = (text: string): number | string => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim());

/** The body of `POST /selections/timetables`, as the answers give it. */
export interface TimetableBody {
  from: string;
  expectedElection: string;
  completeMonthsBefore: number | string;
  weeklyCapacity: number | string;
  regionalWeeklyCapacity?: number | string;
  blackouts: { from: string; to: string; reason: string }[];
  phaseDays: Partial<Record<PhaseKey, number | string>>;
}

/**
 * The request the answers make. Nothing is judged here: every rule is the API's, whose 400 names each field
 * it refuses. An empty regional capacity means none; an empty phase length, the default.
 *
 * @example
 * timetableBody(answers); // { from: '2027-01-04', expectedElection: '2029-05-03', completeMonthsBefore: 12, weeklyCapacity: 8, blackouts: [], phaseDays: { nominations: 14, … } }
 */
export const timetableBody = (answers: TimetableAnswers): TimetableBody => ({
  from: date(answers.from),
  expectedElection: date(answers.expectedElection),
  completeMonthsBefore: count(answers.completeMonthsBefore),
  weeklyCapacity: count(answers.weeklyCapacity),
  ...(answers.regionalWeeklyCapacity.trim() === '' ? {} : { regionalWeeklyCapacity: count(answers.regionalWeeklyCapacity) }),
  blackouts: answers.blackouts.map((blackout) => ({ from: date(blackout.from), to: date(blackout.to), reason: blackout.reason.trim() })),
  phaseDays: Object.fromEntries(PHASE_FIELDS.filter(({ key }) => answers.phaseDays[key].trim() !== '').map(({ key }) => [key, count(answers.phaseDays[key])])),
});

const DATE_FIELDS = new Set(['from', 'expectedElection']);

/** What a field is called in messages, by the API's field id (`blackouts-0-to`). */
const labelOf = (fieldId: string): string => {
  const blackout = /^blackouts-(\d+)-(from|to|reason)$/.exec(fieldId);
  if (blackout) return `Blackout ${Number(blackout[1]) + 1} ${blackout[2] === 'from' ? 'start date' : blackout[2] === 'to' ? 'end date' : 'reason'}`;
  const phase = PHASE_FIELDS.find(({ key }) => fieldId === `phaseDays-${key}`);
  if (phase) return `${phase.label} length`;
  return (
    { from: 'The date the timetable opens', expectedElection: 'The expected election date', completeMonthsBefore: 'Months before the election', weeklyCapacity: 'National weekly capacity', regionalWeeklyCapacity: 'Regional weekly capacity' }[fieldId] ??
    'The timetable'
  );
};

/**
 * Where a refused field's message links: a date's first box, else the field itself.
 *
 * @example
 * formFieldId('blackouts-1-to'); // 'blackouts-1-to-day'
 */
export const formFieldId = (fieldId: string): string => (DATE_FIELDS.has(fieldId) || /^blackouts-\d+-(from|to)$/.test(fieldId) ? `${fieldId}-day` : fieldId);

/**
 * The API's message for a field, in plain words with the field's name: a number out of range, a date that
 * is not one, an empty reason. The API's own sentences (the election must come after the opening) keep
 * their words, the field named first.
 *
 * @example
 * plainMessage('weeklyCapacity', 'Too small: expected number to be >=1', answers); // 'National weekly capacity must be 1 or more'
 */
export const plainMessage = (fieldId: string, message: string, answers: TimetableAnswers): string => {
  const label = labelOf(fieldId);
  const lower = `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  const isDate = DATE_FIELDS.has(fieldId) || /^blackouts-\d+-(from|to)$/.test(fieldId);
  if (isDate) {
    const blackout = /^blackouts-(\d+)-(from|to)$/.exec(fieldId);
    const typed = blackout ? answers.blackouts[Number(blackout[1])]?.[blackout[2] as 'from' | 'to'] : answers[fieldId as 'from' | 'expectedElection'];
    if (typed && date(typed) === '') return `Enter ${lower}`;
      if (/^Invalid/.test(message)) return `${label} must be a real date, like 4 1 2027`;
    const bounds = /^must be from (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(message);
    if (bounds) return `${label} must be between ${bounds[1]} and ${bounds[2]}`;
  }
  const typedCount = (answers as unknown as Record<string, unknown>)[fieldId];
  if (typeof typedCount === 'string' && typedCount.trim() === '') return `Enter ${lower}`;
  if (/expected (int|number), received/.test(message)) return `${label} must be a whole number, like 8`;
  const small = /^Too small: expected number to be >=?(\d+)/.exec(message);
  if (small) return `${label} must be ${small[1]} or more`;
  const big = /^Too big: expected number to be <=?(\d+)/.exec(message);
  if (big) return `${label} must be ${big[1]} or less`;
  if (/^Too small: expected string to have >=1/.test(message)) return `Enter ${lower}`;
  const long = /^Too big: expected string to have <=(\d+)/.exec(message);
  if (long) return `${label} must be ${long[1]} characters or fewer`;
  return `${label}: ${message.replace(/after from \(/, 'after the timetable opens (')}`;
};
