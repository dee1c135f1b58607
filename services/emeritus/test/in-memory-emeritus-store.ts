import type { EventEnvelope } from '@platform/events';
import { RetirementAlreadyActiveError } from '../src/domain/errors.ts';
import type { HistoryEntry } from '../src/domain/history.ts';
import type { ActiveRetirement, Retirement, WithdrawnRetirement } from '../src/domain/retirement.ts';
import { DEFAULT_SETTINGS } from '../src/domain/settings.ts';
import type { SettingsRecord } from '../src/domain/settings.ts';
import type { Delivery, EmeritusStore, HistoryPage, ListPage, ListRequest, VersionedSettings } from '../src/store/emeritus-store.ts';
import { decodePageCursor, encodePageCursor } from '@platform/kit';
import { MAX_ATTENDEES } from '../src/domain/clause-v-meeting.ts';
import type { Attendee, Meeting } from '../src/domain/clause-v-meeting.ts';
import type { Consultation, ResponseVersion } from '../src/domain/consultation.ts';
import { encodeCursor } from '../src/store/history-cursor.ts';

const sortKeyOf = (entry: HistoryEntry) => `${entry.at}#${entry.historyId}`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.source;

/** A page of `items` (keyed `<prefix><id>` in `partition`), newest first, as DynamoEmeritusStore pages them. */
const newestFirst = <T>(partition: string, prefix: string, idOf: (item: T) => string, all: readonly T[], request: ListRequest<T>): ListPage<T> => {
  const after = request.next === undefined ? undefined : decodePageCursor(request.next, partition, new RegExp(`${prefix}${UUID}`)).sk;
  const sorted = [...all].map((item) => ({ item, sk: `${prefix}${idOf(item)}` })).sort((a, b) => b.sk.localeCompare(a.sk));
  const rest = sorted.filter(({ sk }) => after === undefined || sk < after).filter(({ item }) => (request.keep ?? (() => true))(item));
  const page = rest.slice(0, request.limit);
  const last = page.at(-1);
  return { items: page.map(({ item }) => item), next: rest.length > request.limit && last !== undefined ? encodePageCursor({ pk: partition, sk: last.sk }) : null };
};

/** An EmeritusStore holding what DynamoEmeritusStore would write, with the same all-or-nothing outcomes. */
export class InMemoryEmeritusStore implements EmeritusStore {
  readonly register = new Map<string, Retirement>();
  /** The one-active-retirement lock: mpId → retirementId. */
  readonly locks = new Map<string, string>();
  readonly outbox: EventEnvelope[] = [];
  readonly entries: HistoryEntry[] = [];
  saved: VersionedSettings = { settings: DEFAULT_SETTINGS, version: 0 };

  async settings(): Promise<VersionedSettings> {
    return this.saved;
  }

  async saveSettings(settings: SettingsRecord, readVersion: number, entry: HistoryEntry): Promise<'saved' | 'stale'> {
    if (readVersion !== this.saved.version) return 'stale';
    this.saved = { settings, version: readVersion + 1 };
    this.entries.push(entry);
    return 'saved';
  }

  async retirement(retirementId: string): Promise<Retirement | undefined> {
    return this.register.get(retirementId);
  }

  async retirements(): Promise<Retirement[]> {
    return [...this.register.values()];
  }

  async announce(retirement: ActiveRetirement, event: EventEnvelope, entry: HistoryEntry): Promise<void> {
    const holder = this.locks.get(retirement.mpId);
    if (holder !== undefined) throw new RetirementAlreadyActiveError(retirement.mpId, holder);
    if (this.register.has(retirement.retirementId)) throw new Error(`retirement ${retirement.retirementId} exists already`);
    this.locks.set(retirement.mpId, retirement.retirementId);
    this.register.set(retirement.retirementId, retirement);
    this.entries.push(entry);
    this.outbox.push(event);
  }

  async withdraw(retirement: WithdrawnRetirement, event: EventEnvelope, entry: HistoryEntry): Promise<'withdrawn' | 'not-active'> {
    if (this.register.get(retirement.retirementId)?.status !== 'active') return 'not-active';
    if (this.locks.get(retirement.mpId) !== retirement.retirementId) throw new Error(`MP ${retirement.mpId} holds no lock for it`);
    this.register.set(retirement.retirementId, retirement);
    this.locks.delete(retirement.mpId);
    this.entries.push(entry);
    this.outbox.push(event);
    return 'withdrawn';
  }

  async history({ limit, after }: { limit: number; after?: string | undefined }): Promise<HistoryPage> {
    const sorted = [...this.entries].sort((a, b) => sortKeyOf(a).localeCompare(sortKeyOf(b)));
    const rest = after === undefined ? sorted : sorted.filter((entry) => sortKeyOf(entry) > after);
    const entries = rest.slice(0, limit);
    const last = entries.at(-1);
    return { entries, nextCursor: rest.length > limit && last !== undefined ? encodeCursor(sortKeyOf(last)) : null };
  }

  readonly consultationsById = new Map<string, Consultation>();
  /** consultationId → mpId → every version, oldest first. */
  readonly versions = new Map<string, Map<string, ResponseVersion[]>>();
  readonly meetingsById = new Map<string, Meeting>();
  /** meetingId → mpId → attendee. */
  readonly attendeesByMeeting = new Map<string, Map<string, Attendee>>();
  /** `<consumer>/<eventId>` of every delivery applied. */
  readonly inbox = new Set<string>();

  async appendHistory(entry: HistoryEntry): Promise<void> {
    this.entries.push(entry);
  }

  async activeRetirementOf(mpId: string): Promise<ActiveRetirement | undefined> {
    const holder = this.locks.get(mpId);
    const retirement = holder === undefined ? undefined : this.register.get(holder);
    return retirement?.status === 'active' ? retirement : undefined;
  }

