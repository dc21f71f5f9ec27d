import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, type FieldError } from '../../api/client';
import {
  addComment,
  canTakePart,
  discussionStatuses,
  getItem,
  hide,
  report,
  reportReasons,
  setStatus,
  setSupport,
  type DiscussionComment,
  type DiscussionStatus,
  type DiscussionThread,
  type ReportReason,
  type StatusChange,
} from '../../api/discussion';
import type { Partnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { Checkbox, RadioGroup, choiceId } from '../../components/ChoiceGroup';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FlashMessage } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { formatDateTime } from '../../components/formatTime';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { formatDate } from '../partnerships/labels';
import { PartnershipItemFrame } from '../partnerships/PartnershipFrame';
import { useActionStatus, type ActionStatus } from '../meetings/useActionStatus';
import { planPaths } from '../plan/planPaths';
import { useLoad, useMembers } from '../plan/useLoad';
import {
  authorName,
  discussionPaths,
  kindLabel,
  reasonLabel,
  statusLabel,
  statusOptions,
  statusTagClass,
  supportsText,
} from './discussionLabels';

/** /partnerships/:id/discussion/:itemId: one idea or thread, its comments, and moving it along. */
export function DiscussionItemPage() {
  return (
    <PartnershipItemFrame
      param="itemId"
      title={() => t('discussionItem.title')}
      documentTitle={(partnership) => t('discussionItem.documentTitle', { name: partnership.name })}
    >
      {({ partnership }, itemId) => <ItemLoader key={itemId} partnership={partnership} itemId={itemId} />}
    </PartnershipItemFrame>
  );
}

function ItemLoader({ partnership, itemId }: { partnership: Partnership; itemId: number }) {
  const id = partnership.id;
  const loaded = useLoad(async (signal) => (await getItem(id, itemId, signal)).data, `${id}/${itemId}`);
  return (
    <>
      <BackLink to={discussionPaths.board(id)}>{t('discussionItem.back')}</BackLink>
      <FlashMessage />
      {loaded.error !== null && (
        <Alert type="error">{loaded.error.status === 404 ? t('discussionItem.notFound') : loaded.error.problem.detail}</Alert>
      )}
      {loaded.data === null && loaded.error === null && <p role="status">{t('common.loading')}</p>}
      {loaded.data !== null && <Item partnership={partnership} initial={loaded.data} />}
    </>
  );
}

