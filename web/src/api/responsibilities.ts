import { apiRequest, type ApiResponse } from './client';
import { BASE } from './partnerships';

export interface Assignment {
  membership_id: number;
  display_name: string;
  note: string | null;
}

export interface Responsibility {
  id: number;
  title: string;
  description: string | null;
  version: number;
  assignments: Assignment[];
}

const path = (id: number) => `${BASE}/${id}/responsibilities`;

export async function listResponsibilities(id: number, signal?: AbortSignal): Promise<Responsibility[]> {
  return (await apiRequest<{ items: Responsibility[] }>(path(id), { signal })).data.items;
}

export async function createResponsibility(
  id: number,
  body: { title: string; description?: string },
): Promise<Responsibility> {
  return (await apiRequest<Responsibility>(path(id), { method: 'POST', body })).data;
}

export function updateResponsibility(
  id: number,
  rid: number,
  body: { title?: string; description?: string | null },
  etag: string,
): Promise<ApiResponse<Responsibility>> {
  return apiRequest<Responsibility>(`${path(id)}/${rid}`, { method: 'PATCH', body, ifMatch: etag });
}

export async function deleteResponsibility(id: number, rid: number): Promise<void> {
  await apiRequest<null>(`${path(id)}/${rid}`, { method: 'DELETE' });
}

export async function assign(id: number, rid: number, memberId: number, note: string): Promise<void> {
  await apiRequest<unknown>(`${path(id)}/${rid}/assignments/${memberId}`, {
    method: 'PUT',
    body: note.trim() === '' ? {} : { note: note.trim() },
  });
}

export async function unassign(id: number, rid: number, memberId: number): Promise<void> {
  await apiRequest<null>(`${path(id)}/${rid}/assignments/${memberId}`, { method: 'DELETE' });
}
