import { describe, expect, it } from '@jest/globals';
import { applicationListQuery, applicationsApiQuery, countsApiQuery, filtersOf, readApplicationListView, withStage } from './application-list-view.ts';

describe('readApplicationListView', () => {
  it('reads the stage, the filters and the cursor, ignoring what it does not recognise', () => {
    // Prepare
    const params = new URLSearchParams('stage=part-paid&seatId=w07000041&region=Wales&group=women&purpose=travel&next=abc&colour=red');
    // Act
    const view = readApplicationListView(params);
    // Assess
    expect(view).toStrictEqual({ stage: 'part-paid', seatId: 'W07000041', region: 'Wales', group: 'women', purpose: 'travel', next: 'abc' });
  });

  it('drops a stage, seat, region, group or purpose that does not exist', () => {
    expect(readApplicationListView(new URLSearchParams('stage=lost&seatId=Aldershot&region=Atlantis&group=giants&purpose=yachts'))).toStrictEqual({});
  });

  it('reads back exactly the view its query was written from', () => {
    const view = { stage: 'awaiting-payment', seatId: 'E14000001', region: 'London', group: 'disabled', purpose: 'childcare', next: 'cursor' } as const;
    expect(readApplicationListView(applicationListQuery(view))).toStrictEqual(view);
  });
});

describe('withStage', () => {
  it('keeps the filters, changes the preset and starts from the first page', () => {
    expect([withStage({ stage: 'paid', region: 'Wales', next: 'abc' }, 'rejected'), withStage({ stage: 'paid', group: 'women' }, undefined)]).toStrictEqual([
      { region: 'Wales', stage: 'rejected' },
      { group: 'women' },
    ]);
  });
});

describe('the API queries of a view', () => {
  it('asks for a page with the stage, filters and cursor, and for the counts with the filters alone', () => {
    // Prepare
    const view = { stage: 'paid', region: 'Wales', purpose: 'travel', next: 'abc' } as const;
    // Act
    const queries = { page: applicationsApiQuery(view, 50), counts: countsApiQuery(view), filters: filtersOf(view) };
    // Assess
    expect(queries).toStrictEqual({
      page: { limit: 50, stage: 'paid', region: 'Wales', purpose: 'travel', next: 'abc' },
      counts: { region: 'Wales', purpose: 'travel' },
      filters: { region: 'Wales', purpose: 'travel' },
    });
  });
});
