import { randomInt } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';

const cloud = localCloud();

// Every integration file shares one local cloud, so the seat here is new: a code no real seat has (E98…).
const newSeatId = () => `E98${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
const utcDate = (daysFromToday = 0) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

describe('calendar subscriptions through the local cloud', () => {
  it('serves a timetable’s feed to a link with no token, refuses a wrong key, and stops once the link is revoked', async () => {
    // Prepare: a seat and a draft timetable that places it
    const token = await cloud.token('hq-staff', 'staff-calendar-1');
    const seatId = newSeatId();
    const imported = await cloud.request('POST', '/selections/seats/import', {
      token,
      body: `gss_code,name,region\n${seatId},Test Calendar Seat,North West\n`,
      headers: { 'content-type': 'text/csv' },
    });
    const drafted = await cloud.request('POST', '/selections/timetables', {
      token,
      body: { from: utcDate(), expectedElection: utcDate(4 * 365), completeMonthsBefore: 12, weeklyCapacity: 100, blackouts: [] },
    });
    const timetableId = (drafted.body as { id: string }).id;
    // Act
    const created = await cloud.request('POST', `/selections/timetables/${timetableId}/calendar-subscriptions`, { token });
    const { subscriptionId, url } = created.body as { subscriptionId: string; url: string };
    const feed = new URL(url);
    const path = `${feed.pathname}${feed.search}`;
    const polled = await cloud.request('GET', path);
    const wrongKey = await cloud.request('GET', `${feed.pathname}?key=${'A'.repeat(43)}`);
    const listed = await cloud.request('GET', `/selections/timetables/${timetableId}/calendar-subscriptions`, { token });
    const revoked = await cloud.request('DELETE', `/selections/calendar-subscriptions/${subscriptionId}`, { token });
    const afterRevoke = await cloud.request('GET', path);
    // Assess
    expect([imported.status, drafted.status, created.status]).toStrictEqual([200, 201, 201]);
    // The local gateway is http://localhost:<port>, so the link is http:// there (https:// in AWS).
    expect(url).toMatch(new RegExp(`^${cloud.apiUrl}/selections/calendar-feeds/${subscriptionId}/calendar\\.ics\\?key=[A-Za-z0-9_-]{43}$`));
    expect({ status: polled.status, contentType: polled.contentType }).toStrictEqual({ status: 200, contentType: 'text/calendar; charset=utf-8' });
    expect((polled.body as string).startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(polled.body).toContain(`UID:${timetableId}-${seatId}-freeze@selections\r\n`);
    const notFound = {
      status: 404,
      contentType: 'application/problem+json',
      body: {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'there is no calendar feed at this address; the link may have been revoked, so ask HQ staff for a new one',
        instance: feed.pathname,
      },
    };
    expect({ status: wrongKey.status, contentType: wrongKey.contentType, body: wrongKey.body }).toStrictEqual(notFound);
    expect(listed.body).toStrictEqual({ items: [{ subscriptionId, timetableId, createdAt: (created.body as { createdAt: string }).createdAt, createdBy: 'staff-calendar-1' }] });
    expect({ status: revoked.status, revokedBy: (revoked.body as { revokedBy: string }).revokedBy }).toStrictEqual({ status: 200, revokedBy: 'staff-calendar-1' });
    expect({ status: afterRevoke.status, contentType: afterRevoke.contentType, body: afterRevoke.body }).toStrictEqual(notFound);
    // Drafting schedules every seat left unselected in the shared cloud; Jest's default 5 s may not be enough.
  }, 60_000);
});
