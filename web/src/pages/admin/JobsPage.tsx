import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import {
  jobStatuses,
  listDeliveryJobs,
  retryDeliveryJob,
  type DeliveryJob,
  type DeliveryJobs,
  type JobStatus,
} from '../../api/notifications';
import { Alert } from '../../components/Alert';
import { formatDateTime } from '../../components/formatTime';
import { FormGroup } from '../../components/FormGroup';
import { PageHeading } from '../../components/PageHeading';
import { t, type MessageKey } from '../../i18n';
import { BackToAdmin } from './AdminPage';

const statusLabels: Readonly<Record<JobStatus, MessageKey>> = {
  failed: 'jobs.status.failed',
  queued: 'jobs.status.queued',
  done: 'jobs.status.done',
};

const noneText: Readonly<Record<JobStatus, MessageKey>> = {
  failed: 'jobs.none.failed',
  queued: 'jobs.none.queued',
  done: 'jobs.none.done',
};

/** The column after "Tries": when it runs next, or when it stopped. */
const whenHeading: Readonly<Record<JobStatus, MessageKey>> = {
  failed: 'jobs.failedAt',
  queued: 'jobs.nextTry',
  done: 'jobs.finishedAt',
};

const kindLabels: Readonly<Record<string, MessageKey>> = {
  'email.notification': 'jobs.kind.email.notification',
  'email.digest': 'jobs.kind.email.digest',
};

function toStatus(value: string | null): JobStatus {
  return jobStatuses.find((status) => status === value) ?? 'failed';
}

function kindLabel(kind: string): string {
  const key = kindLabels[kind];
  return key === undefined ? kind : t(key);
}

/** /admin/jobs: the email delivery jobs, counted by status, listed by one; failed ones tried again. */
export function JobsPage() {
  const [params, setParams] = useSearchParams();
  const status = toStatus(params.get('status'));
  const [draft, setDraft] = useState<JobStatus>(status);
  const [jobs, setJobs] = useState<DeliveryJobs | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setJobs(await listDeliveryJobs(status, signal));
        setLoadError(null);
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setLoadError(caught);
      }
    },
    [status],
  );

  useEffect(() => {
    setDraft(status);
    setJobs(null);
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload, status]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  function handleFilter(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    setActionError(null);
    setParams(draft === 'failed' ? {} : { status: draft });
  }

  async function handleRetry(job: DeliveryJob) {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    setActionError(null);
    try {
      await retryDeliveryJob(job.id);
      await reload();
      setMessage(t('jobs.retried', { id: job.id }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      // 409: it is no longer failed (another admin, or it ran); show what is true now.
      await reload();
      setActionError(caught);
    } finally {
      setBusy(false);
    }
  }

  const items = jobs?.items ?? [];
  return (
    <>
      <BackToAdmin />
      <PageHeading title={t('admin.jobs.title')} />
      <p>{t('jobs.intro')}</p>
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

      <section aria-labelledby="jobs-counts" className="cg-section">
        <h2 id="jobs-counts">{t('jobs.counts.heading')}</h2>
        {jobs === null ? (
          loadError === null && <p role="status">{t('common.loading')}</p>
        ) : (
          <dl className="cg-summary cg-job-counts">
            {jobStatuses.map((key) => (
              <div className="cg-summary__row" key={key}>
                <dt>{t(statusLabels[key])}</dt>
                <dd data-status={key}>{jobs.counts[key] ?? 0}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="jobs-list" className="cg-section">
        <h2 id="jobs-list">{t('jobs.list.heading')}</h2>
        <form className="usa-form cg-filters" aria-label={t('jobs.filter.label')} noValidate onSubmit={handleFilter}>
          <FormGroup id="jobs-status" label={t('jobs.filter.status')}>
            {(control) => (
              <select
                {...control}
                className="usa-select"
                name="status"
                value={draft}
                onChange={(event) => setDraft(toStatus(event.target.value))}
              >
                {jobStatuses.map((key) => (
                  <option key={key} value={key}>
                    {t(statusLabels[key])}
                  </option>
                ))}
              </select>
            )}
          </FormGroup>
          <button type="submit" className="usa-button cg-filters__submit">
            {t('jobs.filter.apply')}
          </button>
        </form>

        {jobs !== null && (
          <p className="cg-status" role="status">
            {items.length === 0 ? t(noneText[status]) : t('jobs.shown', { count: items.length })}
          </p>
        )}
        {items.length > 0 && (
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="jobs-caption">
            <table className="usa-table cg-table cg-jobs">
              <caption id="jobs-caption">{t('jobs.caption', { status: t(statusLabels[status]) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('jobs.job')}</th>
                  <th scope="col">{t('jobs.attempts')}</th>
                  <th scope="col">{t(whenHeading[status])}</th>
                  <th scope="col">{t('jobs.lastError')}</th>
                  {status === 'failed' && <th scope="col">{t('jobs.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {items.map((job) => (
                  <tr key={job.id}>
                    <th scope="row">
                      {t('jobs.number', { id: job.id })}
                      <br />
                      <span className="cg-muted">{kindLabel(job.kind)}</span>
                    </th>
                    <td>{job.attempts}</td>
                    <td>{formatDateTime(status === 'queued' ? job.run_at : job.updated_at)}</td>
                    <td className="cg-table-note">{job.last_error ?? t('jobs.noError')}</td>
                    {status === 'failed' && (
                      <td>
                        {job.status === 'failed' && (
                          <button
                            type="button"
                            className="usa-button usa-button--outline cg-small-button"
                            aria-label={t('jobs.retryLabel', { id: job.id })}
                            onClick={() => void handleRetry(job)}
                          >
                            {t('jobs.retry')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