function Item({ partnership, initial }: { partnership: Partnership; initial: DiscussionThread }) {
  const id = partnership.id;
  const [thread, setThread] = useState(initial);
  const [reporting, setReporting] = useState(false);
  const status = useActionStatus();
  const moderator = thread.viewer?.moderator ?? false;
  const participant = canTakePart(partnership.my_role);
  const reports = thread.open_reports ?? 0;

  /** Runs a change that answers the item, then says so (or what went wrong) in `where`. */
  async function act(where: ActionStatus, change: () => Promise<{ data: DiscussionThread }>, message: string) {
    where.clear();
    try {
      setThread((await change()).data);
      where.succeed(message);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      where.fail(caught);
    }
  }

  return (
    <>
      {status.view}
      <article aria-labelledby="discussion-item-heading">
        <h2 id="discussion-item-heading">
          {thread.title}{' '}
          <span className={statusTagClass(thread.status)}>{statusLabel(thread.status)}</span>
          {thread.hidden && (
            <>
              {' '}
              <span className="usa-tag cg-status-tag cg-status-tag--blocked">{t('discussion.hiddenTag')}</span>
            </>
          )}
        </h2>
        {thread.hidden && !moderator ? (
          <p>{t('discussion.hiddenText')}</p>
        ) : thread.body === '' ? (
          <p className="usa-hint">{t('discussionItem.noBody')}</p>
        ) : (
          <p className="cg-prewrap">{thread.body}</p>
        )}
        {thread.hidden && moderator && <Alert type="info">{t('discussion.hiddenText')}</Alert>}
        {thread.anonymous && <p className="usa-hint">{t('discussionItem.anonymousNote')}</p>}
        <dl className="cg-summary">
          <div className="cg-summary__row">
            <dt>{t('discussionItem.kind')}</dt>
            <dd>{kindLabel(thread.kind)}</dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('discussionItem.author')}</dt>
            <dd>{authorName(thread.author)}</dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('discussionItem.started')}</dt>
            <dd>{thread.anonymous ? formatDate(thread.created_at) : formatDateTime(thread.created_at)}</dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('discussionItem.status')}</dt>
            <dd>
              {statusLabel(thread.status)}
              {thread.status_reason !== null && (
                <span className="cg-block">
                  {thread.status === 'declined'
                    ? t('discussionItem.declinedBecause', { reason: thread.status_reason })
                    : t('discussionItem.statusReason', { reason: thread.status_reason })}
                </span>
              )}
            </dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('discussionItem.supporters')}</dt>
            <dd>{supportsText(thread.supports)}</dd>
          </div>
          {moderator && (
            <div className="cg-summary__row">
              <dt>{t('discussionItem.reports')}</dt>
              <dd>{reports}</dd>
            </div>
          )}
        </dl>
        {thread.activity_id !== null && (
          <p>
            {t('discussionItem.activity')}{' '}
            <Link className="usa-link" to={planPaths.activity(id, thread.activity_id)}>
              {t('discussionItem.activity.link')}
            </Link>
          </p>
        )}
        {participant && !thread.hidden && (
          <div className="cg-actions">
            <button
              type="button"
              className={thread.supported_by_me ? 'usa-button' : 'usa-button usa-button--outline'}
              aria-pressed={thread.supported_by_me}
              onClick={() => {
                const supporting = !thread.supported_by_me;
                void act(
                  status,
                  () => setSupport(id, thread.id, supporting),
                  supporting ? t('discussionItem.supported') : t('discussionItem.withdrawn'),
                );
              }}
            >
              {t('discussionItem.support')}
            </button>
            {!thread.mine && !reporting && (
              <button type="button" className="usa-button usa-button--outline" onClick={() => setReporting(true)}>
                {t('report.open.item')}
              </button>
            )}
            {moderator && !thread.mine && (
              <ConfirmButton
                label={t('hide.item')}
                question={t('hide.item.question')}
                confirmLabel={t('hide.confirm')}
                cancelLabel={t('form.cancel')}
                danger
                onConfirm={() => void act(status, () => hide(id, thread.id, null), t('hide.itemDone'))}
              />
            )}
          </div>
        )}
        {participant && !thread.hidden && thread.supported_by_me && <p className="usa-hint">{t('discussionItem.supportedHint')}</p>}
        {reporting && (
          <ReportForm
            idPrefix="item-report"
            heading={t('report.heading.item')}
            onSend={async (reason) => {
              await report(id, thread.id, null, reason);
              setReporting(false);
              status.succeed(t('report.sent'));
            }}
            onCancel={() => setReporting(false)}
            onStart={status.clear}
          />
        )}
      </article>
      {moderator && (
        <ModerationForm
          key={thread.version}
          partnershipId={id}
          thread={thread}
          onSaved={(saved, message) => {
            setThread(saved);
            status.succeed(message);
          }}
        />
      )}
      <Comments partnership={partnership} thread={thread} moderator={moderator} participant={participant} onChange={setThread} />
    </>
  );
}

interface CommentsProps {
  partnership: Partnership;
  thread: DiscussionThread;
  moderator: boolean;
  participant: boolean;
  onChange: (thread: DiscussionThread) => void;
}

