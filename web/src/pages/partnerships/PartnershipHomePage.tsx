import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import { getCharter, type Charter } from '../../api/charter';
import { canRunMeetings, getEngagement, type Engagement } from '../../api/meetings';
import { listAllMembers, type Membership } from '../../api/members';
import {
  canManage,
  getAttention,
  getBalance,
  getBalanceTrend,
  type Balance,
  type Finding,
  type Partnership,
  type TrendPoint,
} from '../../api/partnerships';
import { getPlan, type Plan } from '../../api/plan';
import { labelFor } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { FlashMessage } from '../../components/FlashMessage';
import { FormGroup } from '../../components/FormGroup';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { meetingPaths } from '../meetings/meetingPaths';
import { planPaths } from '../plan/planPaths';
import { ProgressBar } from '../plan/ProgressBar';
import { ReviewDue } from '../plan/ReviewDue';
import { BalanceChart, shownSectors, TrendChart } from './BalanceChart';
import { FindingsList } from './FindingsList';
import { charterStatusLabel, formatDate, percent, roleLabel, todayIso } from './labels';
import { PartnershipFacts } from './PartnershipFacts';
import { PartnershipFrame } from './PartnershipFrame';

/** /partnerships/:id: where the partnership stands, what needs attention, and its balance. */
export function PartnershipHomePage() {
  return (
    <PartnershipFrame title={(partnership) => partnership.name}>
      {({ partnership }) => <Home partnership={partnership} />}
    </PartnershipFrame>
  );
}

/** What one section's request gave: nothing yet, the data, or the error. */
type Loaded<T> = { data: T; error: null } | { data: null; error: ApiError } | null;

