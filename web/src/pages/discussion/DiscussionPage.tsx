import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { FieldError } from '../../api/client';
import {
  canTakePart,
  discussionStatuses,
  getBoard,
  startItem,
  type DiscussionItem,
  type DiscussionKind,
} from '../../api/discussion';
import type { Partnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { Checkbox, RadioGroup, choiceId } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FlashMessage, type FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { formatDate } from '../partnerships/labels';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { useLoad } from '../plan/useLoad';
import {
  authorName,
  commentsText,
  discussionPaths,
  kindLabel,
  kindOptions,
  statusLabel,
  statusOptions,
  statusTagClass,
  supportsText,
} from './discussionLabels';

/** /partnerships/:id/discussion: the ideas and threads, newest first, and starting a new one. */
export function DiscussionPage() {
  return (
    <PartnershipFrame
      title={() => t('discussion.title')}
      documentTitle={(partnership) => t('discussion.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Board partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Board({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const board = useLoad((signal) => getBoard(id, signal), String(id));
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [starting, setStarting] = useState(false);
  const [sent, setSent] = useState(0);
  const sentRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  const participant = canTakePart(partnership.my_role);
  const data = board.data;

  useEffect(() => {
    if (sent > 0) sentRef.current?.focus();
  }, [sent]);
  useEffect(() => {
    // Back to the button that opened the form when it closes without posting.
    if (!starting && opened.current && sent === 0) startRef.current?.focus();
    opened.current ||= starting;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [starting]);

  const items = data?.items ?? [];
  const shown = items.filter((item) => (kind === '' || item.kind === kind) && (status === '' || item.status === status));
  const moderator = data?.viewer.moderator ?? false;

  return (
    <>
      <FlashMessage />
      <p>{t('discussion.intro')}</p>
      {!participant && partnership.my_role !== null && <p>{t('discussion.observer')}</p>}
      {sent > 0 && (
        <Alert type="success" ref={sentRef}>
          {t('discussion.start.sentAnonymously')}
        </Alert>
      )}
      {participant &&
        (starting ? (
          <StartForm
            partnershipId={id}
            onCancel={() => setStarting(false)}
            onSentAnonymously={async () => {
              setStarting(false);
              setSent((count) => count + 1);
              await board.reload();
            }}
          />
        ) : (
          <ul className="usa-button-group cg-actions">
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button"
                ref={startRef}
                onClick={() => {
                  setSent(0);
                  setStarting(true);
                }}
              >
                {t('discussion.start.open')}
              </button>
            </li>
          </ul>
        ))}
      <section className="cg-section" aria-labelledby="discussion-list-heading">
        <h2 id="discussion-list-heading">{t('discussion.list.heading')}</h2>
        {board.error !== null && <Alert type="error">{board.error.problem.detail}</Alert>}
        {data === null && board.error === null && <p role="status">{t('common.loading')}</p>}
        {data !== null && items.length === 0 && <p>{t('discussion.list.none')}</p>}
        {data !== null && items.length > 0 && (
          <>
            <div className="usa-form cg-compare-picker">
              <SelectField
                id="discussion-filter-kind"
                label={t('discussion.filter.kind')}
                emptyOption={t('discussion.filter.all')}
                options={kindOptions()}
                value={kind}
                onChange={setKind}
              />
              <SelectField
                id="discussion-filter-status"
                label={t('discussion.filter.status')}
                emptyOption={t('discussion.filter.all')}
                options={statusOptions(discussionStatuses)}
                value={status}
                onChange={setStatus}
              />
            </div>
            <p className="usa-hint" role="status">
              {t('discussion.list.count', { shown: shown.length, total: items.length })}
            </p>
            {shown.length === 0 ? (
              <p>{t('discussion.list.noneMatch')}</p>
            ) : (
              <ul className="usa-list usa-list--unstyled cg-reviews">
                {shown.map((item) => (
                  <ItemCard key={item.id} partnershipId={id} item={item} moderator={moderator} />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}

function ItemCard({ partnershipId, item, moderator }: { partnershipId: number; item: DiscussionItem; moderator: boolean }) {
  return (
    <li className="cg-review-card">
      <h3 className="cg-review-card__title">
        <Link className="usa-link" to={discussionPaths.item(partnershipId, item.id)}>
          {item.title}
        </Link>
      </h3>
      <p className="cg-review-card__meta">
        <span className={statusTagClass(item.status)}>{statusLabel(item.status)}</span>
        {item.hidden && <span className="usa-tag cg-status-tag cg-status-tag--blocked">{t('discussion.hiddenTag')}</span>}
      </p>
      <p className="cg-review-card__meta">
        <span>{kindLabel(item.kind)}</span>
        <span>{t('discussion.card.by', { name: authorName(item.author) })}</span>
        <span>{t('discussion.card.started', { when: formatDate(item.created_at) })}</span>
        <span>{supportsText(item.supports)}</span>
        <span>{commentsText(item.comments)}</span>
        {item.supported_by_me && <span>{t('discussion.card.supportedByMe')}</span>}
        {moderator && (item.open_reports ?? 0) > 0 && (
          <strong>{t('discussion.card.reports', { count: item.open_reports ?? 0 })}</strong>
        )}
      </p>
    </li>
  );
}

const startIds = {
  kind: 'discussion-kind',
  title: 'discussion-title',
  body: 'discussion-body',
  anonymous: 'discussion-anonymous',
};

interface StartFormProps {
  partnershipId: number;
  onCancel: () => void;
  /** An anonymous idea cannot be opened by its author: the board says it was sent instead. */
  onSentAnonymously: () => Promise<void>;
}

/** "Start an idea or thread": kind, title, details, and for ideas sending it anonymously. */
function StartForm({ partnershipId, onCancel, onSentAnonymously }: StartFormProps) {
  const navigate = useNavigate();
  const [kind, setKind] = useState<DiscussionKind>('idea');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const form = useFormSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const fields = {
    kind: { id: choiceId(startIds.kind, 'idea'), label: t('discussion.start.kind') },
    title: { id: startIds.title, label: t('discussion.start.title') },
    body: { id: startIds.body, label: t('discussion.start.body') },
    anonymous: { id: startIds.anonymous, label: t('discussion.start.anonymous') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    const mistakes: FieldError[] = [];
    if (trimmed === '') mistakes.push({ field: 'title', message: t('discussion.start.error.title') });
    else if (/[\r\n]/.test(trimmed)) mistakes.push({ field: 'title', message: t('discussion.start.error.titleLine') });
    else if ([...trimmed].length > 200) mistakes.push({ field: 'title', message: t('discussion.start.error.titleLong') });
    if (mistakes.length > 0) {
      form.reject(mistakes);
      return;
    }
    const sendAnonymously = kind === 'idea' && anonymous;
    void form.send(async () => {
      const { data } = await startItem(partnershipId, { kind, title: trimmed, body: body.trim(), anonymous: sendAnonymously });
      if (sendAnonymously) {
        await onSentAnonymously();
        return;
      }
      const state: FlashState = { flash: t('discussion.start.posted', { title: data.title }) };
      navigate(discussionPaths.item(partnershipId, data.id), { state });
    });
  }

  return (
    <section className="cg-editor" aria-labelledby="discussion-start-heading">
      <h2 id="discussion-start-heading" className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {t('discussion.start.heading')}
      </h2>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <form className="usa-form usa-form--large" noValidate aria-labelledby="discussion-start-heading" onSubmit={handleSubmit}>
        <RadioGroup
          id={startIds.kind}
          legend={t('discussion.start.kind')}
          options={[
            { key: 'idea', label: t('discussion.start.kind.idea') },
            { key: 'thread', label: t('discussion.start.kind.thread') },
          ]}
          value={kind}
          onChange={(value) => setKind(value as DiscussionKind)}
          error={form.messages.kind}
        />
        <TextField
          id={startIds.title}
          label={t('discussion.start.title')}
          hint={t('discussion.start.title.hint')}
          necessity="required"
          value={title}
          onChange={setTitle}
          error={form.messages.title}
        />
        <TextAreaField
          id={startIds.body}
          label={t('discussion.start.body')}
          hint={t('discussion.start.body.hint')}
          necessity="optional"
          value={body}
          onChange={setBody}
          error={form.messages.body}
        />
        {kind === 'idea' && (
          <Checkbox
            id={startIds.anonymous}
            label={t('discussion.start.anonymous')}
            description={t('discussion.start.anonymous.description')}
            checked={anonymous}
            onChange={setAnonymous}
          />
        )}
        {form.messages.anonymous !== undefined && <span className="usa-error-message">{form.messages.anonymous}</span>}
        <FormActions submitLabel={t('discussion.start.submit')} cancel={onCancel} />
      </form>
    </section>
  );
}
