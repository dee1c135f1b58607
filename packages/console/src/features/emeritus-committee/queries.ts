import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import { isProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.ts';

export type Consultation = components['schemas']['Consultation'];
export type Consultee = components['schemas']['Consultee'];
export type ConsultationSummary = components['schemas']['ConsultationSummary'];
export type ResponseHistory = components['schemas']['ConsulteeResponseHistory'];
export type ClauseVMeeting = components['schemas']['ClauseVMeeting'];
export type ClauseVMeetingSummary = components['schemas']['ClauseVMeetingSummary'];
export type ConsultationBody = { title: string; concerns: string; questions: string[]; links: { title: string; url: string }[]; closesOn: string };
export type MeetingBody = { title: string; heldOn: string; place?: string; link?: string };
export type ConsultationStatus = 'open' | 'closed';

/** Query keys of the committee's work, generic to specific, so `committeeKeys.all` refreshes every view after a change. */
export const committeeKeys = {
  all: ['emeritus-committee'] as const,
  consultations: (status: ConsultationStatus | undefined, next: string | undefined) => [...committeeKeys.all, 'consultations', status ?? 'any', next ?? 'first'] as const,
  consultation: (consultationId: string) => [...committeeKeys.all, 'consultation', consultationId] as const,
  response: (consultationId: string, mpId: string) => [...committeeKeys.all, 'response', consultationId, mpId] as const,
  meetings: (next: string | undefined) => [...committeeKeys.all, 'meetings', next ?? 'first'] as const,
  meeting: (meetingId: string) => [...committeeKeys.all, 'meeting', meetingId] as const,
};

const PAGE_SIZE = 20;

export const useConsultations = (status: ConsultationStatus | undefined, next: string | undefined) => {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.consultations(status, next),
    queryFn: async () => (await api.GET('/emeritus/consultations', { params: { query: { limit: PAGE_SIZE, ...(status ? { status } : {}), ...(next ? { next } : {}) } } })).data!,
  });
};

export const useConsultation = (consultationId: string) => {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.consultation(consultationId),
    queryFn: async () => (await api.GET('/emeritus/consultations/{consultationId}', { params: { path: { consultationId } } })).data!,
  });
};

/** A consultee's response with its versions; `null` when none is recorded yet (the API's 404). */
export const useResponse = (consultationId: string, mpId: string) => {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.response(consultationId, mpId),
    queryFn: async (): Promise<ResponseHistory | null> => {
      try {
        return (await api.GET('/emeritus/consultations/{consultationId}/responses/{mpId}', { params: { path: { consultationId, mpId } } })).data!;
      } catch (error) {
        if (isProblem(error, 404)) return null;
        throw error;
      }
    },
  });
};

export const useMeetings = (next: string | undefined) => {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.meetings(next),
    queryFn: async () => (await api.GET('/emeritus/clause-v/meetings', { params: { query: { limit: PAGE_SIZE, ...(next ? { next } : {}) } } })).data!,
  });
};

export const useMeeting = (meetingId: string) => {
  const api = useApi();
  return useQuery({
    queryKey: committeeKeys.meeting(meetingId),
    queryFn: async () => (await api.GET('/emeritus/clause-v/meetings/{meetingId}', { params: { path: { meetingId } } })).data!,
  });
};

/** After any change every consultation and meeting view reads afresh. */
const useCommitteeChange = <In, Out>(change: (api: ApiClient, input: In) => Promise<Out>) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({ mutationFn: (input: In) => change(api, input), onSuccess: () => queries.invalidateQueries({ queryKey: committeeKeys.all }) });
};

export const useOpenConsultation = () => useCommitteeChange(async (api, body: ConsultationBody) => (await api.POST('/emeritus/consultations', { body })).data!);

export const useRecordResponse = (consultationId: string, mpId: string) =>
  useCommitteeChange(async (api, text: string) => (await api.PUT('/emeritus/consultations/{consultationId}/responses/{mpId}', { params: { path: { consultationId, mpId } }, body: { text } })).data!);

export const useCloseConsultation = (consultationId: string) =>
  useCommitteeChange(async (api, _: void) => (await api.POST('/emeritus/consultations/{consultationId}/close', { params: { path: { consultationId } } })).data!);

export const useCreateMeeting = () => useCommitteeChange(async (api, body: MeetingBody) => (await api.POST('/emeritus/clause-v/meetings', { body })).data!);

export const useAddAttendee = (meetingId: string) =>
  useCommitteeChange(async (api, body: { mpId: string; name: string }) => (await api.POST('/emeritus/clause-v/meetings/{meetingId}/attendees', { params: { path: { meetingId } }, body })).data!);

export const useRemoveAttendee = (meetingId: string, mpId: string) =>
  useCommitteeChange(async (api, _: void) => (await api.DELETE('/emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}', { params: { path: { meetingId, mpId } } })).data);

/** Reads a spreadsheet the API makes, with the session's token, as a file to save. */
export const useCommitteeFile = () => {
  const api = useApi();
  return async (file: { consultationId: string } | { meetingId: string }): Promise<Blob> => {
    const answer =
      'consultationId' in file
        ? await api.GET('/emeritus/consultations/{consultationId}/responses.csv', { params: { path: { consultationId: file.consultationId } }, parseAs: 'blob' })
        : await api.GET('/emeritus/clause-v/meetings/{meetingId}/attendees.csv', { params: { path: { meetingId: file.meetingId } }, parseAs: 'blob' });
    return answer.data as Blob;
  };
};
