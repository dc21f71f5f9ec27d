import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { canRunMeetings, type Meeting } from '../../api/meetings';
import type { Partnership } from '../../api/partnerships';
import type { ReferenceItem } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { FlashMessage } from '../../components/FlashMessage';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { formatDate } from '../partnerships/labels';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { answerListLabel, attendanceText, meetingKindLabel, monthText, rsvpCountsText, whenText } from './meetingLabels';
import { meetingPaths } from './meetingPaths';
import { MeetingsCalendar } from './MeetingsCalendar';
import { useMeetingList } from './useMeetingList';

/**
 * /partnerships/:id/meetings: meetings coming up and past ones, by month, in each meeting's own
 * time; with `?view=calendar`, a month's calendar instead.
 */
export function MeetingsPage() {
  return (
    <PartnershipFrame
      title={() => t('meetings.title')}
      documentTitle={(partnership) => t('meetings.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Meetings partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Meetings({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const runner = canRunMeetings(partnership.my_role);
  const [params] = useSearchParams();
  const calendar = params.get('view') === 'calendar';

  return (
    <>
      <FlashMessage />
      <p>{t('meetings.intro')}</p>
      {runner && (
        <ul className="usa-button-group cg-actions">
          <li className="usa-button-group__item">
            <Link className="usa-button" to={meetingPaths.schedule(id)}>
              {t('meetings.schedule')}
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--outline" to={meetingPaths.engagement(id)}>
              {t('meetings.engagement')}
            </Link>
          </li>
        </ul>
      )}
      <ViewChoice partnershipId={id} calendar={calendar} />
      {calendar ? <MeetingsCalendar partnershipId={id} /> : <MeetingsList partnership={partnership} runner={runner} />}
    </>
  );
}

/** List or calendar, as links that set `?view=`, so the choice survives a reload and can be shared. */
function ViewChoice({ partnershipId, calendar }: { partnershipId: number; calendar: boolean }) {
  const views = [
    { to: meetingPaths.list(partnershipId), label: t('meetings.view.list'), current: !calendar },
    { to: meetingPaths.calendar(partnershipId), label: t('meetings.view.calendar'), current: calendar },
  ];
  return (
    <ul className="usa-button-group usa-button-group--segmented cg-view-choice" aria-label={t('meetings.view.label')}>
      {views.map((view) => (
        <li key={view.to} className="usa-button-group__item">
          <Link
            className={view.current ? 'usa-button' : 'usa-button usa-button--outline'}
            to={view.to}
            aria-current={view.current ? 'page' : undefined}
          >
            {view.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The meetings as a list: coming up, then past ones newest first, a year further back on request. */
function MeetingsList({ partnership, runner }: { partnership: Partnership; runner: boolean }) {
  const id = partnership.id;
  const [yearsBack, setYearsBack] = useState(0);
  const list = useMeetingList(id, yearsBack);
  const sectors = useReferenceList('/api/v1/sectors');
  const data = list.data;
  // An answer for fewer years back stays shown while the earlier meetings load.
  const loadingEarlier = data !== null && data.yearsBack !== yearsBack;
  const now = Date.now();
  // A meeting under way is still coming up: people look for it there.
  const upcoming = data?.items.filter((meeting) => Date.parse(meeting.ends_at) > now) ?? [];
  const past = data?.items.filter((meeting) => Date.parse(meeting.ends_at) <= now).reverse() ?? [];
  const card = { partnershipId: id, sectors: sectors.items, now, atTheTable: partnership.my_role !== null };

  return (
    <>
      {list.error !== null && data === null && <Alert type="error">{list.error.problem.detail}</Alert>}
      {data === null && list.error === null && <p role="status">{t('common.loading')}</p>}
      {data !== null && (
        <>
          <section className="cg-section cg-section--first" aria-labelledby="meetings-upcoming-heading">
            <h2 id="meetings-upcoming-heading">{t('meetings.upcoming.heading', { count: upcoming.length })}</h2>
            {upcoming.length === 0 ? (
              <p>{runner ? t('meetings.upcoming.noneRunner') : t('meetings.upcoming.none')}</p>
            ) : (
              <MonthGroups meetings={upcoming} {...card} />
            )}
          </section>
          <section className="cg-section" aria-labelledby="meetings-past-heading">
            <h2 id="meetings-past-heading">{t('meetings.past.heading', { count: past.length })}</h2>
            <p className="usa-hint">{t('meetings.past.since', { date: formatDate(data.from) })}</p>
            {past.length === 0 ? <p>{t('meetings.past.none')}</p> : <MonthGroups meetings={past} {...card} />}
            <div className="cg-earlier">
              <button type="button" className="usa-button usa-button--outline" onClick={() => setYearsBack(yearsBack + 1)}>
                {t('meetings.past.earlier')}
              </button>
              {loadingEarlier && list.error !== null && <Alert type="error">{list.error.problem.detail}</Alert>}
              <p className="usa-hint" role="status">
                {loadingEarlier
                  ? list.error === null && t('meetings.past.earlierLoading')
                  : yearsBack > 0 && t('meetings.past.earlierShown', { date: formatDate(data.from) })}
              </p>
            </div>
          </section>
        </>
      )}
    </>
  );
}

interface CardContext {
  partnershipId: number;
  sectors: readonly ReferenceItem[];
  now: number;
  /** Whether the viewer has a seat, and so an answer to give. */
  atTheTable: boolean;
}

/** The meetings under a heading per month (of their own local date), in the order given. */
function MonthGroups({ meetings, ...card }: CardContext & { meetings: readonly Meeting[] }) {
  const groups: { month: string; meetings: Meeting[] }[] = [];
  for (const meeting of meetings) {
    const month = meeting.local.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.meetings.push(meeting);
    else groups.push({ month, meetings: [meeting] });
  }
  return (
    <>
      {groups.map((group) => (
        <div key={group.month}>
          <h3 className="cg-month-heading">{monthText(group.month)}</h3>
          <ul className="usa-list usa-list--unstyled cg-meetings">
            {group.meetings.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} {...card} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function MeetingCard({ meeting, partnershipId, sectors, now, atTheTable }: CardContext & { meeting: Meeting }) {
  const cancelled = meeting.status === 'cancelled';
  const started = Date.parse(meeting.starts_at) <= now;
  const over = Date.parse(meeting.ends_at) <= now;
  return (
    <li className={cancelled ? 'cg-meeting-card cg-meeting-card--cancelled' : 'cg-meeting-card'}>
      <h4 className="cg-meeting-card__title">
        <Link className="usa-link" to={meetingPaths.meeting(partnershipId, meeting.id)}>
          {meeting.title}
        </Link>
        {cancelled && (
          <>
            {' '}
            <span className="usa-tag cg-status-tag cg-status-tag--cancelled">{t('meeting.status.cancelled')}</span>
          </>
        )}
        {!cancelled && started && !over && (
          <>
            {' '}
            <span className="usa-tag cg-status-tag cg-status-tag--in_progress">{t('meeting.status.now')}</span>
          </>
        )}
      </h4>
      <p className="cg-meeting-card__when">{whenText(meeting)}</p>
      <p className="cg-meeting-card__meta">
        <span>{meetingKindLabel(meeting.kind)}</span>
        {meeting.place !== null && <span>{meeting.place}</span>}
        {meeting.online_link !== null && <span>{t('meetings.card.online')}</span>}
      </p>
      {cancelled ? (
        <p>{meeting.cancel_reason === null ? t('meeting.cancelled') : t('meeting.cancelledBecause', { reason: meeting.cancel_reason })}</p>
      ) : started ? (
        meeting.attendance.taken ? (
          <p>
            <strong>{t('meetings.card.attendance')}</strong> {attendanceText(meeting.attendance, sectors)}
          </p>
        ) : (
          over && <p>{t('meetings.card.noAttendance')}</p>
        )
      ) : (
        <p>
          {rsvpCountsText(meeting.rsvps)}
          {atTheTable && (
            <>
              {' '}
              {meeting.my_rsvp === null
                ? t('meetings.card.notAnswered')
                : t('meetings.card.myAnswer', { answer: answerListLabel(meeting.my_rsvp) })}
            </>
          )}
        </p>
      )}
    </li>
  );
}
