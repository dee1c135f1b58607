import type { RouteContract } from '../http/route-contract.ts';

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A route's `operationId`, from its method and path (route keys are unique, so these are): the method,
 * then each segment in camel case, a `{parameter}` as `By<Parameter>`.
 *
 * @example
 * ```ts
 * operationIdOf({ method: 'GET', path: '/fund/donations/{donationId}' }); // 'getFundDonationsByDonationId'
 * operationIdOf({ method: 'GET', path: '/selections/timetables/{timetableId}/calendar.csv' }); // 'getSelectionsTimetablesByTimetableIdCalendarCsv'
 * ```
 */
export const operationIdOf = ({ method, path }: Pick<RouteContract, 'method' | 'path'>): string =>
  method.toLowerCase() +
  path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
      const words = (parameter ?? segment).split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
      return (parameter === undefined ? '' : 'By') + words.map(capitalised).join('');
    })
    .join('');
