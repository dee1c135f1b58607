import type { RouteContract } from '@platform/kit/contract';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from './dead-letter-routes.ts';
import {
  closeConsultation,
  getConsultation,
  getConsultationCsv,
  getConsultationResponse,
  listConsultations,
  openConsultation,
  recordConsultationResponse,
} from './consultation-routes.ts';
import { getHistory } from './history-routes.ts';
import { addAttendee, createMeeting, getAttendeeListCsv, getMeeting, listMeetings, removeAttendee } from './meeting-routes.ts';
import { checkClauseV, getCommittee, getRegister } from './register-routes.ts';
import { announceRetirement, getRetirement, withdrawRetirement } from './retirement-routes.ts';
import { getSettings, putSettings } from './settings-routes.ts';

export {
  closeConsultation,
  getConsultation,
  getConsultationCsv,
  getConsultationResponse,
  listConsultations,
  openConsultation,
  recordConsultationResponse,
} from './consultation-routes.ts';
export { getHistory } from './history-routes.ts';
export { addAttendee, createMeeting, getAttendeeListCsv, getMeeting, listMeetings, removeAttendee } from './meeting-routes.ts';
export { checkClauseV, getCommittee, getRegister } from './register-routes.ts';
export { announceRetirement, getRetirement, withdrawRetirement } from './retirement-routes.ts';
export { getSettings, putSettings } from './settings-routes.ts';

export { getDeadLetter, listDeadLetters, redriveDeadLetters } from './dead-letter-routes.ts';

/** Every route of the emeritus service: all for HQ staff. */
export const routes: readonly RouteContract[] = [
  announceRetirement,
  withdrawRetirement,
  getRetirement,
  getRegister,
  getCommittee,
  checkClauseV,
  getSettings,
  putSettings,
  getHistory,
  openConsultation,
  listConsultations,
  getConsultation,
  closeConsultation,
  recordConsultationResponse,
  getConsultationResponse,
  getConsultationCsv,
  createMeeting,
  listMeetings,
  getMeeting,
  addAttendee,
  removeAttendee,
  getAttendeeListCsv,
  listDeadLetters,
  getDeadLetter,
  redriveDeadLetters,
];
