import { apiRequest, type ApiResponse } from './client';
import type { Upload } from './imports';
import { BASE, type Finding as PartnershipFinding, type PartnershipRole } from './partnerships';

// A partnership's action plan (docs/plan-api.md): goals → objectives → activities, progress that
// rolls up, measurements, what needs attention, CSV export and import, and "my tasks".
// Dates are YYYY-MM-DD; progress values are fractions 0..1; activity percent is 0..100.

export type ActivityStatus = 'not_started' | 'in_progress' | 'done' | 'blocked' | 'cancelled';
export type Direction = 'up' | 'down';
export type Trajectory = 'not_started' | 'no_data' | 'on_track' | 'behind' | 'achieved';
export type ProgressSource = 'measurements' | 'activities' | 'none';
export type ReviewState = 'scheduled' | 'due_soon' | 'overdue';

export const activityStatuses: readonly ActivityStatus[] = ['not_started', 'in_progress', 'done', 'blocked', 'cancelled'];

/** True when the role may shape the plan: goals, objectives, moving, archiving, importing. */
export function canShapePlan(role: PartnershipRole | null): boolean {
  return role === 'lead' || role === 'coordinator';
}

/** True when the role may add activities, change their status and progress, and measure. */
export function canWorkOnPlan(role: PartnershipRole | null): boolean {
  return canShapePlan(role) || role === 'member';
}

/** Done and cancelled activities are closed: never overdue, and they need no owner. */
export function isClosed(status: ActivityStatus): boolean {
  return status === 'done' || status === 'cancelled';
}

export interface ActivityOwner {
  membership_id: number;
  display_name: string;
}

export interface Activity {
  id: number;
  objective_id: number | null;
  parent_activity_id: number | null;
  title: string;
  description: string | null;
  start_on: string | null;
  due_on: string | null;
  status: ActivityStatus;
  percent: number;
  resources_needed: string | null;
  rationale: string | null;
  expected_outcome: string | null;
  owners: ActivityOwner[];
  organizations: { id: number; name: string }[];
  position: number;
  archived: boolean;
  overdue: boolean;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Objective {
  id: number;
  goal_id: number;
  title: string;
  indicator: string;
  unit: string;
  baseline: number;
  target: number;
  direction: Direction;
  start_on: string;
  target_on: string;
  weight: number;
  position: number;
  archived: boolean;
  version: number;
  /** 0..1; null when there is nothing to measure it by. */
  progress: number | null;
  progress_source: ProgressSource;
  /** Where the straight line from baseline to target says progress should be today. */
  expected: number;
  trajectory: Trajectory;
  latest: { on: string; value: number } | null;
  activity_counts: { total: number; done: number; overdue: number };
  /** In position order; sub-activities follow with `parent_activity_id` set. */
  activities: Activity[];
}

export interface Goal {
  id: number;
  title: string;
  rationale: string | null;
  position: number;
  archived: boolean;
  version: number;
  /** 0..1, objectives weighted; null when none of them has progress. */
  progress: number | null;
  objectives_behind: number;
  objectives: Objective[];
}

/** A goal as POST and PATCH answer it: without its objectives. */
export type GoalItem = Omit<Goal, 'objectives'> & Partial<Pick<Goal, 'objectives'>>;
/** An objective as POST and PATCH answer it, which may leave out its activities. */
export type ObjectiveItem = Omit<Objective, 'activities'> & Partial<Pick<Objective, 'activities'>>;

export interface PlanReview {
  due_on: string;
  state: ReviewState;
  days_overdue: number;
}

export interface Plan {
  partnership_id: number;
  /** 0..1; null when nothing has progress yet. */
  progress: number | null;
  counts: { activities: number; done: number; overdue: number; blocked: number };
  /** Null while the plan has no goals. */
  review: PlanReview | null;
  goals: Goal[];
  /** Activities under no objective. */
  unfiled_activities: Activity[];
}

export interface Measurement {
  id: number;
  on: string;
  value: number;
  note: string | null;
  /** Who recorded it: the contract says a user id; see recorderName(). */
  recorded_by: unknown;
  created_at: string;
}

export interface Finding extends PartnershipFinding {
  activity_ids?: number[] | null;
  objective_id?: number | null;
  membership_id?: number | null;
  /** `risk_occurred`, `risk_unplanned`: the risk it is about. */
  risk_id?: number | null;
  /** `resources_unused`: the commitments it is about. */
  resource_ids?: number[] | null;
}

/** An activity the signed-in person owns, with the partnership it belongs to. */
export interface Task extends Activity {
  partnership: { id: number; name: string };
}

export interface GoalChanges {
  title?: string;
  rationale?: string | null;
  position?: number;
  archived?: boolean;
}

export interface ObjectiveChanges {
  goal_id?: number;
  title?: string;
  indicator?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  direction?: Direction;
  start_on?: string;
  target_on?: string;
  weight?: number;
  position?: number;
  archived?: boolean;
}

export interface ActivityChanges {
  objective_id?: number | null;
  parent_activity_id?: number | null;
  title?: string;
  description?: string | null;
  start_on?: string | null;
  due_on?: string | null;
  status?: ActivityStatus;
  percent?: number;
  resources_needed?: string | null;
  rationale?: string | null;
  expected_outcome?: string | null;
  owner_ids?: number[];
  organization_ids?: number[];
  position?: number;
  archived?: boolean;
}

/** What an import did, or would do on a dry run: counts by kind of item. */
export interface ImportResult {
  created: Record<string, number>;
  updated: Record<string, number>;
}

const plan = (id: number) => `${BASE}/${id}/plan`;

export async function getPlan(id: number, withArchived: boolean, signal?: AbortSignal): Promise<Plan> {
  const query = withArchived ? '?archived=include' : '';
  return (await apiRequest<Plan>(`${plan(id)}${query}`, { signal })).data;
}

export async function getPlanAttention(id: number, signal?: AbortSignal): Promise<Finding[]> {
  return (await apiRequest<{ findings: Finding[] }>(`${plan(id)}/attention`, { signal })).data.findings;
}

// ---- Goals and objectives (leads and coordinators) -------------------------------------------

export function createGoal(id: number, body: { title: string; rationale?: string }): Promise<ApiResponse<GoalItem>> {
  return apiRequest<GoalItem>(`${plan(id)}/goals`, { method: 'POST', body });
}

export function updateGoal(id: number, goalId: number, changes: GoalChanges, etag: string): Promise<ApiResponse<GoalItem>> {
  return apiRequest<GoalItem>(`${plan(id)}/goals/${goalId}`, { method: 'PATCH', body: changes, ifMatch: etag });
}

export type NewObjective = Required<Omit<ObjectiveChanges, 'position' | 'archived' | 'weight'>> & { weight?: number };

export function createObjective(id: number, body: NewObjective): Promise<ApiResponse<ObjectiveItem>> {
  return apiRequest<ObjectiveItem>(`${plan(id)}/objectives`, { method: 'POST', body });
}

export function updateObjective(
  id: number,
  objectiveId: number,
  changes: ObjectiveChanges,
  etag: string,
): Promise<ApiResponse<ObjectiveItem>> {
  return apiRequest<ObjectiveItem>(`${plan(id)}/objectives/${objectiveId}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: etag,
  });
}

// ---- Activities (leads, coordinators and members) --------------------------------------------

export type NewActivity = Omit<ActivityChanges, 'position' | 'archived'> & { title: string };

export function createActivity(id: number, body: NewActivity): Promise<ApiResponse<Activity>> {
  return apiRequest<Activity>(`${plan(id)}/activities`, { method: 'POST', body });
}

export function getActivity(id: number, activityId: number, signal?: AbortSignal): Promise<ApiResponse<Activity>> {
  return apiRequest<Activity>(`${plan(id)}/activities/${activityId}`, { signal });
}

export function updateActivity(
  id: number,
  activityId: number,
  changes: ActivityChanges,
  etag: string,
): Promise<ApiResponse<Activity>> {
  return apiRequest<Activity>(`${plan(id)}/activities/${activityId}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: etag,
  });
}

