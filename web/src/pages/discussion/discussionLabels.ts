import type { DiscussionAuthor, DiscussionKind, DiscussionStatus, ReportReason } from '../../api/discussion';
import type { ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';

/** Where the discussion pages live in the app. */
export const discussionPaths = {
  board: (id: number) => `/partnerships/${id}/discussion`,
  item: (id: number, itemId: number) => `/partnerships/${id}/discussion/${itemId}`,
};

export function kindLabel(kind: DiscussionKind): string {
  return t(`discussion.kind.${kind}`);
}

export function statusLabel(status: DiscussionStatus): string {
  return t(`discussion.status.${status}`);
}

export function reasonLabel(reason: ReportReason): string {
  return t(`report.reason.${reason}`);
}

/** The plan's status tag colours, which carry the same sense: waiting, being worked on, done, ended. */
const tagClass: Record<DiscussionStatus, string> = {
  open: 'not_started',
  under_consideration: 'in_progress',
  adopted: 'done',
  declined: 'cancelled',
};

export function statusTagClass(status: DiscussionStatus): string {
  return `usa-tag cg-status-tag cg-status-tag--${tagClass[status]}`;
}

/** The author's name, or "Anonymous" for an idea sent without one. */
export function authorName(author: DiscussionAuthor | null): string {
  return author === null ? t('discussion.anonymous') : author.display_name;
}

export function supportsText(count: number): string {
  return count === 1 ? t('discussion.card.supports.one') : t('discussion.card.supports', { count });
}

export function commentsText(count: number): string {
  return count === 1 ? t('discussion.card.comments.one') : t('discussion.card.comments', { count });
}

export const kindOptions = (): ReferenceItem[] => [
  { key: 'idea', label: kindLabel('idea') },
  { key: 'thread', label: kindLabel('thread') },
];

export const statusOptions = (statuses: readonly DiscussionStatus[]): ReferenceItem[] =>
  statuses.map((status) => ({ key: status, label: statusLabel(status) }));
