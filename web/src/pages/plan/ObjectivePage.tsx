import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, isAbort, type FieldError } from '../../api/client';
import { etagOf, isId, type Partnership } from '../../api/partnerships';
import {
  canShapePlan,
  canWorkOnPlan,
  deleteMeasurement,
  listMeasurements,
  recordMeasurement,
  recorderName,
  updateObjective,
  type Goal,
  type Measurement,
  type Objective,
  type Plan,
} from '../../api/plan';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FlashMessage, type FlashState } from '../../components/FlashMessage';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { formatDate, percent, todayIso } from '../partnerships/labels';
import { PartnershipFrame, PartnershipItemFrame } from '../partnerships/PartnershipFrame';
import { ArchiveButton } from './ArchiveButton';
import { expectedValue, MeasurementChart } from './MeasurementChart';
import { ObjectiveForm, parseNumber } from './ObjectiveForm';
import { ActivityList } from './PlanPage';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { directionLabel, progressSourceText, withUnit } from './planLabels';
import { activityTree, findObjective } from './planTree';
import { ProgressBar, Trajectory } from './ProgressBar';
import { usePlan } from './usePlan';

/** /partnerships/:id/plan/objectives/:objectiveId: one objective, its measurements and activities. */
export function ObjectivePage() {
  return (
    <PartnershipItemFrame
      param="objectiveId"
      title={() => t('objective.title')}
      documentTitle={(partnership) => t('objective.documentTitle', { name: partnership.name })}
    >
      {({ partnership }, objectiveId) => (
        <>
          <PlanNav partnershipId={partnership.id} />
          <ObjectiveLoader key={objectiveId} partnership={partnership} objectiveId={objectiveId} />
        </>
      )}
    </PartnershipItemFrame>
  );
}

/** /partnerships/:id/plan/objectives/new?goal=3: adding an objective (leads and coordinators). */
export function NewObjectivePage() {
  return (
    <PartnershipFrame
      title={() => t('objective.new.title')}
      documentTitle={(partnership) => t('objective.new.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => (
        <>
          <PlanNav partnershipId={partnership.id} />
          <NewObjective partnership={partnership} />
        </>
      )}
    </PartnershipFrame>
  );
}

function NewObjective({ partnership }: { partnership: Partnership }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const goalParam = params.get('goal');
  const { plan, error } = usePlan(partnership.id, false);
  const planPath = planPaths.plan(partnership.id);
  if (!canShapePlan(partnership.my_role)) return <Alert type="info">{t('objective.new.notAllowed')}</Alert>;
  if (error !== null) return <Alert type="error">{error.problem.detail}</Alert>;
  if (plan === null) return <p role="status">{t('common.loading')}</p>;
  if (plan.goals.length === 0) {
    return (
      <>
        <p>{t('objective.new.noGoals')}</p>
        <p>
          <Link className="usa-link" to={planPath}>
            {t('plan.back')}
          </Link>
        </p>
      </>
    );
  }
  const goalId = isId(goalParam ?? undefined) ? Number(goalParam) : undefined;
  return (
    <>
      <p>{t('objective.new.intro')}</p>
      <ObjectiveForm
        partnershipId={partnership.id}
        goals={plan.goals}
        {...(goalId === undefined ? {} : { goalId })}
        submitLabel={t('objective.new.submit')}
        onDone={(message, objective) => {
          const state: FlashState = { flash: message };
          navigate(planPaths.objective(partnership.id, objective.id), { state });
        }}
        onCancel={() => navigate(planPath)}
      />
    </>
  );
}

function ObjectiveLoader({ partnership, objectiveId }: { partnership: Partnership; objectiveId: number }) {
  const { plan, error, reload } = usePlan(partnership.id, true);
  if (error !== null) return <Alert type="error">{error.problem.detail}</Alert>;
  if (plan === null) return <p role="status">{t('common.loading')}</p>;
  const found = findObjective(plan, objectiveId);
  if (found === null) {
    return (
      <>
        <Alert type="error">{t('objective.notFound')}</Alert>
        <p>
          <Link className="usa-link" to={planPaths.plan(partnership.id)}>
            {t('plan.back')}
          </Link>
        </p>
      </>
    );
  }
  return <ObjectiveView partnership={partnership} plan={plan} goal={found.goal} objective={found.objective} reload={reload} />;
}