/** Sets the status (and percent) of every activity named, or of none (400 names an unknown id). */
export async function bulkStatus(
  id: number,
  body: { activity_ids: number[]; status: ActivityStatus; percent?: number },
): Promise<{ updated: number; items: Activity[] }> {
  return (
    await apiRequest<{ updated: number; items: Activity[] }>(`${plan(id)}/activities/bulk-status`, {
      method: 'POST',
      body,
    })
  ).data;
}

// ---- Measurements ------------------------------------------------------------------------------

const measurements = (id: number, objectiveId: number) => `${plan(id)}/objectives/${objectiveId}/measurements`;

/** Oldest first. */
export async function listMeasurements(id: number, objectiveId: number, signal?: AbortSignal): Promise<Measurement[]> {
  return (await apiRequest<{ items: Measurement[] }>(measurements(id, objectiveId), { signal })).data.items;
}

export async function recordMeasurement(
  id: number,
  objectiveId: number,
  body: { on: string; value: number; note?: string },
): Promise<Measurement> {
  return (await apiRequest<Measurement>(measurements(id, objectiveId), { method: 'POST', body })).data;
}

export async function deleteMeasurement(id: number, objectiveId: number, measurementId: number): Promise<void> {
  await apiRequest<null>(`${measurements(id, objectiveId)}/${measurementId}`, { method: 'DELETE' });
}

/** The name of who recorded a measurement, whether the server sends a name or a person. */
export function recorderName(measurement: Measurement): string | null {
  const by = measurement.recorded_by;
  if (typeof by === 'string' && by !== '') return by;
  if (typeof by === 'object' && by !== null) {
    const record = by as Record<string, unknown>;
    for (const key of ['display_name', 'name']) if (typeof record[key] === 'string') return record[key];
  }
  return null;
}

// ---- CSV ---------------------------------------------------------------------------------------

/** The address of the whole plan as CSV, for a download link. */
export function planExportUrl(id: number): string {
  return `${plan(id)}/export.csv`;
}

/** Imports a CSV file in the export's format; `dryRun` checks it and writes nothing. */
export async function importPlan(id: number, upload: Upload, dryRun: boolean): Promise<ImportResult> {
  const query = dryRun ? '?dry_run=true' : '';
  return (
    await apiRequest<ImportResult>(`${plan(id)}/import${query}`, {
      method: 'POST',
      text: { content: upload.text, type: upload.mediaType },
    })
  ).data;
}

// ---- My tasks ----------------------------------------------------------------------------------

/** Activities the signed-in person owns, overdue first; `withClosed` adds done and cancelled ones. */
export async function listMyTasks(withClosed: boolean, signal?: AbortSignal): Promise<Task[]> {
  const query = withClosed ? '?include=closed' : '';
  return (await apiRequest<{ items: Task[] }>(`/api/v1/me/tasks${query}`, { signal })).data.items;
}
