import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import { currentFromStale, etagOf } from '../../api/partnerships';
import { activityStatuses, isClosed, listMyTasks, updateActivity, type Activity, type ActivityStatus, type Task } from '../../api/plan';
import { Alert } from '../../components/Alert';
import { Checkbox } from '../../components/ChoiceGroup';
import { FormGroup } from '../../components/FormGroup';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { CalendarLinks } from './CalendarLinks';
import { planPaths } from './planPaths';
import { activityStatusLabel, dueText } from './planLabels';
import { ProgressBar, StatusTag } from './ProgressBar';

/** /tasks: the activities the signed-in person owns in all their partnerships, overdue first. */
export function MyTasksPage() {
  const [withClosed, setWithClosed] = useState(false);
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<{ type: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setTasks(await listMyTasks(withClosed, signal));
        setLoadError(null);
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setLoadError(caught);
      }
    },
    [withClosed],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  async function changeStatus(task: Task, status: ActivityStatus) {
    setMessage(null);
    try {
      await updateActivity(task.partnership.id, task.id, { status }, etagOf(task));
      await reload();
      setMessage({ type: 'success', text: t('tasks.changed', { title: task.title, status: activityStatusLabel(status) }) });
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const current = currentFromStale<Activity>(caught);
      await reload();
      setMessage(
        current === null
          ? { type: 'error', text: caught.problem.detail }
          : {
              type: 'warning',
              text: t('tasks.stale', { title: current.title, status: activityStatusLabel(current.status), percent: current.percent }),
            },
      );
    }
  }

  const open = tasks?.filter((task) => !isClosed(task.status)) ?? [];
  const overdue = open.filter((task) => task.overdue);
  const upcoming = open.filter((task) => !task.overdue);
  const closed = tasks?.filter((task) => isClosed(task.status)) ?? [];
  return (
    <>
      <PageHeading title={t('tasks.title')} />
      <p>{t('tasks.intro')}</p>
      {message !== null && (
        <Alert type={message.type} ref={messageRef}>
          {message.text}
        </Alert>
      )}
      {loadError !== null && <Alert type="error">{loadError.problem.detail}</Alert>}
      <Checkbox id="tasks-closed" label={t('tasks.withClosed')} checked={withClosed} onChange={setWithClosed} />
      <p role="status" className="cg-status">
        {tasks === null
          ? loadError === null
            ? t('common.loading')
            : ''
          : t('tasks.summary', { open: open.length, overdue: overdue.length })}
      </p>
      {tasks !== null && (
        <>
          {tasks.length === 0 && <p>{withClosed ? t('tasks.none') : t('tasks.noneOpen')}</p>}
          <TaskSection id="tasks-overdue" heading={t('tasks.overdue.heading')} tasks={overdue} onChange={changeStatus} />
          <TaskSection id="tasks-open" heading={t('tasks.open.heading')} tasks={upcoming} onChange={changeStatus} />
          {withClosed && <TaskSection id="tasks-closed-list" heading={t('tasks.closed.heading')} tasks={closed} onChange={changeStatus} />}
        </>
      )}
      <CalendarLinks partnershipId={null} />
    </>
  );
}

function TaskSection({
  id,
  heading,
  tasks,
  onChange,
}: {
  id: string;
  heading: string;
  tasks: readonly Task[];
  onChange: (task: Task, status: ActivityStatus) => Promise<void>;
}) {
  if (tasks.length === 0) return null;
  return (
    <section className="cg-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('tasks.sectionHeading', { heading, count: tasks.length })}</h2>
      <ul className="usa-list usa-list--unstyled cg-tasks">
        {tasks.map((task) => (
          <TaskItem key={`${task.partnership.id}-${task.id}`} task={task} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}

function TaskItem({ task, onChange }: { task: Task; onChange: (task: Task, status: ActivityStatus) => Promise<void> }) {
  const [status, setStatus] = useState<ActivityStatus>(task.status);
  const [busy, setBusy] = useState(false);
  const selectId = `task-${task.partnership.id}-${task.id}-status`;
  useEffect(() => setStatus(task.status), [task.status, task.version]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy || status === task.status) return;
    setBusy(true);
    try {
      await onChange(task, status);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={task.overdue ? 'cg-task cg-task--overdue' : 'cg-task'}>
      <h3 className="cg-task__title">
        <Link className="usa-link" to={planPaths.activity(task.partnership.id, task.id)}>
          {task.title}
        </Link>
      </h3>
      <p className="cg-task__meta">
        {t('tasks.in')}{' '}
        <Link className="usa-link" to={planPaths.plan(task.partnership.id)}>
          {task.partnership.name}
        </Link>
      </p>
      <p className="cg-activity__meta">
        <span className={task.overdue ? 'cg-overdue' : undefined}>{dueText(task)}</span>
        <StatusTag status={task.status} />
        <ProgressBar small value={task.percent / 100} />
      </p>
      <form className="usa-form cg-task__form" onSubmit={(e) => void handleSubmit(e)}>
        <FormGroup id={selectId} label={t('tasks.status', { title: task.title })}>
          {(control) => (
            <select
              {...control}
              className="usa-select"
              name={selectId}
              value={status}
              onChange={(event) => {
                const found = activityStatuses.find((key) => key === event.target.value);
                if (found !== undefined) setStatus(found);
              }}
            >
              {activityStatuses.map((key) => (
                <option key={key} value={key}>
                  {activityStatusLabel(key)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <button type="submit" className="usa-button usa-button--outline cg-task__submit" aria-label={t('tasks.submitLabel', { title: task.title })}>
          {t('tasks.submit')}
        </button>
      </form>
    </li>
  );
}
