import { apiRequest, type ApiResponse } from './client';
import { BASE } from './partnerships';

export type CharterStatus = 'draft' | 'proposed' | 'adopted' | 'superseded';

export interface CharterVersion {
  id: number;
  number: number;
  status: CharterStatus;
  mission: string;
  vision: string;
  values: string[];
  created_by_name: string | null;
  created_at: string;
  proposed_at: string | null;
  adopted_at: string | null;
  adopted_by_name: string | null;
  endorsed: number;
  eligible: number;
  my_endorsement_at: string | null;
  version: number;
}

export interface Charter {
  adopted: CharterVersion | null;
  open: CharterVersion | null;
  /** Newest first. */
  versions: CharterVersion[];
}

export interface CharterText {
  mission: string;
  vision: string;
  values: string[];
}

export interface Endorsements {
  endorsed: { membership_id: number; display_name: string; sector: string; endorsed_at: string; note: string | null }[];
  not_endorsed: { membership_id: number; display_name: string; sector: string }[];
}

export interface DiffPiece {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface CharterDiff {
  from: number;
  to: number;
  fields: { field: 'mission' | 'vision' | 'values'; pieces: DiffPiece[] }[];
}

const charter = (id: number) => `${BASE}/${id}/charter`;
const versionPath = (id: number, n: number) => `${charter(id)}/versions/${n}`;

export async function getCharter(id: number, signal?: AbortSignal): Promise<Charter> {
  return (await apiRequest<Charter>(charter(id), { signal })).data;
}

export async function createDraft(id: number, text: CharterText): Promise<CharterVersion> {
  return (await apiRequest<CharterVersion>(`${charter(id)}/versions`, { method: 'POST', body: text })).data;
}

export function updateDraft(
  id: number,
  n: number,
  text: Partial<CharterText>,
  etag: string,
): Promise<ApiResponse<CharterVersion>> {
  return apiRequest<CharterVersion>(versionPath(id, n), { method: 'PATCH', body: text, ifMatch: etag });
}

export async function proposeVersion(id: number, n: number): Promise<CharterVersion> {
  return (await apiRequest<CharterVersion>(`${versionPath(id, n)}/propose`, { method: 'POST', body: {} })).data;
}

export async function adoptVersion(id: number, n: number): Promise<CharterVersion> {
  return (await apiRequest<CharterVersion>(`${versionPath(id, n)}/adopt`, { method: 'POST', body: {} })).data;
}

export async function endorseVersion(id: number, n: number, note: string): Promise<void> {
  await apiRequest<unknown>(`${versionPath(id, n)}/endorsements`, {
    method: 'POST',
    body: note.trim() === '' ? {} : { note: note.trim() },
  });
}

export async function getEndorsements(id: number, n: number, signal?: AbortSignal): Promise<Endorsements> {
  return (await apiRequest<Endorsements>(`${versionPath(id, n)}/endorsements`, { signal })).data;
}

export async function getDiff(id: number, from: number, to: number, signal?: AbortSignal): Promise<CharterDiff> {
  return (await apiRequest<CharterDiff>(`${versionPath(id, to)}/diff?from=${from}`, { signal })).data;
}
