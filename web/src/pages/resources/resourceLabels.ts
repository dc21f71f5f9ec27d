import type { ReferenceItem } from '../../api/reference';
import { evidenceRatings, resourceTypes, type EvidenceRating, type ResourceStatus } from '../../api/resources';
import { t } from '../../i18n';

/** Where the library's pages live in the app. */
export const libraryPaths = {
  search: (query = '') => (query === '' ? '/resources' : `/resources?${query}`),
  topic: (key: string) => `/resources?${new URLSearchParams({ topic: key })}`,
  resource: (id: number) => `/resources/${id}`,
  edit: (id: number) => `/resources/${id}/edit`,
  share: '/resources/new',
  queue: '/resources/queue',
  mine: '/resources/mine',
  /** Import and export, for site admins. */
  files: '/admin/resources',
};

/** "1 resource", "12 resources". */
export function resourceCount(count: number): string {
  return count === 1 ? t('library.results.one') : t('library.results.many', { count });
}

export const typeOptions = (): ReferenceItem[] =>
  resourceTypes.map((key) => ({ key, label: t(`library.type.${key}`) }));

export const evidenceOptions = (): ReferenceItem[] =>
  evidenceRatings.map((key) => ({ key, label: t(`library.evidence.${key}`) }));

/** What a rating says about the evidence, in plain words. */
export function evidenceExplanation(rating: string): string {
  const known = evidenceRatings.find((key) => key === rating);
  return known === undefined ? '' : t(`library.evidence.${known}.explain`);
}

export function isEvidenceRating(value: string): value is EvidenceRating {
  return evidenceRatings.some((key) => key === value);
}

export function statusLabel(status: ResourceStatus): string {
  return t(`library.status.${status}`);
}

/** The plan's status tag colours, which carry the same sense: waiting, done, ended. */
const tagClass: Record<ResourceStatus, string> = {
  submitted: 'in_progress',
  published: 'done',
  rejected: 'cancelled',
};

export function statusTagClass(status: ResourceStatus): string {
  return `usa-tag cg-status-tag cg-status-tag--${tagClass[status]}`;
}

/** The host a link leads to (without "www."), or the link itself when it cannot be read. */
export function hostOf(link: string): string {
  try {
    return new URL(link).hostname.replace(/^www\./, '');
  } catch {
    return link;
  }
}

/** The text of server-rendered HTML, in one line, for a meta description. */
export function plainText(html: string, max = 160): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const text = (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
