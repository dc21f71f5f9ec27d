import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError, type FieldError } from '../../api/client';
import type { MeetingDetail } from '../../api/meetings';
import {
  canContribute,
  canKeepMinutes,
  commentOnMinutes,
  MINUTES_MAX_BYTES,
  moveMinutes,
  saveMinutes,
  storedMinutes,
  type MeetingRecord,
  type Minutes,
  type MinutesComment,
  type MinutesStatus,
} from '../../api/minutes';
import type { Partnership } from '../../api/partnerships';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { formatDateTime } from '../../components/formatTime';
import { TextAreaField } from '../../components/TextAreaField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { minutesStatusLabel } from './meetingLabels';
import { MinutesText } from './MinutesText';
import { useActionStatus } from './useActionStatus';

interface MinutesSectionProps {
  partnership: Partnership;
  meeting: MeetingDetail;
  record: MeetingRecord;
  /** Asks for the record again after a change. */
  reload: () => Promise<void>;
}

/** What the status means for the people reading, in a sentence. */
function statusText(minutes: Minutes): string {
  switch (minutes.status) {
    case 'draft':
      return t('minutes.about.draft');
    case 'circulated':
      return t('minutes.about.circulated');
    case 'approved':
      return t('minutes.about.approved', { when: formatDateTime(minutes.approved_at ?? minutes.updated_at) });
  }
}

/**
 * The minutes: what was said, written in Markdown by a lead or coordinator and shown as the server
 * renders it. They go from draft to shared for comments (members comment) to approved (final);
 * leads and coordinators write them and move them along, everyone at the table reads them.
 */
