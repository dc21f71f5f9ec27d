import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import { etagOf, type Partnership } from '../../api/partnerships';
import {
  activityStatuses,
  bulkStatus,
  canShapePlan,
  canWorkOnPlan,
  getPlan,
  getPlanAttention,
  updateGoal,
  type Activity,
  type ActivityStatus,
  type Finding,
  type Goal,
  type Objective,
  type Plan,
} from '../../api/plan';
import { Alert } from '../../components/Alert';
import { Checkbox } from '../../components/ChoiceGroup';
import { FlashMessage } from '../../components/FlashMessage';
import { FormGroup } from '../../components/FormGroup';
import { t } from '../../i18n';
import { FindingsList } from '../partnerships/FindingsList';
import { formatDate, percent } from '../partnerships/labels';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { ArchiveButton } from './ArchiveButton';
import { CalendarLinks } from './CalendarLinks';
import { FindingLinks } from './FindingLinks';
import { GoalEditor } from './GoalEditor';
import { PlanCsv } from './PlanCsv';
import { PlanNav } from './PlanNav';
import {
  activityStatusLabel,
  dueText,
  ownersText,
  progressSourceText,
  withUnit,
} from './planLabels';
import { planPaths } from './planPaths';
import { ReviewDue } from './ReviewDue';
import { activityTree, allActivities, idsParam, planShowing, type ActivityNode } from './planTree';
import { ProgressBar, StatusTag, Trajectory } from './ProgressBar';