/** Loads `fetch` whenever `deps` change; aborts the older request. */
function useLoad<T>(fetch: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(null);
  useEffect(() => {
    const controller = new AbortController();
    setState(null);
    fetch(controller.signal).then(
      (data) => setState({ data, error: null }),
      (caught: unknown) => {
        if (!isAbort(caught) && caught instanceof ApiError) setState({ data: null, error: caught });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

function Pending({ state }: { state: Loaded<unknown> }) {
  if (state === null) return <p role="status">{t('common.loading')}</p>;
  if (state.error !== null) return <Alert type="error">{state.error.problem.detail}</Alert>;
  return null;
}

function Home({ partnership }: { partnership: Partnership }) {
  const sectors = useReferenceList('/api/v1/sectors');
  const id = partnership.id;
  return (
    <>
      <FlashMessage />
      <Attention id={id} />
      {partnership.my_role !== null && <PlanGlance id={id} />}
      {canRunMeetings(partnership.my_role) && <EngagementGlance id={id} />}
      <section className="cg-section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('home.facts.heading')}</h2>
        {partnership.my_role !== null && (
          <p>{t('home.facts.myRole', { role: roleLabel(partnership.my_role) })}</p>
        )}
        <PartnershipFacts partnership={partnership} sectors={sectors.items} />
        {partnership.visibility === 'public' && (
          <p>
            <Link className="usa-link" to={`/p/${id}`}>
              {t('home.facts.publicPage')}
            </Link>
          </p>
        )}
        {canManage(partnership.my_role) && (
          <p>
            <Link className="usa-button usa-button--outline" to={`/partnerships/${id}/edit`}>
              {t('home.facts.edit')}
            </Link>
          </p>
        )}
      </section>
      <MembersGlance id={id} />
      <BalanceSection id={id} />
      <CharterSummary id={id} />
    </>
  );
}

/** How many findings the home page shows before "Show all". */
const ATTENTION_SHOWN = 3;

function Attention({ id }: { id: number }) {
  const state = useLoad<Finding[]>((signal) => getAttention(id, signal), [id]);
  const [all, setAll] = useState(false);
  const findings = state?.data ?? null;
  const hidden = findings === null ? 0 : findings.length - ATTENTION_SHOWN;
  return (
    <section className="cg-section cg-attention" aria-labelledby="attention-heading">
      <h2 id="attention-heading" className="cg-focus-target" tabIndex={-1}>
        {t('home.attention.heading')}
      </h2>
      <Pending state={state} />
      {findings !== null && (
        <>
          {findings.length > 0 && <p>{t('home.attention.count', { count: findings.length })}</p>}
          <FindingsList
            findings={all ? findings : findings.slice(0, ATTENTION_SHOWN)}
            headingLevel={3}
            empty={t('home.attention.none')}
          />
          {hidden > 0 && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? t('home.attention.fewer') : t('home.attention.all', { count: hidden })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The action plan in brief: overall progress, overdue activities and the next review. */
function PlanGlance({ id }: { id: number }) {
  const state = useLoad<Plan>((signal) => getPlan(id, false, signal), [id]);
  const plan = state?.data ?? null;
  return (
    <section className="cg-section" aria-labelledby="plan-glance-heading">
      <h2 id="plan-glance-heading">{t('home.plan.heading')}</h2>
      <Pending state={state} />
      {plan !== null && (
        <>
          {plan.goals.length === 0 ? (
            <p>{t('home.plan.empty')}</p>
          ) : (
            <dl className="cg-summary">
              <div className="cg-summary__row">
                <dt>{t('plan.summary.progress')}</dt>
                <dd>
                  <ProgressBar value={plan.progress} />
                </dd>
              </div>
              <div className="cg-summary__row">
                <dt>{t('home.plan.overdue')}</dt>
                <dd>
                  {plan.counts.overdue === 0 ? (
                    t('home.plan.overdueNone', { total: plan.counts.activities })
                  ) : (
                    <span className="cg-overdue">
                      {t('home.plan.overdueCount', { count: plan.counts.overdue, total: plan.counts.activities })}
                    </span>
                  )}
                </dd>
              </div>
              <div className="cg-summary__row">
                <dt>{t('plan.summary.review')}</dt>
                <dd>
                  <ReviewDue review={plan.review} />
                </dd>
              </div>
            </dl>
          )}
          <p>
            <Link className="usa-link" to={planPaths.plan(id)}>
              {t('home.plan.link')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/** How many alerts the engagement report raises, the first two, and the way to the report. */
function EngagementGlance({ id }: { id: number }) {
  const state = useLoad<Engagement>((signal) => getEngagement(id, signal), [id]);
  const alerts = state?.data?.alerts ?? null;
  return (
    <section className="cg-section" aria-labelledby="engagement-glance-heading">
      <h2 id="engagement-glance-heading">{t('home.engagement.heading')}</h2>
      <Pending state={state} />
      {alerts !== null && (
        <>
          <p>
            {alerts.length === 0
              ? t('home.engagement.none')
              : alerts.length === 1
                ? t('home.engagement.one')
                : t('home.engagement.count', { count: alerts.length })}
          </p>
          {alerts.length > 0 && (
            <ul className="usa-list">
              {alerts.slice(0, 2).map((alert, index) => (
                <li key={index}>
                  <Link className="usa-link" to={meetingPaths.engagement(id)}>
                    {alert.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link className="usa-link" to={meetingPaths.engagement(id)}>
              {t('home.engagement.link')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function MembersGlance({ id }: { id: number }) {
  const state = useLoad<Membership[]>((signal) => listAllMembers(id, '', signal), [id]);
  const members = state?.data ?? null;
  const active = members?.filter((member) => member.status === 'active') ?? [];
  const invited = members?.filter((member) => member.status === 'invited') ?? [];
  const recent = [...active]
    .filter((member) => member.joined_on !== null)
    .sort((a, b) => (b.joined_on ?? '').localeCompare(a.joined_on ?? ''))
    .slice(0, 5);
  return (
    <section className="cg-section" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{t('home.members.heading')}</h2>
      <Pending state={state} />
      {members !== null && (
        <>
          <p>
            {t('home.members.summary', { active: active.length, invited: invited.length })}
          </p>
          <div className="cg-columns">
            <table className="usa-table usa-table--borderless cg-table cg-table--compact">
              <caption>{t('home.members.byRole')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('member.field.role')}</th>
                  <th scope="col">{t('home.members.count')}</th>
                </tr>
              </thead>
              <tbody>
                {(['lead', 'coordinator', 'member', 'observer'] as const).map((role) => (
                  <tr key={role}>
                    <th scope="row">{roleLabel(role)}</th>
                    <td>{active.filter((member) => member.role === role).length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div>
              <h3>{t('home.members.recent')}</h3>
              {recent.length === 0 ? (
                <p>{t('home.members.noneRecent')}</p>
              ) : (
                <ul className="usa-list">
                  {recent.map((member) => (
                    <li key={member.id}>
                      {t('home.members.joined', {
                        name: member.display_name,
                        role: roleLabel(member.role),
                        date: formatDate(member.joined_on),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
          <p>
            <Link className="usa-link" to={`/partnerships/${id}/members`}>
              {t('home.members.link')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function BalanceSection({ id }: { id: number }) {
  const [params, setParams] = useSearchParams();
  const at = params.get('at') ?? '';
  const valid = at === '' || /^\d{4}-\d{2}-\d{2}$/.test(at);
  const day = valid ? at : '';
  const balance = useLoad<Balance>((signal) => getBalance(id, day, signal), [id, day]);
  const to = day === '' ? todayIso() : day;
  const trend = useLoad<TrendPoint[]>(
    (signal) => getBalanceTrend(id, { from: shiftDate(to, -180), to, points: 7 }, signal),
    [id, to],
  );
  const [picked, setPicked] = useState(day);
  useEffect(() => setPicked(day), [day]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (picked === '' || picked === todayIso()) next.delete('at');
    else next.set('at', picked);
    setParams(next, { replace: true, preventScrollReset: true });
  }

  return (
    <section className="cg-section" aria-labelledby="balance-heading">
      <h2 id="balance-heading">{t('balance.heading')}</h2>
      <p>{t('balance.intro')}</p>
      <form className="usa-form cg-filters" aria-label={t('balance.date.form')} onSubmit={handleSubmit}>
        <FormGroup id="balance-at" label={t('balance.date.label')} hint={t('balance.date.hint')}>
          {(control) => (
            <input
              {...control}
              className="usa-input"
              type="date"
              name="at"
              max={todayIso()}
              value={picked}
              onChange={(event) => setPicked(event.target.value)}
            />
          )}
        </FormGroup>
        <button type="submit" className="usa-button usa-button--outline cg-filters__submit">
          {t('balance.date.submit')}
        </button>
      </form>
      {!valid && <Alert type="warning">{t('balance.date.invalid')}</Alert>}
      <Pending state={balance} />
      {balance?.data != null && <BalanceReport balance={balance.data} today={day === ''} />}
      <h3>{t('trend.heading')}</h3>
      <Pending state={trend} />
      {trend?.data != null && <Trend points={trend.data} />}
    </section>
  );
}

function shiftDate(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

function BalanceReport({ balance, today }: { balance: Balance; today: boolean }) {
  const sectors = shownSectors(balance);
  const present = balance.sectors.filter((sector) => sector.members > 0).length;
  const missing = balance.sectors.filter((sector) => balance.essential_missing.includes(sector.sector));
  return (
    <div>
      <p className="cg-lead-in" role="status">
        {t('balance.summary', {
          date: formatDate(balance.at),
          members: balance.active_members,
          decisions: balance.decision_makers,
          sectors: present,
        })}
      </p>
      {missing.length > 0 && (
        <p>
          <strong>{t('balance.missingLabel')}</strong> {missing.map((sector) => sector.label).join(', ')}
        </p>
      )}
      {balance.active_members > 0 && <BalanceChart balance={balance} />}
      <div className="usa-table-container--scrollable" role="region" aria-labelledby="balance-table-caption" tabIndex={0}>
        <table className="usa-table usa-table--borderless cg-table">
          <caption id="balance-table-caption">{t('balance.table.caption', { date: formatDate(balance.at) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('balance.table.sector')}</th>
              <th scope="col">{t('balance.table.essential')}</th>
              <th scope="col">{t('balance.table.members')}</th>
              <th scope="col">{t('balance.table.share')}</th>
              <th scope="col">{t('balance.table.decisions')}</th>
              <th scope="col">{t('balance.table.decisionShare')}</th>
            </tr>
          </thead>
          <tbody>
            {sectors.map((sector) => (
              <tr key={sector.sector}>
                <th scope="row">{sector.label}</th>
                <td>{sector.essential ? t('common.yes') : t('common.no')}</td>
                <td>{sector.members}</td>
                <td>{percent(sector.member_share)}</td>
                <td>{sector.decision_makers}</td>
                <td>{percent(sector.decision_share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="cg-summary">
        <div className="cg-summary__row">
          <dt>{t('balance.evenness')}</dt>
          <dd>
            {percent(balance.concentration.shannon_normalized)}
            <span className="usa-hint cg-block">{t('balance.evennessHint')}</span>
          </dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('balance.hhi')}</dt>
          <dd>
            {formatIndex(balance.concentration.hhi)}
            <span className="usa-hint cg-block">{t('balance.hhiHint')}</span>
          </dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('balance.decisionHhi')}</dt>
          <dd>{formatIndex(balance.concentration.decision_hhi)}</dd>
        </div>
      </dl>
      <div className="usa-table-container--scrollable" role="region" aria-labelledby="perspectives-caption" tabIndex={0}>
        <table className="usa-table usa-table--borderless cg-table cg-table--compact">
          <caption id="perspectives-caption">{t('balance.perspectives.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('balance.perspectives.perspective')}</th>
              <th scope="col">{t('balance.table.members')}</th>
            </tr>
          </thead>
          <tbody>
            {balance.perspectives.map((perspective) => (
              <tr key={perspective.perspective}>
                <th scope="row">{perspective.label}</th>
                <td>{perspective.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {today ? (
        <p>
          {t('balance.findings.today')}{' '}
          <a
            className="usa-link"
            href="#attention-heading"
            onClick={(event) => {
              event.preventDefault();
              document.getElementById('attention-heading')?.focus();
            }}
          >
            {t('balance.findings.todayLink')}
          </a>
        </p>
      ) : (
        <>
          <h3>{t('balance.findings.heading')}</h3>
          <FindingsList findings={balance.findings} headingLevel={4} empty={t('balance.findings.none')} />
        </>
      )}
    </div>
  );
}

function formatIndex(value: number | null): string {
  return value === null ? t('common.notApplicable') : value.toFixed(2);
}

function Trend({ points }: { points: TrendPoint[] }) {
  const sectors = useReferenceList('/api/v1/sectors');
  if (points.length === 0) return <p>{t('trend.none')}</p>;
  return (
    <>
      <TrendChart points={points} />
      <div className="usa-table-container--scrollable" role="region" aria-labelledby="trend-caption" tabIndex={0}>
        <table className="usa-table usa-table--borderless cg-table">
          <caption id="trend-caption">{t('trend.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.table.date')}</th>
              <th scope="col">{t('trend.table.members')}</th>
              <th scope="col">{t('trend.table.decisions')}</th>
              <th scope="col">{t('trend.table.sectors')}</th>
              <th scope="col">{t('trend.table.largest')}</th>
              <th scope="col">{t('balance.evenness')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={index}>
                <th scope="row">{formatDate(point.at)}</th>
                <td>{point.active_members}</td>
                <td>{point.decision_makers}</td>
                <td>{point.sectors_present}</td>
                <td>
                  {point.largest_sector === null
                    ? t('common.none')
                    : t('trend.table.largestValue', {
                        sector: labelFor(sectors.items, point.largest_sector),
                        share: percent(point.largest_share),
                      })}
                </td>
                <td>{percent(point.shannon_normalized)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CharterSummary({ id }: { id: number }) {
  const state = useLoad<Charter>((signal) => getCharter(id, signal), [id]);
  const charter = state?.data ?? null;
  const adopted = charter?.adopted ?? null;
  const open = charter?.open ?? null;
  return (
    <section className="cg-section" aria-labelledby="charter-summary-heading">
      <h2 id="charter-summary-heading">{t('home.charter.heading')}</h2>
      <Pending state={state} />
      {charter !== null && (
        <>
          {adopted === null ? (
            <p>{t('home.charter.noneAdopted')}</p>
          ) : (
            <>
              <p>
                {t('home.charter.adopted', { number: adopted.number, date: formatDate(adopted.adopted_at) })}{' '}
                {t('charter.endorsedCount', { endorsed: adopted.endorsed, eligible: adopted.eligible })}
              </p>
              <p className="cg-quote">{adopted.mission}</p>
            </>
          )}
          {open !== null && (
            <p>{t('home.charter.open', { number: open.number, status: charterStatusLabel(open.status) })}</p>
          )}
          <p>
            <Link className="usa-link" to={`/partnerships/${id}/charter`}>
              {t('home.charter.link')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
