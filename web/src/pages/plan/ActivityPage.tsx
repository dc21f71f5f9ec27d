import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import { listAllMembers, type Membership } from '../../api/members';
import { etagOf, isId, type Partnership } from '../../api/partnerships';
import { canShapePlan, canWorkOnPlan, getActivity, updateActivity, type Activity, type Plan } from '../../api/plan';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { FlashMessage, type FlashState } from '../../components/FlashMessage';
import { t } from '../../i18n';
import { formatDate } from '../partnerships/labels';
import { PartnershipFrame, PartnershipItemFrame } from '../partnerships/PartnershipFrame';
import { ActivityForm } from './ActivityForm';
import { ActivityLibrarySection } from './ActivityLibrarySection';
import { ArchiveButton } from './ArchiveButton';
import { ActivityList } from './PlanPage';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { dueText, ownersText } from './planLabels';
import { activityTree, allActivities, selfAndDescendants } from './planTree';
import { ProgressBar, StatusTag } from './ProgressBar';
import { usePlan } from './usePlan';

/** /partnerships/:id/plan/activities/:activityId: one activity; changing it. */
export function ActivityPage() {
  return (
    <PartnershipItemFrame
      param="activityId"
      title={() => t('activity.title')}
      documentTitle={(partnership) => t('activity.documentTitle', { name: partnership.name })}
    >
      {({ partnership }, activityId) => (
        <>
          <PlanNav partnershipId={partnership.id} />
          <ActivityLoader key={activityId} partnership={partnership} activityId={activityId} />
        </>
      )}
    </PartnershipItemFrame>
  );
}

/** /partnerships/:id/plan/activities/new?objective=7&parent=11: adding an activity. */
export function NewActivityPage() {
  return (
    <PartnershipFrame
      title={() => t('activity.new.title')}
      documentTitle={(partnership) => t('activity.new.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => (
        <>
          <PlanNav partnershipId={partnership.id} />
          <NewActivity partnership={partnership} />
        </>
      )}
    </PartnershipFrame>
  );
}

/** The partnership's active members (who may own activities), once they arrive. */
function useActiveMembers(partnershipId: number): { members: Membership[] | null; error: ApiError | null } {
  const [state, setState] = useState<{ members: Membership[] | null; error: ApiError | null }>({ members: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    listAllMembers(partnershipId, 'active', controller.signal).then(
      (members) => setState({ members, error: null }),
      (caught: unknown) => {
        if (!isAbort(caught) && caught instanceof ApiError) setState({ members: [], error: caught });
      },
    );
    return () => controller.abort();
  }, [partnershipId]);
  return state;
}

const numberParam = (value: string | null) => (isId(value ?? undefined) ? Number(value) : undefined);

function NewActivity({ partnership }: { partnership: Partnership }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { plan, error } = usePlan(partnership.id, false);
  const { members, error: membersError } = useActiveMembers(partnership.id);
  const planPath = planPaths.plan(partnership.id);
  if (!canWorkOnPlan(partnership.my_role)) return <Alert type="info">{t('activity.new.notAllowed')}</Alert>;
  if (error !== null) return <Alert type="error">{error.problem.detail}</Alert>;
  if (plan === null || members === null) return <p role="status">{t('common.loading')}</p>;
  const objective = numberParam(params.get('objective'));
  const parent = numberParam(params.get('parent'));
  const parentActivity = parent === undefined ? undefined : allActivities(plan).find((p) => p.activity.id === parent);
  return (
    <>
      {membersError !== null && <Alert type="error">{membersError.problem.detail}</Alert>}
      <p>
        {parentActivity === undefined
          ? t('activity.new.intro')
          : t('activity.new.introSub', { title: parentActivity.activity.title })}
      </p>
      <ActivityForm
        partnershipId={partnership.id}
        plan={plan}
        members={members}
        under={{
          ...(objective === undefined ? {} : { objective }),
          ...(parent === undefined ? {} : { parent }),
        }}
        mayMove
        headingLevel={2}
        submitLabel={t('activity.new.submit')}
        onDone={(message) => {
          const state: FlashState = { flash: message };
          navigate(planPath, { state });
        }}
        onCancel={() => navigate(-1)}
      />
    </>
  );
}

function ActivityLoader({ partnership, activityId }: { partnership: Partnership; activityId: number }) {
  const { plan, error: planError, reload: reloadPlan } = usePlan(partnership.id, true);
  const { members } = useActiveMembers(partnership.id);
  const [activity, setActivity] = useState<Activity | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const response = await getActivity(partnership.id, activityId, signal);
        setActivity(response.data);
        setError(null);
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setError(caught);
      }
    },
    [partnership.id, activityId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const shownError = error ?? planError;
  if (shownError !== null) {
    return (
      <>
        <Alert type="error">{shownError.status === 404 ? t('activity.notFound') : shownError.problem.detail}</Alert>
        <p>
          <Link className="usa-link" to={planPaths.plan(partnership.id)}>
            {t('plan.back')}
          </Link>
        </p>
      </>
    );
  }
  if (activity === null || plan === null || members === null) return <p role="status">{t('common.loading')}</p>;
  return (
    <ActivityView
      partnership={partnership}
      plan={plan}
      members={members}
      activity={activity}
      reload={async () => {
        await Promise.all([load(), reloadPlan()]);
      }}
    />
  );
}