/** /partnerships/:id/plan: the action plan as a tree, with progress, attention and bulk updates. */
export function PlanPage() {
  return (
    <PartnershipFrame
      title={() => t('plan.title')}
      documentTitle={(partnership) => t('plan.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <PlanView partnership={partnership} />}
    </PartnershipFrame>
  );
}

function PlanView({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const shaper = canShapePlan(partnership.my_role);
  const worker = canWorkOnPlan(partnership.my_role);
  const [params, setParams] = useSearchParams();
  const withArchived = params.get('archived') === 'include';
  // ?activities=11,12: only those (from a finding), with where they sit in the plan.
  const showing = idsParam(params.get('activities'));
  const showingKey = params.get('activities') ?? '';
  const [plan, setPlan] = useState<Plan | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [findingsError, setFindingsError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [closedGoals, setClosedGoals] = useState<ReadonlySet<number>>(new Set());
  const [addingGoal, setAddingGoal] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);
  const addGoalRef = useRef<HTMLButtonElement>(null);
  const showingRef = useRef<HTMLDivElement>(null);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const [nextPlan, nextFindings] = await Promise.all([
          getPlan(id, withArchived, signal),
          getPlanAttention(id, signal).catch((caught: unknown) => {
            if (caught instanceof ApiError) {
              setFindingsError(caught);
              return null;
            }
            throw caught;
          }),
        ]);
        setPlan(nextPlan);
        setFindings(nextFindings);
        if (nextFindings !== null) setFindingsError(null);
        setLoadError(null);
        // Forget selected activities that are gone (archived, or moved out of sight).
        const present = new Set(allActivities(nextPlan).map((placed) => placed.activity.id));
        setSelected((last) => new Set([...last].filter((activityId) => present.has(activityId))));
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setLoadError(caught);
      }
    },
    [id, withArchived],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  useEffect(() => {
    // Following a finding's link keeps this page: focus goes to the note that says what is shown.
    if (showingKey !== '' && plan !== null) {
      showingRef.current?.focus();
      showingRef.current?.scrollIntoView({ block: 'start' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [showingKey, plan === null]);

  /** Runs a change, then shows the plan as it is now and `done`. */
  async function act(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setMessage(null);
    setActionError(null);
    try {
      await action();
      await reload();
      setMessage(done);
      return true;
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
      await reload();
      return false;
    }
  }

  function toggleSelected(activityId: number, on: boolean) {
    setSelected((last) => {
      const next = new Set(last);
      if (on) next.add(activityId);
      else next.delete(activityId);
      return next;
    });
  }

  function toggleGoal(goalId: number) {
    setClosedGoals((last) => {
      const next = new Set(last);
      if (next.has(goalId)) next.delete(goalId);
      else next.add(goalId);
      return next;
    });
  }

  function showWholePlan() {
    const next = new URLSearchParams(params);
    next.delete('activities');
    setParams(next, { preventScrollReset: true });
    setTimeout(() => document.getElementById('plan-goals-heading')?.focus(), 0);
  }

  function setArchivedShown(shown: boolean) {
    const next = new URLSearchParams(params);
    if (shown) next.set('archived', 'include');
    else next.delete('archived');
    setParams(next, { replace: true, preventScrollReset: true });
  }

  const shown = plan === null ? null : showing === null ? plan : planShowing(plan, showing);

  const rows = {
    partnershipId: id,
    shaper,
    worker,
    selected,
    onSelect: toggleSelected,
  };

  return (
    <>
      <PlanNav partnershipId={id} />
      <FlashMessage />
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      {actionError !== null && (
        <Alert type="error" ref={actionErrorRef}>
          {actionError.problem.detail}
        </Alert>
      )}
      {loadError !== null && <Alert type="error">{loadError.problem.detail}</Alert>}
      {plan === null && loadError === null && <p role="status">{t('common.loading')}</p>}
      {plan !== null && shown !== null && (
        <>
          <PlanSummary partnershipId={id} plan={plan} />
          <section className="cg-section cg-attention" aria-labelledby="plan-attention-heading">
            <h2 id="plan-attention-heading">{t('plan.attention.heading')}</h2>
            {findingsError !== null && <Alert type="error">{findingsError.problem.detail}</Alert>}
            {findings !== null && (
              <FindingsList
                findings={findings}
                headingLevel={3}
                empty={t('plan.attention.none')}
                links={(finding) => <FindingLinks partnershipId={id} plan={plan} finding={finding} />}
              />
            )}
          </section>

          <section className="cg-section" aria-labelledby="plan-goals-heading">
            <h2 id="plan-goals-heading" className="cg-focus-target" tabIndex={-1}>
              {t('plan.goals.heading')}
            </h2>
            <p>{t('plan.goals.intro')}</p>
            {showing !== null && (
              <div className="usa-alert usa-alert--info usa-alert--slim cg-showing" ref={showingRef} tabIndex={-1}>
                <div className="usa-alert__body">
                  <p className="usa-alert__text">
                    {showing.size === 1 ? t('plan.showing.one') : t('plan.showing.many', { count: showing.size })}{' '}
                    <button type="button" className="usa-button usa-button--unstyled cg-link-button" onClick={showWholePlan}>
                      {t('plan.showing.all')}
                    </button>
                  </p>
                </div>
              </div>
            )}
            <div className="cg-plan-tools">
              <Checkbox
                id="plan-show-archived"
                label={t('plan.showArchived')}
                checked={withArchived}
                onChange={setArchivedShown}
              />
              {plan.goals.length > 1 && (
                <div className="cg-actions">
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled cg-link-button"
                    onClick={() => setClosedGoals(new Set())}
                  >
                    {t('plan.goals.expandAll')}
                  </button>
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled cg-link-button"
                    onClick={() => setClosedGoals(new Set(plan.goals.map((goal) => goal.id)))}
                  >
                    {t('plan.goals.collapseAll')}
                  </button>
                </div>
              )}
            </div>
            {plan.goals.length === 0 && <p>{shaper ? t('plan.goals.noneShaper') : t('plan.goals.none')}</p>}
            {shown.goals.map((goal) => (
              <GoalSection
                key={goal.id}
                goal={goal}
                open={!closedGoals.has(goal.id)}
                onToggle={() => toggleGoal(goal.id)}
                onAct={act}
                {...rows}
              />
            ))}
            {shaper &&
              (addingGoal ? (
                <GoalEditor
                  partnershipId={id}
                  headingLevel={3}
                  onCancel={() => {
                    setAddingGoal(false);
                    // The button comes back; focus goes to it on the next render.
                    setTimeout(() => addGoalRef.current?.focus(), 0);
                  }}
                  onDone={(done) => {
                    setAddingGoal(false);
                    void act(async () => undefined, done);
                  }}
                />
              ) : (
                <p>
                  <button type="button" className="usa-button" ref={addGoalRef} onClick={() => setAddingGoal(true)}>
                    {t('goal.add.start')}
                  </button>
                </p>
              ))}
          </section>

          {(shown.unfiled_activities.length > 0 || (worker && showing === null)) && (
            <section className="cg-section" aria-labelledby="plan-unfiled-heading">
              <h2 id="plan-unfiled-heading">{t('plan.unfiled.heading')}</h2>
              <p>{t('plan.unfiled.intro')}</p>
              {shown.unfiled_activities.length === 0 ? (
                <p>{t('plan.unfiled.none')}</p>
              ) : (
                <ActivityList nodes={activityTree(shown.unfiled_activities)} {...rows} />
              )}
              {worker && (
                <p>
                  <Link className="usa-button usa-button--outline" to={planPaths.newActivity(id)}>
                    {t('plan.unfiled.add')}
                  </Link>
                </p>
              )}
            </section>
          )}

          {worker && (
            <BulkStatusBar
              plan={plan}
              selected={selected}
              onClear={() => setSelected(new Set())}
              onSubmit={(status) => {
                const ids = [...selected];
                return act(
                  () => bulkStatus(id, { activity_ids: ids, status }),
                  t('plan.bulk.done', { count: ids.length, status: activityStatusLabel(status) }),
                ).then((done) => {
                  if (done) setSelected(new Set());
                });
              }}
            />
          )}

          <PlanCsv partnershipId={id} mayImport={shaper} onImported={(done) => void act(async () => undefined, done)} />
          {partnership.my_role !== null && <CalendarLinks partnershipId={id} />}
        </>
      )}
    </>
  );
}

function PlanSummary({ partnershipId, plan }: { partnershipId: number; plan: Plan }) {
  const { counts } = plan;
  return (
    <section className="cg-section cg-plan-summary" aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading">{t('plan.summary.heading')}</h2>
      <dl className="cg-summary">
        <div className="cg-summary__row">
          <dt>{t('plan.summary.progress')}</dt>
          <dd>
            <ProgressBar value={plan.progress} />
          </dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('plan.summary.activities')}</dt>
          <dd>
            {t('plan.summary.counts', {
              total: counts.activities,
              done: counts.done,
              overdue: counts.overdue,
              blocked: counts.blocked,
            })}
          </dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('plan.summary.review')}</dt>
          <dd>
            <ReviewDue review={plan.review} />{' '}
            <Link className="usa-link" to={planPaths.reviews(partnershipId)}>
              {t('plan.summary.reviews')}
            </Link>
          </dd>
        </div>
      </dl>
      <p className="cg-links">
        <Link className="usa-link" to={planPaths.timeline(partnershipId)}>
          {t('plan.summary.timeline')}
        </Link>
      </p>
    </section>
  );
}

export interface RowProps {
  partnershipId: number;
  shaper: boolean;
  worker: boolean;
  selected: ReadonlySet<number>;
  onSelect: (activityId: number, on: boolean) => void;
}

function GoalSection({
  goal,
  open,
  onToggle,
  onAct,
  ...rows
}: RowProps & {
  goal: Goal;
  open: boolean;
  onToggle: () => void;
  onAct: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
}) {
  const { partnershipId, shaper } = rows;
  const [editing, setEditing] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const headingId = `goal-${goal.id}-heading`;
  const bodyId = `goal-${goal.id}-body`;
  return (
    <section className={goal.archived ? 'cg-goal cg-goal--archived' : 'cg-goal'} aria-labelledby={headingId}>
      <h3 className="cg-goal__heading" id={headingId}>
        <button type="button" className="cg-goal__toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="cg-goal__icon" aria-hidden="true">
            {open ? '−' : '+'}
          </span>
          <span>
            <span className="usa-sr-only">{t('goal.srPrefix')}</span>
            {goal.title}
          </span>
        </button>
      </h3>
      <div className="cg-goal__status">
        {goal.archived && <span className="usa-tag cg-tag--archived">{t('plan.archived')}</span>}
        <ProgressBar value={goal.progress} />
        <span>
          {goal.objectives_behind === 0
            ? t('goal.objectivesNoneBehind', { count: goal.objectives.length })
            : t('goal.objectivesBehind', { count: goal.objectives_behind, total: goal.objectives.length })}
        </span>
      </div>
      <div id={bodyId} hidden={!open} className="cg-goal__body">
        {goal.rationale !== null && goal.rationale !== '' && (
          <p className="cg-prewrap">
            <strong>{t('goal.field.rationale')}:</strong> {goal.rationale}
          </p>
        )}
        {shaper && editing && (
          <GoalEditor
            key={goal.version}
            partnershipId={partnershipId}
            goal={goal}
            headingLevel={4}
            onCancel={() => {
              setEditing(false);
              setTimeout(() => editButtonRef.current?.focus(), 0);
            }}
            onDone={(done) => {
              setEditing(false);
              void onAct(async () => undefined, done);
            }}
          />
        )}
        {shaper && !editing && (
          <div className="cg-actions">
            <button
              type="button"
              className="usa-button usa-button--outline cg-small-button"
              ref={editButtonRef}
              aria-label={t('goal.edit.label', { title: goal.title })}
              onClick={() => setEditing(true)}
            >
              {t('goal.edit.start')}
            </button>
            {!goal.archived && (
              <Link
                className="usa-button usa-button--outline cg-small-button"
                to={planPaths.newObjective(partnershipId, goal.id)}
                aria-label={t('objective.add.label', { title: goal.title })}
              >
                {t('objective.add.start')}
              </Link>
            )}
            <ArchiveButton
              archived={goal.archived}
              title={goal.title}
              onConfirm={() =>
                void onAct(
                  () => updateGoal(partnershipId, goal.id, { archived: !goal.archived }, etagOf(goal)),
                  goal.archived ? t('plan.restored', { title: goal.title }) : t('plan.archivedDone', { title: goal.title }),
                )
              }
            />
          </div>
        )}
        {goal.objectives.length === 0 ? (
          <p>{t('goal.noObjectives')}</p>
        ) : (
          goal.objectives.map((objective) => <ObjectiveBlock key={objective.id} objective={objective} {...rows} />)
        )}
      </div>
    </section>
  );
}

function ObjectiveBlock({ objective, ...rows }: RowProps & { objective: Objective }) {
  const { partnershipId, worker } = rows;
  const counts = objective.activity_counts;
  return (
    <div className={objective.archived ? 'cg-objective cg-objective--archived' : 'cg-objective'}>
      <h4 className="cg-objective__title">
        <Link className="usa-link" to={planPaths.objective(partnershipId, objective.id)}>
          {objective.title}
        </Link>
        {objective.archived && (
          <>
            {' '}
            <span className="usa-tag cg-tag--archived">{t('plan.archived')}</span>
          </>
        )}
      </h4>
      <p className="cg-objective__measure">
        {t('objective.measureLine', {
          indicator: objective.indicator,
          baseline: withUnit(objective.baseline, objective.unit),
          target: withUnit(objective.target, objective.unit),
          date: formatDate(objective.target_on),
        })}{' '}
        {objective.latest === null
          ? t('objective.latest.none')
          : t('objective.latest.value', {
              value: withUnit(objective.latest.value, objective.unit),
              date: formatDate(objective.latest.on),
            })}
      </p>
      <ProgressBar value={objective.progress} expected={objective.expected} />
      <p className="cg-objective__source">
        {progressSourceText(objective.progress_source)}{' '}
        {t('objective.expectedNow', { expected: percent(objective.expected) })}
      </p>
      <Trajectory objective={objective} />
      <p>
        {t('objective.activitiesLine', {
          counts: t('objective.activityCounts', { total: counts.total, done: counts.done, overdue: counts.overdue }),
        })}
      </p>
      {objective.activities.length > 0 && <ActivityList nodes={activityTree(objective.activities)} {...rows} />}
      {worker && !objective.archived && (
        <p>
          <Link
            className="usa-button usa-button--outline cg-small-button"
            to={planPaths.newActivity(partnershipId, { objective: objective.id })}
            aria-label={t('activity.add.label', { title: objective.title })}
          >
            {t('activity.add.start')}
          </Link>
        </p>
      )}
    </div>
  );
}

/** Activities as a nested list: sub-activities sit in a list inside their parent's item. */
export function ActivityList({ nodes, ...rows }: RowProps & { nodes: readonly ActivityNode[] }) {
  return (
    <ul className="cg-activities">
      {nodes.map((node) => (
        <ActivityItem key={node.activity.id} node={node} {...rows} />
      ))}
    </ul>
  );
}

function ActivityItem({ node, ...rows }: RowProps & { node: ActivityNode }) {
  const { partnershipId, worker, selected, onSelect } = rows;
  const activity: Activity = node.activity;
  const selectId = `activity-select-${activity.id}`;
  return (
    <li className={activity.archived ? 'cg-activity cg-activity--archived' : 'cg-activity'}>
      <div className="cg-activity__row">
        {worker && !activity.archived && (
          <div className="usa-checkbox cg-activity__select">
            <input
              className="usa-checkbox__input"
              id={selectId}
              type="checkbox"
              checked={selected.has(activity.id)}
              onChange={(event) => onSelect(activity.id, event.target.checked)}
            />
            <label className="usa-checkbox__label cg-activity__select-label" htmlFor={selectId}>
              <span className="usa-sr-only">{t('activity.select', { title: activity.title })}</span>
            </label>
          </div>
        )}
        <div className="cg-activity__body">
          <p className="cg-activity__title">
            <Link className="usa-link" to={planPaths.activity(partnershipId, activity.id)}>
              {activity.title}
            </Link>
            {activity.archived && (
              <>
                {' '}
                <span className="usa-tag cg-tag--archived">{t('plan.archived')}</span>
              </>
            )}
          </p>
          <p className="cg-activity__meta">
            <StatusTag status={activity.status} />
            <ProgressBar small value={activity.percent / 100} />
          </p>
          <p className="cg-activity__meta">
            <span className={activity.overdue ? 'cg-overdue' : undefined}>{dueText(activity)}</span>
            <span>{t('activity.ownersLine', { owners: ownersText(activity) })}</span>
          </p>
        </div>
      </div>
      {node.children.length > 0 && <ActivityList nodes={node.children} {...rows} />}
    </li>
  );
}

/**
 * Sets the status of the ticked activities in one go. Stays in view at the bottom of the window
 * while anything is ticked; the count is announced as it changes.
 */
function BulkStatusBar({
  plan,
  selected,
  onClear,
  onSubmit,
}: {
  plan: Plan;
  selected: ReadonlySet<number>;
  onClear: () => void;
  onSubmit: (status: ActivityStatus) => Promise<void>;
}) {
  const [status, setStatus] = useState<ActivityStatus>('done');
  const [busy, setBusy] = useState(false);
  const count = selected.size;
  const titles = allActivities(plan)
    .filter((placed) => selected.has(placed.activity.id))
    .map((placed) => placed.activity.title);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy || count === 0) return;
    setBusy(true);
    try {
      await onSubmit(status);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="usa-sr-only" role="status">
        {count === 0 ? '' : t('plan.bulk.selected', { count })}
      </p>
      {count > 0 && (
        <form className="usa-form cg-bulk" aria-label={t('plan.bulk.label')} onSubmit={(e) => void handleSubmit(e)}>
          <p className="cg-bulk__count">
            <strong>{t('plan.bulk.selected', { count })}</strong>
            <span className="cg-bulk__titles">{titles.join(', ')}</span>
          </p>
          <FormGroup id="bulk-status" label={t('plan.bulk.status')}>
            {(control) => (
              <select
                {...control}
                className="usa-select"
                name="bulk-status"
                value={status}
                onChange={(event) => setStatus(event.target.value as ActivityStatus)}
              >
                {activityStatuses.map((key) => (
                  <option key={key} value={key}>
                    {activityStatusLabel(key)}
                  </option>
                ))}
              </select>
            )}
          </FormGroup>
          <div className="cg-bulk__buttons">
            <button type="submit" className="usa-button">
              {t('plan.bulk.submit', { count, status: activityStatusLabel(status) })}
            </button>
            <button type="button" className="usa-button usa-button--outline" onClick={onClear}>
              {t('plan.bulk.clear')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
