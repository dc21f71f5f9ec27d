import { Link, useSearchParams } from 'react-router-dom';
import { listMeetings, type Meeting } from '../../api/meetings';
import { Alert } from '../../components/Alert';
import { t } from '../../i18n';
import { useLoad } from '../plan/useLoad';
import { localDate, monthRange, monthWeeks, parseMonth, shiftMonth } from './calendarDates';
import { calendarDayText, clockText, dayText, monthText, weekdayNames } from './meetingLabels';
import { meetingPaths } from './meetingPaths';

interface MonthProps {
  partnershipId: number;
  /** YYYY-MM */
  month: string;
  /** The browser's date, YYYY-MM-DD. */
  today: string;
  /** The meetings of the month's calendar by their own local date, each day's by start time. */
  byDate: ReadonlyMap<string, readonly Meeting[]>;
}

/**
 * The meetings page as a calendar (`?view=calendar&month=YYYY-MM`; this month without `month`):
 * one month as a table of weeks, each meeting on its own local date with its local start time.
 * Below 40em the table gives way to a list of the month's days that have meetings.
 */
export function MeetingsCalendar({ partnershipId }: { partnershipId: number }) {
  const [params, setParams] = useSearchParams();
  const today = localDate(new Date());
  const thisMonth = today.slice(0, 7);
  const month = parseMonth(params.get('month')) ?? thisMonth;
  const load = useLoad(
    async (signal) => ({ month, list: await listMeetings(partnershipId, monthRange(month), signal) }),
    `${partnershipId}/${month}`,
  );
  // The month shown before stays in `load` until this one's answer comes.
  const meetings = load.data?.month === month ? load.data.list.items : null;

  function show(next: string) {
    const nextParams = new URLSearchParams(params);
    if (next === thisMonth) nextParams.delete('month');
    else nextParams.set('month', next);
    setParams(nextParams, { preventScrollReset: true });
  }

  const moves = [
    { label: t('meetings.calendar.previous'), month: shiftMonth(month, -1) },
    { label: t('meetings.calendar.thisMonth'), month: thisMonth },
    { label: t('meetings.calendar.next'), month: shiftMonth(month, 1) },
  ];
  const shown = { partnershipId, month, today, byDate: meetingsByDate(meetings ?? []) };

  return (
    <section className="cg-section cg-section--first" aria-labelledby="calendar-month-heading">
      <div className="cg-calendar-bar">
        <h2 id="calendar-month-heading" className="cg-calendar-bar__month">
          {monthText(month)}
        </h2>
        <ul className="usa-button-group cg-calendar-bar__moves" aria-label={t('meetings.calendar.moves')}>
          {moves.map((move) => (
            <li key={move.label} className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--outline" onClick={() => show(move.month)}>
                {move.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {meetings === null && load.error !== null && <Alert type="error">{load.error.problem.detail}</Alert>}
      <p className="cg-calendar-count" role="status">
        {meetings !== null
          ? countText(meetings.filter((meeting) => meeting.local.date.startsWith(`${month}-`)).length, month)
          : load.error === null && t('common.loading')}
      </p>
      {meetings !== null && (
        <>
          <MonthTable {...shown} />
          <DayList {...shown} />
        </>
      )}
    </section>
  );
}

/** The meetings by their own local date, each day's by local start time. */
function meetingsByDate(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const byDate = new Map<string, Meeting[]>();
  for (const meeting of [...meetings].sort((a, b) => a.local.starts.localeCompare(b.local.starts))) {
    const day = byDate.get(meeting.local.date);
    if (day === undefined) byDate.set(meeting.local.date, [meeting]);
    else day.push(meeting);
  }
  return byDate;
}

function countText(count: number, month: string): string {
  const name = monthText(month);
  if (count === 0) return t('meetings.calendar.none', { month: name });
  return count === 1 ? t('meetings.calendar.count.one', { month: name }) : t('meetings.calendar.count', { count, month: name });
}

/** The month as a table, a week to a row; days of the months around it are shaded. */
function MonthTable({ partnershipId, month, today, byDate }: MonthProps) {
  return (
    <table className="usa-table cg-calendar">
      <caption className="usa-sr-only">{t('meetings.calendar.caption', { month: monthText(month) })}</caption>
      <thead>
        <tr>
          {weekdayNames().map((name) => (
            <th key={name.long} scope="col">
              <abbr title={name.long}>{name.short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week[0]}>
            {week.map((date) => {
              const classes = ['cg-calendar__day'];
              if (!date.startsWith(`${month}-`)) classes.push('cg-calendar__day--outside');
              if (date === today) classes.push('cg-calendar__day--today');
              const meetings = byDate.get(date);
              return (
                <td key={date} className={classes.join(' ')} aria-current={date === today ? 'date' : undefined}>
                  <time className="cg-calendar__date" dateTime={date}>
                    {calendarDayText(date, month)}
                  </time>
                  {meetings !== undefined && <DayMeetings partnershipId={partnershipId} meetings={meetings} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The month's days that have meetings, as a list: what a phone shows instead of the table. */
function DayList({ partnershipId, month, today, byDate }: MonthProps) {
  const days = [...byDate.entries()].filter(([date]) => date.startsWith(`${month}-`)).sort(([a], [b]) => a.localeCompare(b));
  if (days.length === 0) return null;
  return (
    <ol className="usa-list usa-list--unstyled cg-calendar-days" aria-labelledby="calendar-month-heading">
      {days.map(([date, meetings]) => (
        <li key={date} className="cg-calendar-days__day" aria-current={date === today ? 'date' : undefined}>
          <h3 className="cg-calendar-days__date">
            {date === today ? t('meetings.calendar.today', { date: dayText(date) }) : dayText(date)}
          </h3>
          <DayMeetings partnershipId={partnershipId} meetings={meetings} />
        </li>
      ))}
    </ol>
  );
}

/** One day's meetings: start time and title; a cancelled one struck through and saying so. */
function DayMeetings({ partnershipId, meetings }: { partnershipId: number; meetings: readonly Meeting[] }) {
  return (
    <ul className="usa-list usa-list--unstyled cg-calendar-meetings">
      {meetings.map((meeting) => {
        const cancelled = meeting.status === 'cancelled';
        return (
          <li key={meeting.id} className={cancelled ? 'cg-calendar-meeting cg-calendar-meeting--cancelled' : 'cg-calendar-meeting'}>
            <span className="cg-calendar-meeting__time">{clockText(meeting.local.starts)}</span>{' '}
            <Link className="usa-link cg-calendar-meeting__title" to={meetingPaths.meeting(partnershipId, meeting.id)}>
              {meeting.title}
            </Link>
            {cancelled && (
              <>
                {' '}
                <span className="cg-calendar-meeting__cancelled">{t('meeting.status.cancelled')}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