function Comments({ partnership, thread, moderator, participant, onChange }: CommentsProps) {
  const id = partnership.id;
  const status = useActionStatus();
  const [reporting, setReporting] = useState<number | null>(null);

  async function hideComment(comment: DiscussionComment) {
    status.clear();
    try {
      onChange((await hide(id, thread.id, comment.id)).data);
      status.succeed(t('hide.commentDone'));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      status.fail(caught);
    }
  }

  return (
    <section className="cg-section" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.heading', { count: thread.comment_list.length })}</h2>
      {status.view}
      {thread.comment_list.length === 0 ? (
        <p>{t('comments.none')}</p>
      ) : (
        <ol className="usa-list usa-list--unstyled cg-reviews">
          {thread.comment_list.map((comment) => {
            const name = authorName(comment.author);
            const reports = comment.open_reports ?? 0;
            return (
              <li key={comment.id} className="cg-review-card" id={`comment-${comment.id}`}>
                <p className="cg-review-card__meta">
                  <strong>{t('comments.by', { name, when: formatDateTime(comment.created_at) })}</strong>
                  {comment.hidden && <span className="usa-tag cg-status-tag cg-status-tag--blocked">{t('discussion.hiddenTag')}</span>}
                  {moderator && reports > 0 && <span>{t('comments.reports', { count: reports })}</span>}
                </p>
                {comment.hidden && !moderator ? (
                  <p>{t('discussion.hiddenText')}</p>
                ) : (
                  <p className="cg-prewrap">{comment.body}</p>
                )}
                {comment.hidden && moderator && <p className="usa-hint">{t('discussion.hiddenText')}</p>}
                {!comment.hidden && !comment.mine && (participant || moderator) && reporting !== comment.id && (
                  <div className="cg-row-actions">
                    {participant && (
                      <button
                        type="button"
                        className="usa-button usa-button--outline cg-small-button"
                        aria-label={t('report.open.comment', { name })}
                        onClick={() => setReporting(comment.id)}
                      >
                        {t('report.open')}
                      </button>
                    )}
                    {moderator && (
                      <ConfirmButton
                        label={t('hide.comment')}
                        accessibleLabel={t('hide.comment.label', { name })}
                        question={t('hide.comment.question')}
                        confirmLabel={t('hide.confirm')}
                        cancelLabel={t('form.cancel')}
                        danger
                        onConfirm={() => void hideComment(comment)}
                      />
                    )}
                  </div>
                )}
                {reporting === comment.id && (
                  <ReportForm
                    idPrefix={`comment-report-${comment.id}`}
                    heading={t('report.heading.comment')}
                    onSend={async (reason) => {
                      await report(id, thread.id, comment.id, reason);
                      setReporting(null);
                      status.succeed(t('report.sent'));
                    }}
                    onCancel={() => setReporting(null)}
                    onStart={status.clear}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {participant && !thread.hidden && (
        <CommentForm
          onAdd={async (text) => {
            const { data } = await addComment(id, thread.id, text);
            onChange(data);
            status.succeed(t('comments.added'));
          }}
          onStart={status.clear}
        />
      )}
    </section>
  );
}

const commentId = 'comment-body';

/** "Add a comment". */
function CommentForm({ onAdd, onStart }: { onAdd: (text: string) => Promise<void>; onStart: () => void }) {
  const [text, setText] = useState('');
  const form = useFormSubmit(onStart);
  const fields = { body: { id: commentId, label: t('comments.add.field') } };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') {
      form.reject([{ field: 'body', message: t('comments.add.error.empty') }]);
      return;
    }
    void form.send(async () => {
      await onAdd(trimmed);
      setText('');
    });
  }

  return (
    <div className="cg-editor">
      <h3 id="comment-form-heading">{t('comments.add.heading')}</h3>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <form className="usa-form usa-form--large" noValidate aria-labelledby="comment-form-heading" onSubmit={handleSubmit}>
        <TextAreaField
          id={commentId}
          label={t('comments.add.field')}
          necessity="required"
          value={text}
          onChange={setText}
          error={form.messages.body}
        />
        <button type="submit" className="usa-button">
          {t('comments.add.submit')}
        </button>
      </form>
    </div>
  );
}

interface ReportFormProps {
  idPrefix: string;
  heading: string;
  onSend: (reason: ReportReason) => Promise<void>;
  onCancel: () => void;
  onStart: () => void;
}

/** "Report": what is wrong with it, from the fixed list of reasons. */
function ReportForm({ idPrefix, heading, onSend, onCancel, onStart }: ReportFormProps) {
  const [reason, setReason] = useState('');
  const form = useFormSubmit(onStart);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const reasonId = `${idPrefix}-reason`;
  const headingId = `${idPrefix}-heading`;
  const fields = { reason: { id: choiceId(reasonId, reportReasons[0]!), label: t('report.reason') } };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (reason === '') {
      form.reject([{ field: 'reason', message: t('report.error.reason') }]);
      return;
    }
    void form.send(() => onSend(reason as ReportReason));
  }

  return (
    <div className="cg-editor">
      <h3 id={headingId} className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <form className="usa-form usa-form--large" noValidate aria-labelledby={headingId} onSubmit={handleSubmit}>
        <RadioGroup
          id={reasonId}
          legend={t('report.reason')}
          hint={t('report.reason.hint')}
          options={reportReasons.map((key) => ({ key, label: reasonLabel(key) }))}
          value={reason}
          onChange={setReason}
          error={form.messages.reason}
        />
        <FormActions submitLabel={t('report.submit')} cancel={onCancel} />
      </form>
    </div>
  );
}

interface ModerationValues {
  status: string;
  reason: string;
  addActivity: boolean;
  title: string;
  owner: string;
  due_on: string;
}

const moderationIds = {
  status: 'moderation-status',
  reason: 'moderation-reason',
  addActivity: 'moderation-add-activity',
  title: 'moderation-activity-title',
  owner_ids: 'moderation-activity-owner',
  due_on: 'moderation-activity-due',
};

interface ModerationFormProps {
  partnershipId: number;
  thread: DiscussionThread;
  onSaved: (thread: DiscussionThread, message: string) => void;
}

/**
 * Leads and coordinators: the item's status, with a reason (needed to decline), and when adopting
 * an idea, optionally a new plan activity made from it in the same step.
 */
function ModerationForm({ partnershipId, thread, onSaved }: ModerationFormProps) {
  const members = useMembers(partnershipId, 'active');
  const valuesOf = (item: DiscussionThread): ModerationValues => ({
    status: item.status,
    reason: '',
    addActivity: false,
    title: item.title,
    owner: '',
    due_on: '',
  });
  const form = useVersionedForm({ item: thread, values: valuesOf(thread), valuesOf });
  const { values, set, messages } = form;
  const fields = {
    status: { id: moderationIds.status, label: t('moderation.status') },
    reason: { id: moderationIds.reason, label: t('moderation.reason') },
    title: { id: moderationIds.title, label: t('moderation.activity.title') },
    owner_ids: { id: moderationIds.owner_ids, label: t('moderation.activity.owner') },
    due_on: { id: moderationIds.due_on, label: t('moderation.activity.due') },
  };
  const adopting = values.status === 'adopted';
  const withActivity = adopting && values.addActivity && thread.activity_id === null;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const mistakes: FieldError[] = [];
    const reason = values.reason.trim();
    if (values.status === form.base.status) mistakes.push({ field: 'status', message: t('moderation.error.status') });
    if (values.status === 'declined' && reason === '') mistakes.push({ field: 'reason', message: t('moderation.error.reason') });
    if (withActivity && values.title.trim() === '') mistakes.push({ field: 'title', message: t('moderation.error.activityTitle') });
    if (mistakes.length > 0) {
      form.reject(mistakes);
      return;
    }
    const next = values.status as DiscussionStatus;
    const change: StatusChange = { status: next, reason: reason === '' ? null : reason };
    if (withActivity) {
      change.activity = {
        title: values.title.trim(),
        ...(values.owner === '' ? {} : { owner_ids: [Number(values.owner)] }),
        ...(values.due_on === '' ? {} : { due_on: values.due_on }),
      };
    }
    void form.send(async () => {
      const { data } = await setStatus(partnershipId, thread.id, change, form.etag);
      const label = statusLabel(data.status);
      onSaved(data, withActivity ? t('moderation.savedWithActivity', { status: label }) : t('moderation.saved', { status: label }));
    });
  }

  return (
    <section className="cg-section cg-editor" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading" className="padding-top-2 margin-top-0">
        {t('moderation.heading')}
      </h2>
      <VersionedFormAlerts form={form} fields={fields} staleHeading={t('moderation.stale')} staleHeadingLevel={3}>
        {(stale) => <p>{t('moderation.staleNow', { status: statusLabel(stale.status) })}</p>}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate aria-labelledby="moderation-heading" onSubmit={handleSubmit}>
        <SelectField
          id={moderationIds.status}
          label={t('moderation.status')}
          emptyOption={t('form.select')}
          options={statusOptions(discussionStatuses)}
          value={values.status}
          onChange={(status) => set({ status })}
          necessity="required"
          error={messages.status}
        />
        <TextAreaField
          id={moderationIds.reason}
          label={t('moderation.reason')}
          hint={values.status === 'declined' ? t('moderation.reason.hint') : t('moderation.reason.hintOther')}
          necessity={values.status === 'declined' ? 'required' : 'optional'}
          value={values.reason}
          onChange={(reason) => set({ reason })}
          error={messages.reason}
        />
        {adopting && thread.activity_id === null && thread.kind === 'idea' && (
          <Checkbox
            id={moderationIds.addActivity}
            label={t('moderation.addActivity')}
            description={t('moderation.addActivity.description')}
            checked={values.addActivity}
            onChange={(addActivity) => set({ addActivity })}
          />
        )}
        {withActivity && (
          <>
            <TextField
              id={moderationIds.title}
              label={t('moderation.activity.title')}
              necessity="required"
              value={values.title}
              onChange={(title) => set({ title })}
              error={messages.title}
            />
            <SelectField
              id={moderationIds.owner_ids}
              label={t('moderation.activity.owner')}
              necessity="optional"
              emptyOption={t('moderation.activity.noOwner')}
              options={(members.data ?? []).map((member) => ({ key: String(member.id), label: member.display_name }))}
              value={values.owner}
              onChange={(owner) => set({ owner })}
              error={messages.owner_ids}
            />
            <DateField
              id={moderationIds.due_on}
              label={t('moderation.activity.due')}
              necessity="optional"
              value={values.due_on}
              onChange={(due_on) => set({ due_on })}
              error={messages.due_on}
            />
          </>
        )}
        <button type="submit" className="usa-button">
          {t('moderation.submit')}
        </button>
      </form>
    </section>
  );
}
