import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listOpenSelections } from '../api/open-selection-routes.ts';
import { calendarDateOf } from '../domain/dates.ts';
import { openSelectionsMatching } from '../domain/open-selections.ts';
import type { SelectionViewStore } from '../store/selection-view-store.ts';
import { selectionViewStore } from './environment.ts';

export const listOpenSelectionsHandler = (selections: SelectionViewStore): HttpLambdaHandler =>
  httpHandler(listOpenSelections, async ({ query: { search } }) => {
    const { items, total } = openSelectionsMatching(await selections.allSelections(), search, calendarDateOf(new Date()));
    return {
      status: 200,
      body: {
        search,
        total,
        items: items.map(({ selectionId, seatId, seatName, region, opensOn, resultEndsOn }) => ({
          selectionId,
          seatId,
          seatName,
          region,
          // A view recorded before the fund kept the first day says only when the selection closes.
          ...(opensOn === undefined ? {} : { opensOn }),
          closesOn: resultEndsOn,
        })),
      },
    };
  });

export const handler = listOpenSelectionsHandler(selectionViewStore());
