import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../api/client';
import { attendanceStatuses, recordAttendance, type AttendanceStatus, type MeetingDetail, type RollEntry } from '../../api/meetings';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { parseNumber } from '../plan/ObjectiveForm';
import { attendanceLabel, attendanceText, clockText, sectorList } from './meetingLabels';
import { useActionStatus } from './useActionStatus';

interface AttendanceSectionProps {
  partnershipId: number;
  meeting: MeetingDetail;
  /** Leads and coordinators take attendance; everyone sees the summary. */
  runner: boolean;
  sectors: readonly ReferenceItem[];
  reload: () => Promise<void>;
}

/**
 * Who came. Once the meeting has started, leads and coordinators take the roll here; everyone
 * else sees the summary once it is recorded.
 */
export function AttendanceSection({ partnershipId, meeting, runner, sectors, reload }: AttendanceSectionProps) {
  const started = Date.parse(meeting.starts_at) <= Date.now();
  const cancelled = meeting.status === 'cancelled';
  const canTake = runner && started && !cancelled;
  if (!canTake && !meeting.attendance.taken && !(runner && !cancelled)) return null;
  return (
    <section className="cg-section" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading" className="cg-focus-target" tabIndex={-1}>
        {t('attendance.heading')}
      </h2>
      {meeting.attendance.taken ? (
        <p className="cg-lead-in">{attendanceText(meeting.attendance, sectors)}</p>
      ) : (
        !started && <p>{t('attendance.notYet', { time: clockText(meeting.local.starts) })}</p>
      )}
      {canTake && <Roll partnershipId={partnershipId} meeting={meeting} sectors={sectors} reload={reload} />}
    </section>
  );
}

type Marks = Readonly<Record<number, AttendanceStatus | null>>;

const guestsId = 'attendance-guests';
const buttonId = (membershipId: number, status: AttendanceStatus) => `roll-${membershipId}-${status}`;

/**
 * The roll, made for a phone: one row per person with three large toggle buttons, "Mark everyone
 * present", the number of guests, and a Save bar that stays in view while the roll is on screen.
 */