function ActivityView({
  partnership,
  plan,
  members,
  activity,
  reload,
}: {
  partnership: Partnership;
  plan: Plan;
  members: readonly Membership[];
  activity: Activity;
  reload: () => Promise<void>;
}) {
  const id = partnership.id;
  const shaper = canShapePlan(partnership.my_role);
  const worker = canWorkOnPlan(partnership.my_role);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);
  const editHeadingRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const placed = allActivities(plan);
  const here = placed.find((p) => p.activity.id === activity.id);
  const parent = placed.find((p) => p.activity.id === activity.parent_activity_id);
  const under = selfAndDescendants(plan, activity.id);
  const descendants = placed.filter((p) => p.activity.id !== activity.id && under.has(p.activity.id)).map((p) => p.activity);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  useEffect(() => {
    if (editing) editHeadingRef.current?.focus();
  }, [editing]);

  async function act(action: () => Promise<unknown>, done: string) {
    setMessage(null);
    setActionError(null);
    try {
      await action();
      await reload();
      setMessage(done);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
      await reload();
    }
  }

  const none = t('common.none');
  const rows: [string, string][] = [
    [t('activity.field.start_on'), formatDate(activity.start_on)],
    [t('activity.field.owners'), ownersText(activity)],
    [
      t('activity.field.organizations'),
      activity.organizations.length === 0 ? none : activity.organizations.map((organization) => organization.name).join(', '),
    ],
    [t('activity.field.description'), activity.description ?? none],
    [t('activity.field.resources_needed'), activity.resources_needed ?? none],
    [t('activity.field.rationale'), activity.rationale ?? none],
    [t('activity.field.expected_outcome'), activity.expected_outcome ?? none],
  ];

  return (
    <>
      <BackLink to={planPaths.plan(id)}>{t('plan.back')}</BackLink>
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
      <h2>
        {activity.title}
        {activity.archived && (
          <>
            {' '}
            <span className="usa-tag cg-tag--archived">{t('plan.archived')}</span>
          </>
        )}
      </h2>
      <p>
        {parent !== undefined ? (
          <>
            {t('activity.subOf')}{' '}
            <Link className="usa-link" to={planPaths.activity(id, parent.activity.id)}>
              {parent.activity.title}
            </Link>
          </>
        ) : here?.objective != null ? (
          <>
            {t('activity.partOf')}{' '}
            <Link className="usa-link" to={planPaths.objective(id, here.objective.id)}>
              {here.objective.title}
            </Link>
          </>
        ) : (
          t('activity.unfiled')
        )}
      </p>
      <p className="cg-activity__meta">
        <StatusTag status={activity.status} />
        <ProgressBar value={activity.percent / 100} />
      </p>
      <dl className="cg-summary">
        <div className="cg-summary__row">
          <dt>{t('activity.field.due_on')}</dt>
          <dd className={activity.overdue ? 'cg-overdue' : undefined}>{dueText(activity)}</dd>
        </div>
        {rows.map(([label, value]) => (
          <div className="cg-summary__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {worker && !editing && (
        <div className="cg-actions">
          <button
            type="button"
            className="usa-button cg-small-button"
            ref={editButtonRef}
            onClick={() => setEditing(true)}
          >
            {t('activity.edit.start')}
          </button>
          {shaper && (
            <ArchiveButton
              archived={activity.archived}
              title={activity.title}
              onConfirm={() =>
                void act(
                  () => updateActivity(id, activity.id, { archived: !activity.archived }, etagOf(activity)),
                  activity.archived ? t('plan.restored', { title: activity.title }) : t('plan.archivedDone', { title: activity.title }),
                )
              }
            />
          )}
        </div>
      )}
      {worker && editing && (
        <section className="cg-section cg-editor" aria-labelledby="activity-edit-heading">
          <h2 id="activity-edit-heading" className="cg-focus-target" ref={editHeadingRef} tabIndex={-1}>
            {t('activity.edit.heading')}
          </h2>
          {!shaper && <p>{t('activity.edit.memberNote')}</p>}
          <ActivityForm
            key={activity.version}
            partnershipId={id}
            plan={plan}
            members={members}
            activity={activity}
            mayMove={shaper}
            headingLevel={3}
            submitLabel={t('activity.edit.submit')}
            onCancel={() => {
              setEditing(false);
              setTimeout(() => editButtonRef.current?.focus(), 0);
            }}
            onDone={(done) => {
              setEditing(false);
              void act(async () => undefined, done);
            }}
          />
        </section>
      )}

      <section className="cg-section" aria-labelledby="sub-activities-heading">
        <h2 id="sub-activities-heading">{t('activity.sub.heading')}</h2>
        {descendants.length === 0 ? (
          <p>{t('activity.sub.none')}</p>
        ) : (
          <ActivityList
            nodes={activityTree(descendants)}
            partnershipId={id}
            shaper={shaper}
            worker={false}
            selected={new Set()}
            onSelect={() => undefined}
          />
        )}
        {worker && !activity.archived && (
          <p>
            <Link className="usa-button usa-button--outline" to={planPaths.newActivity(id, { parent: activity.id })}>
              {t('activity.sub.add')}
            </Link>
          </p>
        )}
      </section>
      {/* Suggestions come from the activity's words, so a saved change asks for them again. */}
      <ActivityLibrarySection key={activity.version} partnershipId={id} activityId={activity.id} />
    </>
  );
}
