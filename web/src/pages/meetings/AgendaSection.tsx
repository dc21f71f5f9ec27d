import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, type FieldError } from '../../api/client';
import {
  canProposeAgenda,
  canRunMeetings,
  deleteAgendaItem,
  proposeAgendaItem,
  updateAgendaItem,
  type AgendaChanges,
  type AgendaItem,
  type MeetingDetail,
} from '../../api/meetings';
import { etagOf, type Partnership } from '../../api/partnerships';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { parseNumber } from '../plan/ObjectiveForm';
import { agendaStatusLabel } from './meetingLabels';
import { useActionStatus } from './useActionStatus';

interface AgendaSectionProps {
  partnership: Partnership;
  meeting: MeetingDetail;
  reload: () => Promise<void>;
}

/** A time box in words: "15 min". */
function minutesText(minutes: number | null): string {
  return minutes === null ? t('agenda.noTime') : t('agenda.minutes', { minutes });
}

/**
 * The agenda: accepted items in order with their time boxes and the total; proposed items, which
 * leads and coordinators accept or decline; and a small form for members to propose an item.
 */
export function AgendaSection({ partnership, meeting, reload }: AgendaSectionProps) {
  const id = partnership.id;
  const runner = canRunMeetings(partnership.my_role);
  const status = useActionStatus();
  const byPosition = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const accepted = byPosition.filter((item) => item.status === 'accepted');
  const proposed = byPosition.filter((item) => item.status === 'proposed');
  const declined = byPosition.filter((item) => item.status === 'declined');
  const total = accepted.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  const untimed = accepted.filter((item) => item.minutes === null).length;
  const open = meeting.status !== 'cancelled';

  /** Sends a change, then says what it did (or why not) and shows the agenda as it now is. */
  async function act(send: () => Promise<unknown>, done: string) {
    status.clear();
    try {
      await send();
      await reload();
      status.succeed(done);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      // A stale version (someone else moved it first) or a refusal: show the agenda as it is now.
      await reload();
      status.fail(caught);
    }
  }

  const change = (item: AgendaItem, changes: AgendaChanges, done: string) =>
    act(() => updateAgendaItem(id, meeting.id, item.id, changes, etagOf(item)), done);

  /** Swaps the accepted item at `index` with the one before (-1) or after (+1) it. */
  async function move(index: number, by: -1 | 1) {
    const item = accepted[index]!;
    const neighbour = accepted[index + by]!;
    // Positions count every item of the meeting; taking the neighbour's puts it just there.
    await change(item, { position: neighbour.position }, t('agenda.moved', { title: item.title, place: index + by + 1, count: accepted.length }));
  }

  const remove = (item: AgendaItem) => act(() => deleteAgendaItem(id, meeting.id, item.id), t('agenda.removed', { title: item.title }));

  const mine = (item: AgendaItem) => item.proposed_by !== null && item.proposed_by.membership_id === partnership.my_membership_id;
  const removeButton = (item: AgendaItem) =>
    (runner || (mine(item) && item.status === 'proposed')) && (
      <ConfirmButton
        label={runner ? t('agenda.remove') : t('agenda.withdraw')}
        accessibleLabel={runner ? t('agenda.remove.label', { title: item.title }) : t('agenda.withdraw.label', { title: item.title })}
        question={t('agenda.remove.question', { title: item.title })}
        confirmLabel={t('agenda.remove.confirm')}
        cancelLabel={t('form.cancel')}
        danger
        onConfirm={() => void remove(item)}
      />
    );

  return (
    <section className="cg-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      {status.view}
      {accepted.length === 0 ? (
        <p>{t('agenda.none')}</p>
      ) : (
        <>
          <p>
            {accepted.length === 1
              ? t('agenda.totalOne', { minutes: total })
              : t('agenda.total', { count: accepted.length, minutes: total })}
            {untimed > 0 && <> {t('agenda.untimed', { count: untimed })}</>}
          </p>
          <ol className="usa-list cg-agenda">
            {accepted.map((item, index) => (
              <AgendaEntry key={item.id} item={item} tag={minutesText(item.minutes)}>
                {runner && open && (
                  <div className="cg-row-actions">
                    {index > 0 && (
                      <ItemButton
                        label={t('agenda.moveUp')}
                        accessibleLabel={t('agenda.moveUp.label', { title: item.title })}
                        onClick={() => void move(index, -1)}
                      />
                    )}
                    {index < accepted.length - 1 && (
                      <ItemButton
                        label={t('agenda.moveDown')}
                        accessibleLabel={t('agenda.moveDown.label', { title: item.title })}
                        onClick={() => void move(index, 1)}
                      />
                    )}
                    {removeButton(item)}
                  </div>
                )}
              </AgendaEntry>
            ))}
          </ol>
        </>
      )}

      {proposed.length > 0 && (
        <>
          <h3>{t('agenda.proposed.heading', { count: proposed.length })}</h3>
          <p>{runner ? t('agenda.proposed.introRunner') : t('agenda.proposed.intro')}</p>
          <ul className="usa-list usa-list--unstyled cg-agenda cg-agenda--proposed">
            {proposed.map((item) => (
              <AgendaEntry key={item.id} item={item} tag={minutesText(item.minutes)}>
                {open && (
                  <div className="cg-row-actions">
                    {runner && (
                      <>
                        <ItemButton
                          label={t('agenda.accept')}
                          accessibleLabel={t('agenda.accept.label', { title: item.title })}
                          primary
                          onClick={() => void change(item, { status: 'accepted' }, t('agenda.accepted', { title: item.title }))}
                        />
                        <ItemButton
                          label={t('agenda.decline')}
                          accessibleLabel={t('agenda.decline.label', { title: item.title })}
                          onClick={() => void change(item, { status: 'declined' }, t('agenda.declined', { title: item.title }))}
                        />
                      </>
                    )}
                    {removeButton(item)}
                  </div>
                )}
              </AgendaEntry>
            ))}
          </ul>
        </>
      )}

      {runner && declined.length > 0 && (
        <>
          <h3>{t('agenda.declined.heading', { count: declined.length })}</h3>
          <ul className="usa-list usa-list--unstyled cg-agenda cg-agenda--declined">
            {declined.map((item) => (
              <AgendaEntry key={item.id} item={item} tag={agendaStatusLabel(item.status)}>
                {open && (
                  <div className="cg-row-actions">
                    <ItemButton
                      label={t('agenda.reconsider')}
                      accessibleLabel={t('agenda.reconsider.label', { title: item.title })}
                      onClick={() => void change(item, { status: 'accepted' }, t('agenda.accepted', { title: item.title }))}
                    />
                    {removeButton(item)}
                  </div>
                )}
              </AgendaEntry>
            ))}
          </ul>
        </>
      )}

      {open && canProposeAgenda(partnership.my_role) && (
        <ProposeForm
          runner={runner}
          onPropose={async (body) => {
            const item = await proposeAgendaItem(id, meeting.id, body);
            await reload();
            status.succeed(item.status === 'accepted' ? t('agenda.added', { title: item.title }) : t('agenda.proposedDone', { title: item.title }));
          }}
        />
      )}
    </section>
  );
}