function ObjectiveView({
  partnership,
  plan,
  goal,
  objective,
  reload,
}: {
  partnership: Partnership;
  plan: Plan;
  goal: Goal;
  objective: Objective;
  reload: () => Promise<void>;
}) {
  const id = partnership.id;
  const shaper = canShapePlan(partnership.my_role);
  const worker = canWorkOnPlan(partnership.my_role);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [measurements, setMeasurements] = useState<Measurement[] | null>(null);
  const [measureError, setMeasureError] = useState<ApiError | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);
  const editHeadingRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const unit = objective.unit;

  async function loadMeasurements(signal?: AbortSignal) {
    try {
      setMeasurements(await listMeasurements(id, objective.id, signal));
      setMeasureError(null);
    } catch (caught) {
      if (isAbort(caught)) return;
      if (!(caught instanceof ApiError)) throw caught;
      setMeasureError(caught);
    }
  }

  useEffect(() => {
    const controller = new AbortController();
    void loadMeasurements(controller.signal);
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, objective.id]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  useEffect(() => {
    if (editing) editHeadingRef.current?.focus();
  }, [editing]);

  /** Runs a change, then shows the objective (and its progress) as it is now, and `done`. */
  async function act(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setMessage(null);
    setActionError(null);
    try {
      await action();
      await Promise.all([reload(), loadMeasurements()]);
      setMessage(done);
      return true;
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
      return false;
    }
  }

  const rows: [string, string][] = [
    [t('objective.field.indicator'), objective.indicator],
    [t('objective.field.unit'), unit],
    [t('objective.field.baseline'), t('objective.valueOn', { value: withUnit(objective.baseline, unit), date: formatDate(objective.start_on) })],
    [t('objective.field.target'), t('objective.valueBy', { value: withUnit(objective.target, unit), date: formatDate(objective.target_on) })],
    [t('objective.field.direction'), directionLabel(objective.direction)],
    [
      t('objective.latest'),
      objective.latest === null
        ? t('objective.latest.never')
        : t('objective.valueOn', { value: withUnit(objective.latest.value, unit), date: formatDate(objective.latest.on) }),
    ],
    [t('objective.field.weight'), String(objective.weight)],
    [
      t('objective.activities'),
      t('objective.activityCounts', {
        total: objective.activity_counts.total,
        done: objective.activity_counts.done,
        overdue: objective.activity_counts.overdue,
      }),
    ],
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
        {objective.title}
        {objective.archived && (
          <>
            {' '}
            <span className="usa-tag cg-tag--archived">{t('plan.archived')}</span>
          </>
        )}
      </h2>
      <p>{t('objective.partOf', { goal: goal.title })}</p>
      <ProgressBar value={objective.progress} expected={objective.expected} />
      <p>
        {progressSourceText(objective.progress_source)} {t('objective.expectedNow', { expected: percent(objective.expected) })}
      </p>
      <Trajectory objective={objective} />
      <dl className="cg-summary">
        {rows.map(([label, value]) => (
          <div className="cg-summary__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {shaper && !editing && (
        <div className="cg-actions">
          <button
            type="button"
            className="usa-button usa-button--outline cg-small-button"
            ref={editButtonRef}
            onClick={() => setEditing(true)}
          >
            {t('objective.edit.start')}
          </button>
          <ArchiveButton
            archived={objective.archived}
            title={objective.title}
            onConfirm={() =>
              void act(
                () => updateObjective(id, objective.id, { archived: !objective.archived }, etagOf(objective)),
                objective.archived ? t('plan.restored', { title: objective.title }) : t('plan.archivedDone', { title: objective.title }),
              )
            }
          />
        </div>
      )}
      {shaper && editing && (
        <section className="cg-section cg-editor" aria-labelledby="objective-edit-heading">
          <h2 id="objective-edit-heading" className="cg-focus-target" ref={editHeadingRef} tabIndex={-1}>
            {t('objective.edit.heading')}
          </h2>
          <ObjectiveForm
            key={objective.version}
            partnershipId={id}
            goals={plan.goals}
            objective={objective}
            submitLabel={t('objective.edit.submit')}
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

      <section className="cg-section" aria-labelledby="measurements-heading">
        <h2 id="measurements-heading">{t('measure.heading')}</h2>
        <p>{t('measure.intro')}</p>
        {measureError !== null && <Alert type="error">{measureError.problem.detail}</Alert>}
        {measurements === null && measureError === null && <p role="status">{t('common.loading')}</p>}
        {measurements !== null && (
          <>
            <MeasurementChart objective={objective} measurements={measurements} />
            {measurements.length === 0 ? (
              <p>{t('measure.none')}</p>
            ) : (
              <MeasurementTable
                objective={objective}
                measurements={measurements}
                mayDelete={worker}
                onDelete={(measurement) =>
                  void act(
                    () => deleteMeasurement(id, objective.id, measurement.id),
                    t('measure.deleted', { date: formatDate(measurement.on) }),
                  )
                }
              />
            )}
          </>
        )}
        {worker && !objective.archived && (
          <RecordMeasurement
            partnershipId={id}
            objectiveId={objective.id}
            unit={unit}
            onRecorded={(done) => void act(async () => undefined, done)}
          />
        )}
      </section>

      <section className="cg-section" aria-labelledby="objective-activities-heading">
        <h2 id="objective-activities-heading">{t('objective.activities')}</h2>
        {objective.activities.length === 0 ? (
          <p>{t('objective.noActivities')}</p>
        ) : (
          <ActivityList
            nodes={activityTree(objective.activities)}
            partnershipId={id}
            shaper={shaper}
            worker={false}
            selected={new Set()}
            onSelect={() => undefined}
          />
        )}
        {worker && !objective.archived && (
          <p>
            <Link className="usa-button usa-button--outline" to={planPaths.newActivity(id, { objective: objective.id })}>
              {t('activity.add.start')}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}

function MeasurementTable({
  objective,
  measurements,
  mayDelete,
  onDelete,
}: {
  objective: Objective;
  measurements: readonly Measurement[];
  mayDelete: boolean;
  onDelete: (measurement: Measurement) => void;
}) {
  const unit = objective.unit;
  // The contract gives a user id, not a name: the column shows only when names come.
  const named = measurements.some((measurement) => recorderName(measurement) !== null);
  return (
    <div className="usa-table-container--scrollable" role="region" aria-labelledby="measure-table-caption" tabIndex={0}>
      <table className="usa-table usa-table--borderless cg-table">
        <caption id="measure-table-caption">{t('measure.table.caption', { indicator: objective.indicator })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measure.field.on')}</th>
            <th scope="col">{t('measure.field.value')}</th>
            <th scope="col">{t('measure.table.expected')}</th>
            <th scope="col">{t('measure.field.note')}</th>
            {named && <th scope="col">{t('measure.table.by')}</th>}
            {mayDelete && <th scope="col">{t('measure.table.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {measurements.map((measurement) => (
            <tr key={measurement.id}>
              <th scope="row">{formatDate(measurement.on)}</th>
              <td>{withUnit(measurement.value, unit)}</td>
              <td>{withUnit(Math.round(expectedValue(objective, measurement.on) * 100) / 100, unit)}</td>
              <td className="cg-table-note">{measurement.note ?? ''}</td>
              {named && <td>{recorderName(measurement) ?? t('common.none')}</td>}
              {mayDelete && (
                <td>
                  <ConfirmButton
                    label={t('measure.delete.start')}
                    accessibleLabel={t('measure.delete.label', { date: formatDate(measurement.on) })}
                    question={t('measure.delete.question', {
                      value: withUnit(measurement.value, unit),
                      date: formatDate(measurement.on),
                    })}
                    confirmLabel={t('measure.delete.confirm')}
                    cancelLabel={t('form.cancel')}
                    danger
                    onConfirm={() => onDelete(measurement)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const measureIds = { on: 'measure-on', value: 'measure-value', note: 'measure-note' };

function RecordMeasurement({
  partnershipId,
  objectiveId,
  unit,
  onRecorded,
}: {
  partnershipId: number;
  objectiveId: number;
  unit: string;
  onRecorded: (message: string) => void;
}) {
  const [on, setOn] = useState(todayIso());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const form = useFormSubmit();
  const { messages } = form;
  const fields = {
    on: { id: measureIds.on, label: t('measure.field.on') },
    value: { id: measureIds.value, label: t('measure.field.valueIn', { unit }) },
    note: { id: measureIds.note, label: t('measure.field.note') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const mistakes: FieldError[] = [];
    const number = parseNumber(value);
    if (on === '') mistakes.push({ field: 'on', message: t('measure.error.on') });
    else if (on > todayIso()) mistakes.push({ field: 'on', message: t('measure.error.future') });
    if (number === null) mistakes.push({ field: 'value', message: t('measure.error.value') });
    if (mistakes.length > 0 || number === null) {
      form.reject(mistakes);
      return;
    }
    void form.send(async () => {
      const body = note.trim() === '' ? { on, value: number } : { on, value: number, note: note.trim() };
      await recordMeasurement(partnershipId, objectiveId, body);
      setValue('');
      setNote('');
      onRecorded(t('measure.recorded', { value: withUnit(number, unit), date: formatDate(on) }));
    });
  }

  return (
    <div className="cg-editor">
      <h3 id="measure-record-heading">{t('measure.record.heading')}</h3>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <form className="usa-form usa-form--large" noValidate aria-labelledby="measure-record-heading" onSubmit={handleSubmit}>
        <DateField
          id={measureIds.on}
          label={t('measure.field.on')}
          hint={t('measure.hint.on')}
          necessity="required"
          max={todayIso()}
          value={on}
          onChange={setOn}
          error={messages.on}
        />
        <TextField
          id={measureIds.value}
          label={t('measure.field.valueIn', { unit })}
          necessity="required"
          inputMode="decimal"
          value={value}
          onChange={setValue}
          error={messages.value}
        />
        <TextField
          id={measureIds.note}
          label={t('measure.field.note')}
          hint={t('measure.hint.note')}
          necessity="optional"
          value={note}
          onChange={setNote}
          error={messages.note}
        />
        <button type="submit" className="usa-button">
          {t('measure.record.submit')}
        </button>
      </form>
    </div>
  );
}
