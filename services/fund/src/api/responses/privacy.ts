import * as z from 'zod';
import type { ErasureRecord } from '../../domain/erasure.ts';
import type { PrivacyPolicy } from '../../domain/privacy-policy.ts';
import { CandidateApplicationResponse } from './application.ts';

/** `GET /fund/privacy`: the retention policy as data. */
export const PrivacyPolicyResponse = z
  .strictObject({
    retentionMonths: z.int().positive(),
    specialCategoryFields: z.array(z.enum(['groups', 'describedAs', 'statement'])),
    retentionStarts: z.string(),
    kept: z.array(z.string()),
    backupRetentionDays: z.int().positive(),
    backups: z.string(),
    rights: z.strictObject({ erasure: z.string(), copy: z.string() }),
    summary: z.string(),
  })
  .meta({
    id: 'PrivacyPolicy',
    description: 'How long the special category data of an application is kept, what erasure keeps, and how a candidate gets a copy or has it erased.',
  }) satisfies z.ZodType<PrivacyPolicy>;

/** One audit record of an erasure: never the data itself. */
export const ErasureRecordResponse = z
  .strictObject({
    erasureId: z.uuid(),
    applicationId: z.uuid(),
    data: z.literal('special-category'),
    fields: z.array(z.enum(['groups', 'describedAs', 'statement'])),
    at: z.iso.datetime(),
    reason: z.enum(['retention-period-ended', 'candidate-request', 'request-on-behalf']),
    by: z.string().min(1).meta({ description: '`schedule`, or the id of the candidate or finance user who erased.' }),
    note: z.string().optional().meta({ description: "Finance's note of the request it acted on." }),
    withdrawn: z.boolean().meta({ description: 'Whether the undecided application was withdrawn first.' }),
  })
  .meta({ id: 'ErasureRecord', description: 'What kind of data was erased from which application, when, why and by whom.' }) satisfies z.ZodType<ErasureRecord>;

/** `GET /fund/erasures`: a page of the audit. */
export const ErasurePageResponse = z
  .strictObject({ items: z.array(ErasureRecordResponse), next: z.string().nullable().meta({ description: 'Pass as `next` for the following page.' }) })
  .meta({ id: 'ErasurePage', description: 'A page of erasures, oldest first.' });

/** `GET /fund/applications/mine/export`: everything the platform holds about the caller. */
export const MyDataExportResponse = z
  .strictObject({
    exportedAt: z.iso.datetime(),
    candidateId: z.string().min(1),
    applications: z.array(CandidateApplicationResponse),
    erasures: z.array(ErasureRecordResponse.omit({ note: true, by: true })).meta({ description: 'The erasures of their applications’ data.' }),
  })
  .meta({ id: 'MyDataExport', description: 'The candidate’s applications, their histories and the special category data not yet erased.' });
