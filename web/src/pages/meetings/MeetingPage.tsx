import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import {
  answerInvitation,
  cancelMeeting,
  canRunMeetings,
  getMeeting,
  meetingCalendarUrl,
  rsvpAnswers,
  type MeetingDetail,
  type RsvpAnswer,
} from '../../api/meetings';
import type { Partnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { Checkbox, RadioGroup } from '../../components/ChoiceGroup';
import { FlashMessage } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { PartnershipItemFrame } from '../partnerships/PartnershipFrame';
import { useLoad } from '../plan/useLoad';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { MeetingRecordSections } from './MeetingRecordSections';
import {
  answerLabel,
  answerListLabel,
  meetingKindLabel,
  meetingVisibilityLabel,
  repeatText,
  rsvpCountsText,
  startInBrowserZone,
  whenText,
  zoneText,
} from './meetingLabels';
import { meetingPaths } from './meetingPaths';
import { useActionStatus, type ActionStatus } from './useActionStatus';

/**
 * /partnerships/:id/meetings/:meetingId: one meeting, answering it, its agenda, its attendance,
 * and what came of it (minutes, decisions, action items).
 */
export function MeetingPage() {
  return (
    <PartnershipItemFrame
      param="meetingId"
      title={() => t('meeting.title')}
      documentTitle={(partnership) => t('meeting.documentTitle', { name: partnership.name })}
    >
      {({ partnership }, meetingId) => <MeetingLoader key={meetingId} partnership={partnership} meetingId={meetingId} />}
    </PartnershipItemFrame>
  );
}

function MeetingLoader({ partnership, meetingId }: { partnership: Partnership; meetingId: number }) {
  const id = partnership.id;
  const loaded = useLoad(async (signal) => (await getMeeting(id, meetingId, signal)).data, `${id}/${meetingId}`);
  const status = useActionStatus();
  return (
    <>
      <BackLink to={meetingPaths.list(id)}>{t('meeting.backToList')}</BackLink>
      <FlashMessage />
      {status.view}
      {loaded.error !== null && (
        <Alert type="error">{loaded.error.status === 404 ? t('meeting.notFound') : loaded.error.problem.detail}</Alert>
      )}
      {loaded.data === null && loaded.error === null && <p role="status">{t('common.loading')}</p>}
      {loaded.data !== null && (
        <Meeting partnership={partnership} meeting={loaded.data} reload={loaded.reload} status={status} />
      )}
    </>
  );
}

interface MeetingProps {
  partnership: Partnership;
  meeting: MeetingDetail;
  /** Asks for the meeting again after a change. */
  reload: () => Promise<void>;
  /** Where page-wide actions (cancelling) say what happened. */
  status: ActionStatus;
}

function Meeting({ partnership, meeting, reload, status }: MeetingProps) {
  const id = partnership.id;
  const runner = canRunMeetings(partnership.my_role);
  const cancelled = meeting.status === 'cancelled';
  const started = Date.parse(meeting.starts_at) <= Date.now();
  const yourTime = startInBrowserZone(meeting);
  const sectors = useReferenceList('/api/v1/sectors');

  return (
    <>
      <h2 className="cg-meeting-title">
        {meeting.title}
        {cancelled && (
          <>
            {' '}
            <span className="usa-tag cg-status-tag cg-status-tag--cancelled">{t('meeting.status.cancelled')}</span>
          </>
        )}
      </h2>
      {cancelled && (
        <Alert type="warning">
          {meeting.cancel_reason === null ? t('meeting.cancelled') : t('meeting.cancelledBecause', { reason: meeting.cancel_reason })}
        </Alert>
      )}
      <dl className="cg-summary">
        <div className="cg-summary__row">
          <dt>{t('meeting.details.when')}</dt>
          <dd>
            {whenText(meeting)}
            {yourTime !== null && <span className="cg-block cg-table-detail">{t('meeting.details.yourTime', { when: yourTime })}</span>}
          </dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('meeting.field.zone')}</dt>
          <dd>{zoneText(meeting)}</dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('meeting.details.where')}</dt>
          <dd className="cg-prewrap">{meeting.place ?? t('meeting.noPlace')}</dd>
        </div>
        {meeting.online_link !== null && (
          <div className="cg-summary__row">
            <dt>{t('meeting.details.online')}</dt>
            <dd className="cg-table-note">
              <a className="usa-link" href={meeting.online_link} rel="noopener noreferrer">
                {meeting.online_link}
              </a>
            </dd>
          </div>
        )}
        <div className="cg-summary__row">
          <dt>{t('meeting.field.kind')}</dt>
          <dd>{meetingKindLabel(meeting.kind)}</dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('meeting.details.who')}</dt>
          <dd>
            {meetingVisibilityLabel(meeting.visibility)}
            {meeting.capacity !== null && <span className="cg-block">{t('meeting.details.capacity', { count: meeting.capacity })}</span>}
          </dd>
        </div>
        {meeting.recurrence !== null && (
          <div className="cg-summary__row">
            <dt>{t('meeting.details.repeats')}</dt>
            <dd>{repeatText(meeting.recurrence, meeting.local.date)}</dd>
          </div>
        )}
        {meeting.description !== null && (
          <div className="cg-summary__row">
            <dt>{t('meeting.field.description')}</dt>
            <dd className="cg-prewrap">{meeting.description}</dd>
          </div>
        )}
      </dl>
      <ul className="cg-actions usa-list--unstyled">
        <li>
          <a className="usa-button usa-button--outline" href={meetingCalendarUrl(id, meeting.id)} download>
            {t('meeting.addToCalendar')}
          </a>
        </li>
        {runner && !cancelled && (
          <>
            {started && (
              <li>
                <a
                  className="usa-button usa-button--outline"
                  href="#attendance-heading"
                  onClick={(event) => {
                    event.preventDefault();
                    const heading = document.getElementById('attendance-heading');
                    heading?.scrollIntoView({ block: 'start' });
                    heading?.focus({ preventScroll: true });
                  }}
                >
                  {t('meeting.takeAttendance')}
                </a>
              </li>
            )}
            <li>
              <Link className="usa-button usa-button--outline" to={meetingPaths.edit(id, meeting.id)}>
                {t('meeting.edit')}
              </Link>
            </li>
          </>
        )}
      </ul>
      {runner && !cancelled && <CancelMeeting partnershipId={id} meeting={meeting} reload={reload} status={status} />}
      {partnership.my_role !== null && <Rsvp partnershipId={id} meeting={meeting} reload={reload} />}
      <AgendaSection partnership={partnership} meeting={meeting} reload={reload} />
      <AttendanceSection partnershipId={id} meeting={meeting} runner={runner} sectors={sectors.items} reload={reload} />
      <MeetingRecordSections partnership={partnership} meeting={meeting} />
    </>
  );
}

