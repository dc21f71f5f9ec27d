import { apiRequest } from './client';

export interface PublicPartnershipSummary {
  id: number;
  name: string;
  short_name: string | null;
  area_served: string | null;
}

export interface PublicPartnership extends PublicPartnershipSummary {
  area_geojson: unknown;
  mission: string | null;
  vision: string | null;
  values: string[];
  sectors: { sector: string; label: string; members: number }[];
  members: { display_name: string; organization_name: string | null; sector: string }[];
}

const BASE = '/api/v1/public/partnerships';

/** The partnerships anyone may see; needs no session. */
export async function listPublicPartnerships(signal?: AbortSignal): Promise<PublicPartnershipSummary[]> {
  return (await apiRequest<{ items: PublicPartnershipSummary[] }>(BASE, { signal })).data.items;
}

/** A public partnership's profile; members-only partnerships are 404. Needs no session. */
export async function getPublicPartnership(id: number, signal?: AbortSignal): Promise<PublicPartnership> {
  return (await apiRequest<PublicPartnership>(`${BASE}/${id}`, { signal })).data;
}