export function MinutesSection({ partnership, meeting, record, reload }: MinutesSectionProps) {
  const id = partnership.id;
  const minutes = record.minutes;
  const open = meeting.status !== 'cancelled';
  const keeper = canKeepMinutes(partnership.my_role) && open;
  const editable = keeper && minutes?.status !== 'approved';
  const status = useActionStatus();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const editHeadingRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    // Focus follows the change: to the editor when it opens, back to its button when cancelled.
    if (editing) editHeadingRef.current?.focus();
    else if (opened.current) editButtonRef.current?.focus();
    opened.current ||= editing;
  }, [editing]);

  /** Closes the editor without taking focus back: the message about what happened takes it. */
  function closeEditor() {
    opened.current = false;
    setEditing(false);
  }

  async function move(to: MinutesStatus, done: string) {
    if (busy) return;
    setBusy(true);
    status.clear();
    try {
      await moveMinutes(id, meeting.id, to);
      await reload();
      status.succeed(done);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      // Someone else moved them first, or they are approved: show them as they are now.
      await reload();
      status.fail(caught);
    } finally {
      setBusy(false);
    }
  }

  if (minutes === null && !keeper) {
    return (
      <section className="cg-section" aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">{t('minutes.heading')}</h2>
        <p>{t('minutes.none')}</p>
      </section>
    );
  }

  return (
    <section className="cg-section" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('minutes.heading')}</h2>
      {status.view}
      {minutes === null ? (
        <p>{t('minutes.noneKeeper')}</p>
      ) : (
        <p className="cg-minutes-status">
          <span className={`usa-tag cg-minutes-tag cg-minutes-tag--${minutes.status}`}>{minutesStatusLabel(minutes.status)}</span>{' '}
          {statusText(minutes)}
        </p>
      )}

      {editing ? (
        <MinutesEditor
          partnershipId={id}
          meetingId={meeting.id}
          minutes={minutes}
          headingRef={editHeadingRef}
          onSaved={async (saved) => {
            await reload();
            closeEditor();
            status.succeed(saved.status === 'draft' ? t('minutes.savedDraft') : t('minutes.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {minutes !== null &&
            (minutes.markdown.trim() === '' ? <p>{t('minutes.empty')}</p> : <MinutesText html={minutes.html} />)}
          {editable && (
            <ul className="usa-button-group cg-minutes-actions">
              {minutes?.status === 'draft' && (
                <li className="usa-button-group__item">
                  <button
                    type="button"
                    className="usa-button"
                    onClick={() => void move('circulated', t('minutes.circulated'))}
                  >
                    {t('minutes.circulate')}
                  </button>
                </li>
              )}
              {minutes?.status === 'circulated' && (
                <li className="usa-button-group__item">
                  <ConfirmButton
                    label={t('minutes.approve')}
                    question={t('minutes.approve.question')}
                    confirmLabel={t('minutes.approve.confirm')}
                    cancelLabel={t('minutes.approve.keep')}
                    prominent
                    onConfirm={() => void move('approved', t('minutes.approved'))}
                  />
                </li>
              )}
              <li className="usa-button-group__item">
                <button type="button" className="usa-button usa-button--outline" ref={editButtonRef} onClick={() => setEditing(true)}>
                  {minutes === null ? t('minutes.write') : t('minutes.edit')}
                </button>
              </li>
              {minutes?.status === 'circulated' && (
                <li className="usa-button-group__item">
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled"
                    onClick={() => void move('draft', t('minutes.backToDraftDone'))}
                  >
                    {t('minutes.backToDraft')}
                  </button>
                </li>
              )}
            </ul>
          )}
        </>
      )}

      {minutes !== null && (
        <Comments
          partnershipId={id}
          meetingId={meeting.id}
          minutes={minutes}
          comments={record.comments}
          mayComment={open && canContribute(partnership.my_role)}
          reload={reload}
        />
      )}
    </section>
  );
}

const editorIds = { markdown: 'minutes-markdown' };

/** The UTF-8 length the server counts. */
const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * Writing the minutes in Markdown: a large text box, saved with If-Match once they exist. When
 * someone else saved (or moved them along) first, their version is shown with the choice to put
 * these edits on top of it or to start again from it.
 */
function MinutesEditor({
  partnershipId,
  meetingId,
  minutes,
  headingRef,
  onSaved,
  onCancel,
}: {
  partnershipId: number;
  meetingId: number;
  minutes: Minutes | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSaved: (saved: Minutes) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useVersionedForm<Minutes | undefined, { markdown: string }>({
    item: minutes ?? undefined,
    values: { markdown: minutes?.markdown ?? '' },
    valuesOf: (stored) => ({ markdown: stored.markdown }),
    // The 412 answer holds the whole record; the form compares and rebases on its minutes.
    completeStale: (current) => storedMinutes(current),
  });
  const { base, values, messages, set } = form;
  const fields = { markdown: { id: editorIds.markdown, label: t('minutes.field') } };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (values.markdown.trim() === '') errors.push({ field: 'markdown', message: t('minutes.error.empty') });
    else if (byteLength(values.markdown) > MINUTES_MAX_BYTES) errors.push({ field: 'markdown', message: t('minutes.error.long') });
    if (errors.length > 0) {
      form.reject(errors);
      return;
    }
    void form.send(async () => {
      // The first save has no version to name; the server refuses the "0" its GET answers with.
      const saved = await saveMinutes(partnershipId, meetingId, values.markdown, base === undefined ? undefined : form.etag);
      if (saved.minutes !== null) await onSaved(saved.minutes);
    });
  }

  return (
    <div className="cg-editor cg-minutes-editor">
      <h3 id="minutes-editor-heading" className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {minutes === null ? t('minutes.write') : t('minutes.edit')}
      </h3>
      <VersionedFormAlerts form={form} fields={fields} staleHeading={t('minutes.stale.heading')} staleHeadingLevel={4}>
        {(theirs) => (
          <>
            <p className="usa-alert__text">
              {t('minutes.stale.summary', { status: minutesStatusLabel(theirs.status), when: formatDateTime(theirs.updated_at) })}
            </p>
            <p className="usa-alert__text cg-prewrap cg-minutes-quote">{excerpt(theirs.markdown)}</p>
          </>
        )}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate aria-labelledby="minutes-editor-heading" onSubmit={handleSubmit}>
        <TextAreaField
          id={editorIds.markdown}
          label={t('minutes.field')}
          hint={t('minutes.hint')}
          necessity="required"
          value={values.markdown}
          onChange={(markdown) => set({ markdown })}
          error={messages.markdown}
        />
        <FormActions submitLabel={t('minutes.save')} cancel={onCancel} />
      </form>
    </div>
  );
}

/** The start of a long text, for a summary. */
function excerpt(text: string, length = 400): string {
  return text.length <= length ? text : `${text.slice(0, length).trimEnd()}…`;
}

const commentId = 'minutes-comment';

/** What members said about the minutes while they were shared, and a box to add to it. */
function Comments({
  partnershipId,
  meetingId,
  minutes,
  comments,
  mayComment,
  reload,
}: {
  partnershipId: number;
  meetingId: number;
  minutes: Minutes;
  comments: readonly MinutesComment[];
  mayComment: boolean;
  reload: () => Promise<void>;
}) {
  const [body, setBody] = useState('');
  const status = useActionStatus();
  const form = useFormSubmit(status.clear);
  const fields = { body: { id: commentId, label: t('minutes.comment.field') } };
  const commenting = mayComment && minutes.status === 'circulated';
  if (comments.length === 0 && !commenting) return null;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const text = body.trim();
    if (text === '') {
      form.reject([{ field: 'body', message: t('minutes.comment.error') }]);
      return;
    }
    void form.send(async () => {
      await commentOnMinutes(partnershipId, meetingId, text);
      setBody('');
      await reload();
      status.succeed(t('minutes.comment.done'));
    });
  }

  return (
    <>
      <h3 id="minutes-comments-heading">{t('minutes.comments.heading', { count: comments.length })}</h3>
      {comments.length === 0 ? (
        <p>{t('minutes.comments.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled cg-comments" aria-labelledby="minutes-comments-heading">
          {comments.map((comment) => (
            <li key={comment.id} className="cg-comment">
              <p className="cg-comment__by">
                <strong>{comment.display_name}</strong> <span className="cg-table-detail">{formatDateTime(comment.created_at)}</span>
              </p>
              <p className="cg-comment__body cg-prewrap">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {status.view}
      {commenting && (
        <>
          {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
          <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
            <TextAreaField
              id={commentId}
              label={t('minutes.comment.field')}
              hint={t('minutes.comment.hint')}
              necessity="required"
              value={body}
              onChange={setBody}
              error={form.messages.body}
            />
            <button type="submit" className="usa-button">
              {t('minutes.comment.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
