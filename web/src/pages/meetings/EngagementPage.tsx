import { useState } from 'react';
import { canRunMeetings, getEngagement, type Engagement, type MemberEngagement } from '../../api/meetings';
import type { Partnership } from '../../api/partnerships';
import { labelFor } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { SortHeader } from '../../components/SortHeader';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { FindingsList } from '../partnerships/FindingsList';
import { formatDate } from '../partnerships/labels';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { ProgressBar } from '../plan/ProgressBar';
import { useLoad } from '../plan/useLoad';
import { monthText, tallyText } from './meetingLabels';
import { meetingPaths } from './meetingPaths';

/** /partnerships/:id/engagement: who is drifting away, and how committed members, organisations and sectors are. */
export function EngagementPage() {
  return (
    <PartnershipFrame
      title={() => t('engagement.title')}
      documentTitle={(partnership) => t('engagement.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <EngagementPanel partnership={partnership} />}
    </PartnershipFrame>
  );
}

function EngagementPanel({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const runner = canRunMeetings(partnership.my_role);
  return (
    <>
      <BackLink to={meetingPaths.list(id)}>{t('meeting.backToList')}</BackLink>
      {runner ? <Report partnershipId={id} /> : <Alert type="info">{t('engagement.notAllowed')}</Alert>}
    </>
  );
}

function Report({ partnershipId }: { partnershipId: number }) {
  const report = useLoad((signal) => getEngagement(partnershipId, signal), String(partnershipId));
  const data = report.data;
  return (
    <>
      <p>{t('engagement.intro')}</p>
      {report.error !== null && <Alert type="error">{report.error.problem.detail}</Alert>}
      {data === null && report.error === null && <p role="status">{t('common.loading')}</p>}
      {data !== null && (
        <>
          <section className="cg-section cg-section--first" aria-labelledby="engagement-alerts-heading">
            <h2 id="engagement-alerts-heading">{t('engagement.alerts.heading', { count: data.alerts.length })}</h2>
            <FindingsList
              findings={data.alerts.map((alert) => ({ title: alert.title, evidence: alert.evidence, suggested_action: alert.suggestion }))}
              headingLevel={3}
              empty={t('engagement.alerts.none')}
            />
          </section>
          <Members engagement={data} />
          <Organizations engagement={data} />
          <Sectors engagement={data} />
          <Months engagement={data} />
          <p className="usa-hint">
            {t('engagement.thresholds', {
              recent: data.thresholds.recent_meetings,
              missed: data.thresholds.missed_in_a_row,
              months: data.thresholds.trend_months,
            })}
          </p>
        </>
      )}
    </>
  );
}

type SortKey = 'name' | 'attendance';

function sortMembers(members: readonly MemberEngagement[], key: SortKey, descending: boolean): MemberEngagement[] {
  const sorted = [...members].sort((a, b) => {
    // Nobody counted yet sorts below everyone who was.
    const order =
      key === 'attendance'
        ? (a.attendance.share ?? -1) - (b.attendance.share ?? -1) || a.attendance.of - b.attendance.of
        : b.display_name.localeCompare(a.display_name);
    return order === 0 ? a.membership_id - b.membership_id : order;
  });
  return descending ? sorted.reverse() : sorted;
}

function Members({ engagement }: { engagement: Engagement }) {
  // Lowest attendance first: those are the people to call.
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'attendance', descending: false });
  const shown = sortMembers(engagement.members, sort.key, sort.descending);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <SortHeader
        label={label}
        active={active}
        descending={sort.descending}
        onSort={() => setSort({ key, descending: active ? !sort.descending : false })}
      />
    );
  };
  return (
    <section className="cg-section" aria-labelledby="engagement-members-heading">
      <h2 id="engagement-members-heading">{t('engagement.members.heading')}</h2>
      <p>{t('engagement.members.intro', { recent: engagement.thresholds.recent_meetings })}</p>
      {shown.length === 0 ? (
        <p>{t('engagement.members.none')}</p>
      ) : (
        <>
          <p className="cg-status" role="status">
            {t('engagement.members.sorted', {
              key: sort.key === 'attendance' ? t('engagement.sort.attendance') : t('engagement.sort.name'),
              order:
                sort.key === 'attendance'
                  ? sort.descending
                    ? t('engagement.sort.highest')
                    : t('engagement.sort.lowest')
                  : sort.descending
                    ? t('engagement.sort.zToA')
                    : t('engagement.sort.aToZ'),
            })}
          </p>
          <div className="usa-table-container--scrollable" role="region" aria-labelledby="engagement-members-caption" tabIndex={0}>
            <table className="usa-table usa-table--borderless cg-table cg-engagement-table">
              <caption id="engagement-members-caption">{t('engagement.members.caption')}</caption>
              <thead>
                <tr>
                  {header('name', t('engagement.members.name'))}
                  {header('attendance', t('engagement.members.attendance'))}
                  <th scope="col">{t('engagement.members.rsvps')}</th>
                  <th scope="col">{t('engagement.members.onTime')}</th>
                  <th scope="col">{t('engagement.members.contributions')}</th>
                  <th scope="col">{t('engagement.members.lastPresent')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((member) => (
                  <tr key={member.membership_id}>
                    <th scope="row">{member.display_name}</th>
                    <td>
                      {tallyText(member.attendance)}
                      {member.excused > 0 && (
                        <span className="cg-block cg-table-detail">{t('engagement.members.excused', { count: member.excused })}</span>
                      )}
                    </td>
                    <td>{tallyText(member.rsvps_kept)}</td>
                    <td>
                      {tallyText(member.on_time)}
                      {member.overdue > 0 && (
                        <span className="cg-block cg-overdue">{t('engagement.members.overdue', { count: member.overdue })}</span>
                      )}
                    </td>
                    <td>
                      {member.agenda_items + member.ideas + member.comments}
                      <span className="cg-block cg-table-detail">
                        {t('engagement.members.contributionParts', { agenda: member.agenda_items, ideas: member.ideas, comments: member.comments })}
                      </span>
                    </td>
                    <td>{formatDate(member.last_present, t('engagement.members.never'))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Organizations({ engagement }: { engagement: Engagement }) {
  return (
    <section className="cg-section" aria-labelledby="engagement-orgs-heading">
      <h2 id="engagement-orgs-heading">{t('engagement.orgs.heading')}</h2>
      {engagement.organizations.length === 0 ? (
        <p>{t('engagement.orgs.none')}</p>
      ) : (
        <div className="usa-table-container--scrollable" role="region" aria-labelledby="engagement-orgs-caption" tabIndex={0}>
          <table className="usa-table usa-table--borderless cg-table">
            <caption id="engagement-orgs-caption">{t('engagement.orgs.caption', { recent: engagement.thresholds.recent_meetings })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('engagement.orgs.name')}</th>
                <th scope="col">{t('engagement.orgs.seats')}</th>
                <th scope="col">{t('engagement.orgs.attendance')}</th>
                <th scope="col">{t('engagement.members.onTime')}</th>
                <th scope="col">{t('engagement.members.contributions')}</th>
              </tr>
            </thead>
            <tbody>
              {engagement.organizations.map((organization) => (
                <tr key={organization.organization_id}>
                  <th scope="row">{organization.name}</th>
                  <td>{organization.members}</td>
                  <td>{tallyText(organization.attendance)}</td>
                  <td>{tallyText(organization.on_time)}</td>
                  <td>{organization.contributions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Each sector's share of meetings with someone of theirs present, as bars with the numbers in words. */
function Sectors({ engagement }: { engagement: Engagement }) {
  const sectors = useReferenceList('/api/v1/sectors');
  return (
    <section className="cg-section" aria-labelledby="engagement-sectors-heading">
      <h2 id="engagement-sectors-heading">{t('engagement.sectors.heading')}</h2>
      <p>{t('engagement.sectors.intro', { months: engagement.thresholds.trend_months })}</p>
      {engagement.sectors.length === 0 ? (
        <p>{t('engagement.sectors.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled cg-chart__rows cg-sector-bars">
          {engagement.sectors.map((sector) => (
            <li className="cg-chart__row" key={sector.sector}>
              <span className="cg-chart__label">{labelFor(sectors.items, sector.sector)}</span>
              <ProgressBar value={sector.meetings.share} text={tallyText(sector.meetings)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Months({ engagement }: { engagement: Engagement }) {
  return (
    <section className="cg-section" aria-labelledby="engagement-months-heading">
      <h2 id="engagement-months-heading">{t('engagement.months.heading')}</h2>
      <div className="usa-table-container--scrollable" role="region" aria-labelledby="engagement-months-caption" tabIndex={0}>
        <table className="usa-table usa-table--borderless cg-table">
          <caption id="engagement-months-caption">{t('engagement.months.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('engagement.months.month')}</th>
              <th scope="col">{t('engagement.months.meetings')}</th>
              <th scope="col">{t('engagement.months.seats')}</th>
              <th scope="col">{t('engagement.members.contributions')}</th>
              <th scope="col">{t('engagement.months.contributors')}</th>
            </tr>
          </thead>
          <tbody>
            {engagement.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthText(month.month)}</th>
                <td>{month.meetings}</td>
                <td>{tallyText(month.seats_filled)}</td>
                <td>{month.contributions}</td>
                <td>{month.contributors}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
