import { describe, expect, it } from '@jest/globals';
import { httpEvent } from '@platform/kit/testing';
import { apiBaseUrl, calendarFeedUrl } from '../src/handlers/calendar-feed-url.ts';

const on = (domainName: string) => {
  const event = httpEvent();
  return { ...event, requestContext: { ...event.requestContext, domainName } };
};

describe('apiBaseUrl', () => {
  it('is http:// on a loopback host (the local cloud), with its port', () => {
    expect(['localhost:3300', 'LOCALHOST:80', '127.0.0.1:4000', '[::1]:5000', 'localhost'].map((host) => apiBaseUrl(on(host)))).toStrictEqual([
      'http://localhost:3300',
      'http://LOCALHOST:80',
      'http://127.0.0.1:4000',
      'http://[::1]:5000',
      'http://localhost',
    ]);
  });

  it('is https:// on any other host, including one that merely starts with localhost', () => {
    expect(['api-id.execute-api.eu-west-2.amazonaws.com', 'api.example.org', 'localhost.example.org', '127.0.0.1.example.org'].map((host) => apiBaseUrl(on(host)))).toStrictEqual([
      'https://api-id.execute-api.eu-west-2.amazonaws.com',
      'https://api.example.org',
      'https://localhost.example.org',
      'https://127.0.0.1.example.org',
    ]);
  });
});

describe('calendarFeedUrl', () => {
  it('puts the id in its own path segment and the key in the query', () => {
    const key = 'abc_DEF-123';
    expect(calendarFeedUrl(on('api.example.org'), '0f8e3c1a-5d2b-4c7e-9a10-3b6d2e4f5a61', key)).toBe(
      'https://api.example.org/selections/calendar-feeds/0f8e3c1a-5d2b-4c7e-9a10-3b6d2e4f5a61/calendar.ics?key=abc_DEF-123',
    );
  });
});
