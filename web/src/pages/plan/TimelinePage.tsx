import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Partnership } from '../../api/partnerships';
import { isClosed, type Plan } from '../../api/plan';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { Checkbox } from '../../components/ChoiceGroup';
import { t } from '../../i18n';
import { formatDate, todayIso } from '../partnerships/labels';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { activityStatusLabel, dueText, ownersText } from './planLabels';
import { allActivities, type PlacedActivity } from './planTree';
import { usePlan } from './usePlan';

/** /partnerships/:id/plan/timeline: activities as bars from start to due date, month by month. */
export function TimelinePage() {
  return (
    <PartnershipFrame
      title={() => t('timeline.title')}
      documentTitle={(partnership) => t('timeline.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Timeline partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Timeline({ partnership }: { partnership: Partnership }) {
  const { plan, error } = usePlan(partnership.id, false);
  const [withClosed, setWithClosed] = useState(true);
  return (
    <>
      <PlanNav partnershipId={partnership.id} />
      <BackLink to={planPaths.plan(partnership.id)}>{t('plan.back')}</BackLink>
      <p>{t('timeline.intro')}</p>
      {error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      {plan === null && error === null && <p role="status">{t('common.loading')}</p>}
      {plan !== null && (
        <>
          <Checkbox
            id="timeline-closed"
            label={t('timeline.withClosed')}
            checked={withClosed}
            onChange={setWithClosed}
          />
          <TimelineChart partnershipId={partnership.id} plan={plan} withClosed={withClosed} />
        </>
      )}
    </>
  );
}

// ---- Months as the scale: each month is one column of equal width -------------------------------

interface Month {
  year: number;
  /** 0..11 */
  month: number;
}

const monthIndex = (year: number, month: number) => year * 12 + month;
const parseDay = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 1970, month: (month ?? 1) - 1, day: day ?? 1 };
};
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** Where `date` falls, in months from the first month (fractions within a month); `end` is the day's end. */
function position(date: string, first: number, end = false): number {
  const { year, month, day } = parseDay(date);
  const within = (day - (end ? 0 : 1)) / daysIn(year, month);
  return monthIndex(year, month) - first + within;
}

/** The scale's width in the SVGs' own units. */
const SCALE = 1000;

function TimelineChart({ partnershipId, plan, withClosed }: { partnershipId: number; plan: Plan; withClosed: boolean }) {
  const today = todayIso();
  const all = allActivities(plan).filter((placed) => withClosed || !isClosed(placed.activity.status));
  const dated = all.filter((placed) => placed.activity.start_on !== null && placed.activity.due_on !== null);
  const undated = all.filter((placed) => placed.activity.start_on === null || placed.activity.due_on === null);

  if (dated.length === 0) {
    return (
      <>
        <p>{t('timeline.none')}</p>
        <Undated partnershipId={partnershipId} items={undated} />
      </>
    );
  }

  const starts = dated.map((placed) => placed.activity.start_on!).concat(today);
  const ends = dated.map((placed) => placed.activity.due_on!).concat(today);
  const firstDay = parseDay(starts.reduce((a, b) => (a < b ? a : b)));
  const lastDay = parseDay(ends.reduce((a, b) => (a > b ? a : b)));
  const first = monthIndex(firstDay.year, firstDay.month);
  const count = monthIndex(lastDay.year, lastDay.month) - first + 1;
  const months: Month[] = Array.from({ length: count }, (_, index) => ({
    year: Math.floor((first + index) / 12),
    month: (first + index) % 12,
  }));
  const x = (months: number) => (months / count) * SCALE;
  const todayX = x((position(today, first) + position(today, first, true)) / 2);
  const wide = count > 12 ? 'cg-gantt--long' : '';
  // Every month is a column; over a long span only quarters, or years, are named.
  const every = count <= 12 ? 1 : count <= 36 ? 3 : 12;
  const labelled = (month: Month, index: number) => index === 0 || month.month % every === 0;

  // Rows grouped by objective (or "not under an objective"), in the plan's order.
  const groups: { key: string; title: string; rows: PlacedActivity[] }[] = [];
  for (const placed of dated) {
    const key = placed.objective === null ? 'none' : String(placed.objective.id);
    let group = groups.find((candidate) => candidate.key === key);
    if (group === undefined) {
      group = {
        key,
        title: placed.objective === null ? t('timeline.unfiled') : t('timeline.objective', { title: placed.objective.title }),
        rows: [],
      };
      groups.push(group);
    }
    group.rows.push(placed);
  }

  return (
    <>
      <div className="usa-table-container--scrollable cg-gantt-region" role="region" aria-labelledby="timeline-caption" tabIndex={0}>
        <div className={`cg-gantt ${wide}`}>
          <p id="timeline-caption" className="cg-chart__caption">
            {t('timeline.caption', {
              from: formatDate(`${months[0]!.year}-${String(months[0]!.month + 1).padStart(2, '0')}-01`),
              today: formatDate(today),
            })}
          </p>
          <div className="cg-gantt__header" aria-hidden="true">
            <span className="cg-gantt__corner" />
            <span className="cg-gantt__months">
              {months.map((month, index) => (
                <span
                  className={labelled(month, index) ? 'cg-gantt__month' : 'cg-gantt__month cg-gantt__month--quiet'}
                  key={`${month.year}-${month.month}`}
                >
                  {labelled(month, index) && (
                    <>
                      {monthLabel.format(new Date(Date.UTC(month.year, month.month, 1)))}
                      {(month.month === 0 || index === 0) && <span className="cg-block">{month.year}</span>}
                    </>
                  )}
                </span>
              ))}
            </span>
          </div>
          <ul className="cg-gantt__groups">
            {groups.map((group) => (
              <li key={group.key} className="cg-gantt__group">
                <p className="cg-gantt__group-title">{group.title}</p>
                <ul className="cg-gantt__rows">
                  {group.rows.map((placed) => {
                    const activity = placed.activity;
                    const start = x(position(activity.start_on!, first));
                    const end = Math.max(start + 2, x(position(activity.due_on!, first, true)));
                    const done = (end - start) * Math.max(0, Math.min(1, activity.percent / 100));
                    return (
                      <li key={activity.id} className={`cg-gantt__row cg-gantt__row--depth-${Math.min(placed.depth, 3)}`}>
                        <span className="cg-gantt__label">
                          <Link className="usa-link" to={planPaths.activity(partnershipId, activity.id)}>
                            {activity.title}
                          </Link>
                          <span className="cg-gantt__facts">
                            {t('timeline.dates', { start: formatDate(activity.start_on), due: formatDate(activity.due_on) })}
                            {'; '}
                            {t('timeline.statusPercent', { status: activityStatusLabel(activity.status), percent: activity.percent })}
                            {activity.overdue && (
                              <>
                                {'; '}
                                <strong className="cg-overdue">{dueText(activity)}</strong>
                              </>
                            )}
                            {'; '}
                            {t('activity.ownersLine', { owners: ownersText(activity) })}
                          </span>
                        </span>
                        <svg
                          className="cg-gantt__track"
                          viewBox={`0 0 ${SCALE} 20`}
                          preserveAspectRatio="none"
                          aria-hidden="true"
                          focusable="false"
                        >
                          {months.map((month, index) => (
                            <line
                              key={`${month.year}-${month.month}`}
                              className={labelled(month, index) ? 'cg-gantt__gridline' : 'cg-gantt__gridline cg-gantt__gridline--quiet'}
                              x1={x(index)}
                              x2={x(index)}
                              y1="0"
                              y2="20"
                              vectorEffect="non-scaling-stroke"
                            />
                          ))}
                          <rect
                            className={`cg-gantt__bar cg-gantt__bar--${activity.overdue ? 'overdue' : activity.status}`}
                            x={start}
                            y="4"
                            width={end - start}
                            height="12"
                          />
                          <rect className="cg-gantt__done" x={start} y="4" width={done} height="12" />
                          <line
                            className="cg-gantt__today"
                            x1={todayX}
                            x2={todayX}
                            y1="0"
                            y2="20"
                            vectorEffect="non-scaling-stroke"
                          />
                        </svg>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <Undated partnershipId={partnershipId} items={undated} />
    </>
  );
}

function Undated({ partnershipId, items }: { partnershipId: number; items: readonly PlacedActivity[] }) {
  if (items.length === 0) return null;
  return (
    <section className="cg-section" aria-labelledby="undated-heading">
      <h2 id="undated-heading">{t('timeline.undated.heading')}</h2>
      <p>{t('timeline.undated.intro')}</p>
      <ul className="usa-list">
        {items.map(({ activity }) => (
          <li key={activity.id}>
            <Link className="usa-link" to={planPaths.activity(partnershipId, activity.id)}>
              {activity.title}
            </Link>
            {': '}
            <span className={activity.overdue ? 'cg-overdue' : undefined}>{dueText(activity)}</span>
            {'. '}
            {activity.start_on === null ? t('timeline.undated.noStart') : t('timeline.undated.from', { date: formatDate(activity.start_on) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
