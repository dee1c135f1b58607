import { PlainText } from '@platform/events';
import * as z from 'zod';

/** `{applicationId}`: ids are UUIDs, so anything else is a 400 before any read. */
export const ApplicationPath = z.object({ applicationId: z.uuid() });

/** A reason a person will read: a rejection, a cancelled approval, a withdrawal. */
export const Reason = PlainText(2_000);
