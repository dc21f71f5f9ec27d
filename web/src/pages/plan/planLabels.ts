import type {
  Activity,
  ActivityStatus,
  Direction,
  ObjectiveItem,
  PlanReview,
  ProgressSource,
  Trajectory,
} from '../../api/plan';
import type { ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';
import { formatDate, percent, todayIso } from '../partnerships/labels';

export function activityStatusLabel(status: ActivityStatus): string {
  switch (status) {
    case 'not_started':
      return t('activity.status.not_started');
    case 'in_progress':
      return t('activity.status.in_progress');
    case 'done':
      return t('activity.status.done');
    case 'blocked':
      return t('activity.status.blocked');
    case 'cancelled':
      return t('activity.status.cancelled');
  }
}

export function activityStatusOptions(): ReferenceItem[] {
  return (['not_started', 'in_progress', 'done', 'blocked', 'cancelled'] as const).map((key) => ({
    key,
    label: activityStatusLabel(key),
  }));
}

export function trajectoryLabel(trajectory: Trajectory): string {
  switch (trajectory) {
    case 'not_started':
      return t('trajectory.not_started');
    case 'no_data':
      return t('trajectory.no_data');
    case 'on_track':
      return t('trajectory.on_track');
    case 'behind':
      return t('trajectory.behind');
    case 'achieved':
      return t('trajectory.achieved');
  }
}

/** What the trajectory means for this objective, in plain words. */
export function trajectoryExplanation(objective: ObjectiveItem): string {
  const vars = {
    progress: percent(objective.progress),
    expected: percent(objective.expected),
    start: formatDate(objective.start_on),
    target: formatDate(objective.target_on),
  };
  switch (objective.trajectory) {
    case 'not_started':
      return t('trajectory.not_started.explain', vars);
    case 'no_data':
      return t('trajectory.no_data.explain', vars);
    case 'on_track':
      return t('trajectory.on_track.explain', vars);
    case 'behind':
      return t('trajectory.behind.explain', vars);
    case 'achieved':
      return t('trajectory.achieved.explain', vars);
  }
}

export function progressSourceText(source: ProgressSource): string {
  switch (source) {
    case 'measurements':
      return t('objective.source.measurements');
    case 'activities':
      return t('objective.source.activities');
    case 'none':
      return t('objective.source.none');
  }
}

export function directionLabel(direction: Direction): string {
  return direction === 'up' ? t('objective.direction.up') : t('objective.direction.down');
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A measured value as people write it: "1,250", "3.5". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A value with its unit: "34 per month", "12%". */
export function withUnit(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)}%`;
  return unit === '' ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}

/** Whole days from today (UTC) to `date`; negative when it has passed. */
export function daysFromToday(date: string): number {
  const day = Date.parse(`${date}T00:00:00Z`);
  const today = Date.parse(`${todayIso()}T00:00:00Z`);
  return Math.round((day - today) / 86_400_000);
}

/** When the activity is due, saying "overdue" in words when it is. */
export function dueText(activity: Pick<Activity, 'due_on' | 'overdue' | 'status'>): string {
  if (activity.due_on === null) return t('activity.due.none');
  if (activity.overdue) {
    const days = -daysFromToday(activity.due_on);
    return days === 1
      ? t('activity.due.overdueOne', { date: formatDate(activity.due_on) })
      : t('activity.due.overdue', { date: formatDate(activity.due_on), days: Math.max(days, 0) });
  }
  return t('activity.due.on', { date: formatDate(activity.due_on) });
}

/** The people who own the activity, or that nobody does. */
export function ownersText(activity: Pick<Activity, 'owners'>): string {
  return activity.owners.length === 0
    ? t('activity.owners.none')
    : activity.owners.map((owner) => owner.display_name).join(', ');
}

/** When the plan is next reviewed, and whether that is soon or late. */
export function reviewText(review: PlanReview | null): string {
  if (review === null) return t('plan.review.none');
  const date = formatDate(review.due_on);
  switch (review.state) {
    case 'scheduled':
      return t('plan.review.scheduled', { date });
    case 'due_soon': {
      const days = daysFromToday(review.due_on);
      return days <= 0 ? t('plan.review.dueToday', { date }) : t('plan.review.dueSoon', { date, days });
    }
    case 'overdue':
      return review.days_overdue === 1
        ? t('plan.review.overdueOne', { date })
        : t('plan.review.overdue', { date, days: review.days_overdue });
  }
}

/** Counts by kind of item ({"goals": 1, "activities": 3}) in words; "nothing" when all are 0. */
export function countsText(counts: unknown): string {
  if (typeof counts === 'number') return t('plan.import.items', { count: counts });
  if (typeof counts !== 'object' || counts === null) return t('plan.import.nothing');
  const parts: string[] = [];
  for (const [kind, count] of Object.entries(counts as Record<string, unknown>)) {
    if (typeof count !== 'number' || count === 0) continue;
    parts.push(kindCount(kind, count));
  }
  return parts.length === 0 ? t('plan.import.nothing') : parts.join(', ');
}

function kindCount(kind: string, count: number): string {
  switch (kind) {
    case 'goals':
    case 'goal':
      return t('plan.import.goals', { count });
    case 'objectives':
    case 'objective':
      return t('plan.import.objectives', { count });
    case 'activities':
    case 'activity':
      return t('plan.import.activities', { count });
    default:
      return `${count} ${kind}`;
  }
}
