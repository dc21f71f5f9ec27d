import type { CharterStatus } from '../../api/charter';
import type { MembershipStatus } from '../../api/members';
import type { Finding, PartnershipRole, PartnershipStatus, Visibility } from '../../api/partnerships';
import type { ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';

export function statusLabel(status: PartnershipStatus): string {
  switch (status) {
    case 'forming':
      return t('partnership.status.forming');
    case 'active':
      return t('partnership.status.active');
    case 'paused':
      return t('partnership.status.paused');
    case 'closed':
      return t('partnership.status.closed');
  }
}

export function visibilityLabel(visibility: Visibility): string {
  return visibility === 'public' ? t('partnership.visibility.public') : t('partnership.visibility.members');
}

export function roleLabel(role: PartnershipRole): string {
  switch (role) {
    case 'lead':
      return t('role.lead');
    case 'coordinator':
      return t('role.coordinator');
    case 'member':
      return t('role.member');
    case 'observer':
      return t('role.observer');
  }
}

export function roleDescription(role: PartnershipRole): string {
  switch (role) {
    case 'lead':
      return t('role.lead.description');
    case 'coordinator':
      return t('role.coordinator.description');
    case 'member':
      return t('role.member.description');
    case 'observer':
      return t('role.observer.description');
  }
}

export function membershipStatusLabel(status: MembershipStatus): string {
  switch (status) {
    case 'invited':
      return t('member.status.invited');
    case 'active':
      return t('member.status.active');
    case 'declined':
      return t('member.status.declined');
    case 'ceased':
      return t('member.status.ceased');
  }
}

export function charterStatusLabel(status: CharterStatus): string {
  switch (status) {
    case 'draft':
      return t('charter.status.draft');
    case 'proposed':
      return t('charter.status.proposed');
    case 'adopted':
      return t('charter.status.adopted');
    case 'superseded':
      return t('charter.status.superseded');
  }
}

export function severityLabel(severity: Finding['severity']): string {
  switch (severity) {
    case 'high':
      return t('finding.severity.high');
    case 'medium':
      return t('finding.severity.medium');
    case 'low':
      return t('finding.severity.low');
  }
}

/** A 0..1 share as a whole percentage, such as "40%". */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return t('common.notApplicable');
  return `${Math.round(share * 100)}%`;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** A YYYY-MM-DD date (or the date of an ISO time) in words, such as "Mar 4, 2025". */
export function formatDate(value: string | null | undefined, empty = t('common.none')): string {
  if (value === null || value === undefined || value === '') return empty;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** Today in UTC as YYYY-MM-DD, the form the API uses for dates. */
export function todayIso(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The ReferenceItem list of the partnership roles, from the catalogue; `withLead` false leaves lead out. */
export function roleOptions(withLead: boolean): ReferenceItem[] {
  const roles: PartnershipRole[] = withLead ? ['lead', 'coordinator', 'member', 'observer'] : ['coordinator', 'member', 'observer'];
  return roles.map((key) => ({ key, label: roleLabel(key) }));
}

export function statusOptions(): ReferenceItem[] {
  return (['forming', 'active', 'paused', 'closed'] as const).map((key) => ({ key, label: statusLabel(key) }));
}

export function membershipStatusOptions(): ReferenceItem[] {
  return (['invited', 'active', 'declined', 'ceased'] as const).map((key) => ({
    key,
    label: membershipStatusLabel(key),
  }));
}

/** Lines of a text area as a list: trimmed, empty lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