/** Why answers are closed, as far as the page can tell; the server has the last word (409). */
function closedReason(meeting: MeetingDetail): string | null {
  if (meeting.status === 'cancelled') return t('rsvp.closed.cancelled');
  if (Date.parse(meeting.starts_at) <= Date.now()) return t('rsvp.closed.started');
  return null;
}

/** The viewer's own answer (yes, no, maybe), and who has answered what. */
function Rsvp({ partnershipId, meeting, reload }: { partnershipId: number; meeting: MeetingDetail; reload: () => Promise<void> }) {
  const [answer, setAnswer] = useState<string>(meeting.my_rsvp ?? '');
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useActionStatus();
  const closed = refused ?? closedReason(meeting);
  const options = rsvpAnswers.map((key) => ({ key, label: answerLabel(key) }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const chosen = rsvpAnswers.find((key) => key === answer);
    if (busy || chosen === undefined) return;
    setBusy(true);
    try {
      const saved = await answerInvitation(partnershipId, meeting.id, chosen);
      await reload();
      status.succeed(t('rsvp.saved', { answer: answerLabel(saved.answer), counts: rsvpCountsText(saved.rsvps) }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      // Closed (started, cancelled) or full: say why, and stop offering the choice.
      if (caught.status === 409) setRefused(caught.problem.detail);
      status.fail(caught);
    } finally {
      setBusy(false);
    }
  }

  const byAnswer = (key: RsvpAnswer) => meeting.rsvp_list.filter((entry) => entry.answer === key).map((entry) => entry.display_name);
  return (
    <section className="cg-section" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">{t('rsvp.heading')}</h2>
      <p>{rsvpCountsText(meeting.rsvps)}</p>
      {status.view}
      <form className="usa-form" noValidate aria-labelledby="rsvp-heading" onSubmit={(e) => void handleSubmit(e)}>
        <RadioGroup
          id="rsvp-answer"
          legend={t('rsvp.legend')}
          hint={closed ?? undefined}
          disabled={closed !== null}
          value={answer}
          onChange={setAnswer}
          options={options}
        />
        {closed === null && (
          <button type="submit" className="usa-button" disabled={answer === ''}>
            {meeting.my_rsvp === null ? t('rsvp.submit') : t('rsvp.change')}
          </button>
        )}
      </form>
      {meeting.rsvp_list.length > 0 && (
        <ul className="usa-list cg-rsvp-list">
          {rsvpAnswers.map((key) => {
            const names = byAnswer(key);
            return (
              names.length > 0 && (
                <li key={key}>
                  <strong>{t('rsvp.list.line', { answer: answerListLabel(key), count: names.length })}</strong> {names.join(', ')}
                </li>
              )
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** "Cancel this meeting", asked in place with a reason and, in a series, the later meetings too. */
function CancelMeeting({ partnershipId, meeting, reload, status }: Omit<MeetingProps, 'partnership'> & { partnershipId: number }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [following, setFollowing] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    // Focus follows the change: to the question when it opens, back to the button when it closes.
    if (open) headingRef.current?.focus();
    else if (opened.current) buttonRef.current?.focus();
    opened.current ||= open;
  }, [open]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await cancelMeeting(partnershipId, meeting.id, { reason: reason.trim() === '' ? null : reason.trim(), following });
      opened.current = false;
      setOpen(false);
      await reload();
      status.succeed(following ? t('meeting.cancel.doneSeries') : t('meeting.cancel.done'));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      status.fail(caught);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <p>
        <button type="button" className="usa-button usa-button--outline" ref={buttonRef} onClick={() => setOpen(true)}>
          {t('meeting.cancel.start')}
        </button>
      </p>
    );
  }
  return (
    <form className="usa-form cg-editor" noValidate aria-labelledby="cancel-heading" onSubmit={(e) => void handleSubmit(e)}>
      <h3 id="cancel-heading" className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {t('meeting.cancel.heading')}
      </h3>
      <p>{t('meeting.cancel.intro')}</p>
      <TextAreaField
        id="cancel-reason"
        label={t('meeting.cancel.reason')}
        hint={t('meeting.cancel.reasonHint')}
        necessity="optional"
        value={reason}
        onChange={setReason}
      />
      {meeting.series_id !== null && (
        <Checkbox id="cancel-following" label={t('meeting.cancel.following')} checked={following} onChange={setFollowing} />
      )}
      <FormActions
        submitLabel={following ? t('meeting.cancel.confirmSeries') : t('meeting.cancel.confirm')}
        cancel={() => setOpen(false)}
        cancelLabel={t('meeting.cancel.keep')}
        danger
      />
    </form>
  );
}