/** One item in a list: its time box (or status), title, who proposed it and notes, then `children` (its buttons). */
function AgendaEntry({ item, tag, children }: { item: AgendaItem; tag: string; children: ReactNode }) {
  return (
    <li className="cg-agenda__item">
      <div className="cg-agenda__body">
        <span className="cg-agenda__time">{tag}</span> <span className="cg-agenda__title">{item.title}</span>
        {item.proposed_by !== null && <span className="cg-block cg-table-detail">{t('agenda.by', { name: item.proposed_by.display_name })}</span>}
        {item.notes !== null && <span className="cg-block cg-prewrap">{item.notes}</span>}
        {children}
      </div>
    </li>
  );
}

/** A small button that acts on one item; its accessible name says which item. */
function ItemButton({
  label,
  accessibleLabel,
  primary = false,
  onClick,
}: {
  label: string;
  accessibleLabel: string;
  /** The one action most likely wanted (accepting a proposal), filled in. */
  primary?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={primary ? 'usa-button cg-small-button' : 'usa-button usa-button--outline cg-small-button'}
      aria-label={accessibleLabel}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

const proposeIds = { title: 'agenda-title', minutes: 'agenda-minutes', notes: 'agenda-notes' };

/** "Propose an item": a title, a time box and notes; a lead's or coordinator's goes on the agenda at once. */
function ProposeForm({
  runner,
  onPropose,
}: {
  runner: boolean;
  onPropose: (body: { title: string; minutes: number | null; notes: string | null }) => Promise<void>;
}) {
  const [values, setValues] = useState({ title: '', minutes: '', notes: '' });
  const form = useFormSubmit();
  const { messages } = form;
  const fields = {
    title: { id: proposeIds.title, label: t('agenda.field.title') },
    minutes: { id: proposeIds.minutes, label: t('agenda.field.minutes') },
    notes: { id: proposeIds.notes, label: t('agenda.field.notes') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldError[] = [];
    const title = values.title.trim();
    if (title === '') errors.push({ field: 'title', message: t('agenda.error.title') });
    const minutes = values.minutes.trim() === '' ? null : parseNumber(values.minutes);
    if (values.minutes.trim() !== '' && (minutes === null || !Number.isInteger(minutes) || minutes < 1 || minutes > 480)) {
      errors.push({ field: 'minutes', message: t('agenda.error.minutes') });
    }
    if (errors.length > 0) {
      form.reject(errors);
      return;
    }
    void form.send(async () => {
      await onPropose({ title, minutes, notes: values.notes.trim() === '' ? null : values.notes.trim() });
      setValues({ title: '', minutes: '', notes: '' });
    });
  }

  return (
    <div className="cg-editor">
      <h3 id="agenda-propose-heading">{runner ? t('agenda.propose.headingRunner') : t('agenda.propose.heading')}</h3>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <form className="usa-form" noValidate aria-labelledby="agenda-propose-heading" onSubmit={handleSubmit}>
        <TextField
          id={proposeIds.title}
          label={t('agenda.field.title')}
          hint={t('agenda.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => setValues((last) => ({ ...last, title }))}
          error={messages.title}
        />
        <TextField
          id={proposeIds.minutes}
          label={t('agenda.field.minutes')}
          hint={t('agenda.hint.minutes')}
          necessity="optional"
          inputMode="numeric"
          value={values.minutes}
          onChange={(minutes) => setValues((last) => ({ ...last, minutes }))}
          error={messages.minutes}
        />
        <TextAreaField
          id={proposeIds.notes}
          label={t('agenda.field.notes')}
          necessity="optional"
          value={values.notes}
          onChange={(notes) => setValues((last) => ({ ...last, notes }))}
          error={messages.notes}
        />
        <button type="submit" className="usa-button">
          {runner ? t('agenda.propose.submitRunner') : t('agenda.propose.submit')}
        </button>
      </form>
    </div>
  );
}