function Roll({ partnershipId, meeting, sectors, reload }: Omit<AttendanceSectionProps, 'runner'>) {
  const roll = meeting.roll;
  const [marks, setMarks] = useState<Marks>(() => Object.fromEntries(roll.map((entry) => [entry.membership_id, entry.status])));
  const [guests, setGuests] = useState(String(meeting.attendance.guests));
  const [dirty, setDirty] = useState(false);
  const status = useActionStatus();
  const form = useFormSubmit(status.clear);
  const { messages } = form;

  const marked = roll.filter((entry) => (marks[entry.membership_id] ?? null) !== null);
  const count = (key: AttendanceStatus) => roll.filter((entry) => marks[entry.membership_id] === key).length;

  function mark(changes: Marks) {
    setMarks((last) => ({ ...last, ...changes }));
    setDirty(true);
  }

  // The records sent, in roll order: the server names problems by their place in this list.
  const sent = marked.map((entry) => ({ membership_id: entry.membership_id, status: marks[entry.membership_id]! }));
  const fields: Record<string, SummaryField> = {};
  sent.forEach((record, index) => {
    const entry = roll.find((person) => person.membership_id === record.membership_id);
    fields[`records[${index}].membership_id`] = { id: buttonId(record.membership_id, 'present'), label: entry?.display_name ?? '' };
    fields[`records[${index}].status`] = { id: buttonId(record.membership_id, 'present'), label: entry?.display_name ?? '' };
  });
  fields.guests = { id: guestsId, label: t('attendance.guests') };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldError[] = [];
    const guestCount = guests.trim() === '' ? 0 : parseNumber(guests);
    if (guestCount === null || !Number.isInteger(guestCount) || guestCount < 0 || guestCount > 100_000) {
      errors.push({ field: 'guests', message: t('attendance.error.guests') });
    }
    if (sent.length === 0) errors.push({ field: 'records', message: t('attendance.error.none') });
    if (errors.length > 0 || guestCount === null) {
      form.reject(errors);
      return;
    }
    void form.send(async () => {
      const saved = await recordAttendance(partnershipId, meeting.id, { records: sent, guests: guestCount });
      setDirty(false);
      await reload();
      const present = saved.attendance.sectors_present;
      status.succeed(
        present.length === 0
          ? t('attendance.saved', { summary: attendanceText(saved.attendance, sectors) })
          : t('attendance.savedWithSectors', {
              summary: t('attendance.summary', { present: saved.attendance.present, seats: saved.attendance.seats, guests: saved.attendance.guests }),
              sectors: sectorList(present, sectors),
            }),
      );
    });
  }

  if (roll.length === 0) return <p>{t('attendance.noSeats')}</p>;
  return (
    <>
      {status.view}
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <p>{t('attendance.intro')}</p>
      <form className="usa-form cg-roll-form" noValidate aria-labelledby="attendance-heading" onSubmit={handleSubmit}>
        <p>
          <button
            type="button"
            className="usa-button usa-button--outline"
            onClick={() => mark(Object.fromEntries(roll.map((entry) => [entry.membership_id, 'present'])))}
          >
            {t('attendance.allPresent')}
          </button>
        </p>
        <ul className="usa-list usa-list--unstyled cg-roll">
          {roll.map((entry) => (
            <RollRow
              key={entry.membership_id}
              entry={entry}
              sectors={sectors}
              value={marks[entry.membership_id] ?? null}
              onChange={(value) => mark({ [entry.membership_id]: value })}
            />
          ))}
        </ul>
        <TextField
          id={guestsId}
          label={t('attendance.guests')}
          hint={t('attendance.guestsHint')}
          inputMode="numeric"
          value={guests}
          onChange={(value) => {
            setGuests(value);
            setDirty(true);
          }}
          error={messages.guests}
        />
        <div className="cg-save-bar">
          <p className="cg-save-bar__count">
            <strong>{t('attendance.bar.marked', { marked: marked.length, total: roll.length })}</strong>{' '}
            {t('attendance.bar.counts', { present: count('present'), absent: count('absent'), excused: count('excused') })}{' '}
            {dirty ? t('attendance.bar.unsaved') : ''}
          </p>
          <button type="submit" className="usa-button">
            {t('attendance.save')}
          </button>
        </div>
      </form>
    </>
  );
}

function RollRow({
  entry,
  sectors,
  value,
  onChange,
}: {
  entry: RollEntry;
  sectors: readonly ReferenceItem[];
  value: AttendanceStatus | null;
  onChange: (value: AttendanceStatus) => void;
}) {
  const nameId = `roll-${entry.membership_id}-name`;
  const sector = labelFor(sectors, entry.sector);
  return (
    <li className="cg-roll__row">
      <span className="cg-roll__who" id={nameId}>
        <strong>{entry.display_name}</strong>
        <span className="cg-block cg-table-detail">
          {entry.organization === null ? sector : t('attendance.for', { organization: entry.organization, sector })}
        </span>
      </span>
      <span className="cg-roll__buttons" role="group" aria-labelledby={nameId}>
        {attendanceStatuses.map((key) => {
          const pressed = value === key;
          return (
            <button
              key={key}
              id={buttonId(entry.membership_id, key)}
              type="button"
              className={pressed ? `usa-button cg-roll__button cg-roll__button--${key}` : 'usa-button usa-button--outline cg-roll__button'}
              aria-pressed={pressed}
              onClick={() => onChange(key)}
            >
              {pressed && (
                <span className="cg-roll__check" aria-hidden="true">
                  ✓{' '}
                </span>
              )}
              {attendanceLabel(key)}
            </button>
          );
        })}
      </span>
    </li>
  );
}