  async openConsultation(consultation: Consultation, entry: HistoryEntry): Promise<void> {
    if (this.consultationsById.has(consultation.consultationId)) throw new Error(`consultation ${consultation.consultationId} exists already`);
    this.consultationsById.set(consultation.consultationId, consultation);
    this.entries.push(entry);
  }

  async consultation(consultationId: string): Promise<Consultation | undefined> {
    return this.consultationsById.get(consultationId);
  }

  async consultations(request: ListRequest<Consultation>): Promise<ListPage<Consultation>> {
    return newestFirst('CONSULTATIONS', 'CONSULTATION#', (c) => c.consultationId, [...this.consultationsById.values()], request);
  }

  async closeConsultation(consultation: Consultation, entry: HistoryEntry): Promise<'closed' | 'closed-already'> {
    if (this.consultationsById.get(consultation.consultationId)?.closedEarly !== null) return 'closed-already';
    this.consultationsById.set(consultation.consultationId, consultation);
    this.entries.push(entry);
    return 'closed';
  }

  async responses(consultationId: string): Promise<ResponseVersion[]> {
    return [...(this.versions.get(consultationId)?.values() ?? [])].map((versions) => versions.at(-1)!);
  }

  async responseVersions(consultationId: string, mpId: string): Promise<ResponseVersion[]> {
    return [...(this.versions.get(consultationId)?.get(mpId) ?? [])];
  }

  async recordResponse(response: ResponseVersion, entry: HistoryEntry): Promise<'recorded' | 'stale' | 'closed'> {
    if (this.consultationsById.get(response.consultationId)?.closedEarly !== null) return 'closed';
    const byMp = this.versions.get(response.consultationId) ?? new Map<string, ResponseVersion[]>();
    const versions = byMp.get(response.mpId) ?? [];
    if (versions.length !== response.version - 1) return 'stale';
    byMp.set(response.mpId, [...versions, response]);
    this.versions.set(response.consultationId, byMp);
    this.entries.push(entry);
    return 'recorded';
  }

  async createMeeting(meeting: Meeting, entry: HistoryEntry): Promise<void> {
    if (this.meetingsById.has(meeting.meetingId)) throw new Error(`meeting ${meeting.meetingId} exists already`);
    this.meetingsById.set(meeting.meetingId, meeting);
    this.entries.push(entry);
  }

  async meeting(meetingId: string): Promise<Meeting | undefined> {
    return this.meetingsById.get(meetingId);
  }

  async meetings(request: ListRequest<Meeting>): Promise<ListPage<Meeting>> {
    return newestFirst('MEETINGS', 'MEETING#', (m) => m.meetingId, [...this.meetingsById.values()], request);
  }

  async allMeetings(): Promise<Meeting[]> {
    return [...this.meetingsById.values()];
  }

  async attendee(meetingId: string, mpId: string): Promise<Attendee | undefined> {
    return this.attendeesByMeeting.get(meetingId)?.get(mpId);
  }

  async attendees(meetingId: string): Promise<Attendee[]> {
    return [...(this.attendeesByMeeting.get(meetingId)?.values() ?? [])].sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.mpId.localeCompare(b.mpId));
  }

  async addAttendee(meetingId: string, attendee: Attendee, entry: HistoryEntry): Promise<'added' | 'retiring' | 'attending' | 'full'> {
    const meeting = this.meetingsById.get(meetingId)!;
    const list = this.attendeesByMeeting.get(meetingId) ?? new Map<string, Attendee>();
    if (this.locks.has(attendee.mpId)) return 'retiring';
    if (list.has(attendee.mpId)) return 'attending';
    if (meeting.attendeeCount >= MAX_ATTENDEES) return 'full';
    list.set(attendee.mpId, attendee);
    this.attendeesByMeeting.set(meetingId, list);
    this.meetingsById.set(meetingId, { ...meeting, attendeeCount: meeting.attendeeCount + 1 });
    this.entries.push(entry);
    return 'added';
  }

  async removeAttendee(meetingId: string, mpId: string, entry: HistoryEntry): Promise<'removed' | 'not-attending'> {
    const meeting = this.meetingsById.get(meetingId)!;
    const current = this.attendeesByMeeting.get(meetingId)?.get(mpId);
    if (current === undefined) return 'not-attending';
    this.attendeesByMeeting.get(meetingId)!.delete(mpId);
    this.meetingsById.set(meetingId, {
      ...meeting,
      attendeeCount: meeting.attendeeCount - 1,
      flaggedCount: meeting.flaggedCount - (current.flag === null ? 0 : 1),
    });
    this.entries.push(entry);
    return 'removed';
  }

  async saveFlag(
    meetingId: string,
    { before, after, flaggedDelta }: { before: Attendee; after: Attendee; flaggedDelta: number },
    entry: HistoryEntry,
    delivery: Delivery,
  ): Promise<'saved' | 'stale' | 'duplicate'> {
    const key = `${delivery.consumer}/${delivery.eventId}`;
    if (this.inbox.has(key)) return 'duplicate';
    const current = this.attendeesByMeeting.get(meetingId)?.get(before.mpId);
    if (current === undefined || current.flag?.retirementId !== before.flag?.retirementId) return 'stale';
    const meeting = this.meetingsById.get(meetingId)!;
    this.attendeesByMeeting.get(meetingId)!.set(after.mpId, after);
    this.meetingsById.set(meetingId, { ...meeting, flaggedCount: meeting.flaggedCount + flaggedDelta });
    this.entries.push(entry);
    this.inbox.add(key);
    return 'saved';
  }
}
