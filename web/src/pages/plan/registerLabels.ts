import type { ResourceEntry, ResourceKind, ResourceMeasure, ResourcePeriod, RiskLevel, RiskStatus } from '../../api/planRegisters';
import type { Rating } from '../../api/planReviews';
import type { ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';
import { formatNumber } from './planLabels';

// Words for the registers and reviews: every value is said in words, colour only a second cue.

export function resourceEntryLabel(entry: ResourceEntry): string {
  return entry === 'need' ? t('resource.entry.need') : t('resource.entry.commitment');
}

export function resourceKindLabel(kind: ResourceKind): string {
  switch (kind) {
    case 'funding':
      return t('resource.kind.funding');
    case 'staff_hours':
      return t('resource.kind.staff_hours');
    case 'in_kind':
      return t('resource.kind.in_kind');
  }
}

export function resourcePeriodLabel(period: ResourcePeriod): string {
  switch (period) {
    case 'one_off':
      return t('resource.period.one_off');
    case 'per_week':
      return t('resource.period.per_week');
    case 'per_month':
      return t('resource.period.per_month');
    case 'per_year':
      return t('resource.period.per_year');
  }
}

export function resourceKindOptions(): ReferenceItem[] {
  return (['funding', 'staff_hours', 'in_kind'] as const).map((key) => ({ key, label: resourceKindLabel(key) }));
}

export function resourcePeriodOptions(): ReferenceItem[] {
  return (['one_off', 'per_week', 'per_month', 'per_year'] as const).map((key) => ({ key, label: resourcePeriodLabel(key) }));
}

/** An amount with its unit and period: "25,000 USD a year", "12 laptops" (once). */
export function amountText(amount: number, measure: Pick<ResourceMeasure, 'unit' | 'period'>): string {
  const value = measure.unit.trim() === '' ? formatNumber(amount) : `${formatNumber(amount)} ${measure.unit}`;
  switch (measure.period) {
    case 'one_off':
      return t('resource.amount.one_off', { value });
    case 'per_week':
      return t('resource.amount.per_week', { value });
    case 'per_month':
      return t('resource.amount.per_month', { value });
    case 'per_year':
      return t('resource.amount.per_year', { value });
  }
}

/** What a kind, unit and period of resource is, for a heading or a row: "Funding in USD, every year". */
export function measureText(measure: ResourceMeasure): string {
  return t('resource.measure', {
    kind: resourceKindLabel(measure.kind),
    unit: measure.unit,
    period: periodWords(measure.period),
  });
}

/** How often, in the middle of a sentence: "every year". */
function periodWords(period: ResourcePeriod): string {
  switch (period) {
    case 'one_off':
      return t('resource.every.one_off');
    case 'per_week':
      return t('resource.every.per_week');
    case 'per_month':
      return t('resource.every.per_month');
    case 'per_year':
      return t('resource.every.per_year');
  }
}

export function riskLevelLabel(level: RiskLevel): string {
  switch (level) {
    case 'low':
      return t('risk.level.low');
    case 'medium':
      return t('risk.level.medium');
    case 'high':
      return t('risk.level.high');
  }
}

export function riskStatusLabel(status: RiskStatus): string {
  switch (status) {
    case 'open':
      return t('risk.status.open');
    case 'watching':
      return t('risk.status.watching');
    case 'occurred':
      return t('risk.status.occurred');
    case 'closed':
      return t('risk.status.closed');
  }
}

export function riskStatusOptions(): ReferenceItem[] {
  return (['open', 'watching', 'occurred', 'closed'] as const).map((key) => ({ key, label: riskStatusLabel(key) }));
}

/** 1..5 in words: how likely a risk is. */
export function likelihoodLabel(value: number): string {
  switch (value) {
    case 1:
      return t('risk.likelihood.1');
    case 2:
      return t('risk.likelihood.2');
    case 3:
      return t('risk.likelihood.3');
    case 4:
      return t('risk.likelihood.4');
    default:
      return t('risk.likelihood.5');
  }
}

/** 1..5 in words: how bad it would be. */
export function impactLabel(value: number): string {
  switch (value) {
    case 1:
      return t('risk.impact.1');
    case 2:
      return t('risk.impact.2');
    case 3:
      return t('risk.impact.3');
    case 4:
      return t('risk.impact.4');
    default:
      return t('risk.impact.5');
  }
}

export function ratingLabel(rating: Rating): string {
  switch (rating) {
    case 'on_track':
      return t('review.rating.on_track');
    case 'at_risk':
      return t('review.rating.at_risk');
    case 'off_track':
      return t('review.rating.off_track');
  }
}

/** How good a rating is, for saying whether it got better: higher is better. */
export function ratingRank(rating: Rating): number {
  return rating === 'on_track' ? 2 : rating === 'at_risk' ? 1 : 0;
}

/** A change of a 0..1 share in percentage points, in words: "up 11 points", "no change". */
export function pointsChangeText(change: number | null): string {
  if (change === null || Number.isNaN(change)) return t('review.change.unknown');
  const points = Math.round(change * 100);
  if (points === 0) return t('review.change.none');
  if (points > 0) return points === 1 ? t('review.change.upOne') : t('review.change.up', { points });
  return points === -1 ? t('review.change.downOne') : t('review.change.down', { points: -points });
}

/** A change of a count in words: "2 more", "1 fewer", "no change". */
export function countChangeText(change: number): string {
  if (change === 0) return t('review.change.none');
  return change > 0 ? t('review.change.more', { count: change }) : t('review.change.fewer', { count: -change });
}
