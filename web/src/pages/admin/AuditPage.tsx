import { useEffect, useRef, useState, type FormEvent } from 'react';
import { auditExportUrl, listAuditEvents, type AuditEvent, type AuditFilters } from '../../api/admin';
import { ApiError, isAbort } from '../../api/client';
import { Alert } from '../../components/Alert';
import { dateToUtcIso, formatUtc } from '../../components/formatTime';
import { FormGroup } from '../../components/FormGroup';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { BackToAdmin } from './AdminPage';

/** What the filter form holds; dates as the date inputs give them (YYYY-MM-DD). */
interface Draft {
  action: string;
  outcome: string;
  actor: string;
  fromDate: string;
  untilDate: string;
}

const emptyDraft: Draft = { action: '', outcome: '', actor: '', fromDate: '', untilDate: '' };

function toFilters(draft: Draft): AuditFilters {
  return {
    action: draft.action.trim(),
    outcome: draft.outcome.trim(),
    actor_user_id: draft.actor.trim(),
    from: dateToUtcIso(draft.fromDate),
    until: dateToUtcIso(draft.untilDate, true),
  };
}

function target(event: AuditEvent): string {
  if (event.target_type === null || event.target_type === '') return '';
  return event.target_id === null ? event.target_type : `${event.target_type} ${event.target_id}`;
}

/** The audit trail, newest first, with filters, "Older events" paging and a CSV download. */
export function AuditPage() {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [filters, setFilters] = useState<AuditFilters>(toFilters(emptyDraft));
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const firstNewRow = useRef<HTMLTableRowElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setEvents(null);
    setError(null);
    listAuditEvents(filters, null, controller.signal).then(
      (page) => {
        setEvents(page.items);
        setNext(page.next);
      },
      (caught: unknown) => {
        if (isAbort(caught)) return;
        if (caught instanceof ApiError) setError(caught);
      },
    );
    return () => controller.abort();
  }, [filters]);

  useEffect(() => {
    if (focusIndex !== null) firstNewRow.current?.focus();
  }, [focusIndex]);

  function handleFilter(event: FormEvent) {
    event.preventDefault();
    setFocusIndex(null);
    setFilters(toFilters(draft));
  }

  async function handleOlder() {
    if (next === null || events === null || loadingMore) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await listAuditEvents(filters, next);
      setFocusIndex(events.length);
      setEvents([...events, ...page.items]);
      setNext(page.next);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (value: string) => setDraft({ ...draft, [key]: value }),
  });

  return (
    <>
      <BackToAdmin />
      <PageHeading title={t('admin.audit.title')} />
      <form className="usa-form cg-filters" aria-label={t('audit.filters.label')} noValidate onSubmit={handleFilter}>
        <TextField id="audit-action" label={t('audit.filters.action')} hint={t('audit.filters.actionHint')} {...field('action')} />
        <TextField id="audit-outcome" label={t('audit.filters.outcome')} hint={t('audit.filters.outcomeHint')} {...field('outcome')} />
        <TextField
          id="audit-actor"
          label={t('audit.filters.actor')}
          hint={t('audit.filters.actorHint')}
          inputMode="numeric"
          {...field('actor')}
        />
        {(['fromDate', 'untilDate'] as const).map((key) => (
          <FormGroup
            key={key}
            id={`audit-${key}`}
            label={key === 'fromDate' ? t('audit.filters.from') : t('audit.filters.until')}
            hint={t('audit.filters.dateHint')}
          >
            {(control) => (
              <input
                {...control}
                className="usa-input"
                type="date"
                name={key}
                value={draft[key]}
                onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
              />
            )}
          </FormGroup>
        ))}
        <button type="submit" className="usa-button cg-filters__submit">
          {t('audit.filters.apply')}
        </button>
      </form>

      <p className="cg-links">
        <a className="usa-link" href={auditExportUrl(filters)} download>
          {t('audit.download')}
        </a>
      </p>

      {error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      {events === null && error === null && <p role="status">{t('common.loading')}</p>}
      {events !== null && (
        <>
          <p className="cg-status" role="status">
            {events.length === 0 ? t('audit.none') : t('audit.count', { count: events.length })}
          </p>
          {events.length > 0 && (
            <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="audit-caption">
              <table className="usa-table cg-table cg-audit">
                <caption id="audit-caption">{t('audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.at')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.target')}</th>
                    <th scope="col">{t('audit.outcome')}</th>
                    <th scope="col">{t('audit.address')}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((event, index) => (
                    <tr
                      key={String(event.id)}
                      ref={index === focusIndex ? firstNewRow : undefined}
                      tabIndex={index === focusIndex ? -1 : undefined}
                    >
                      <td>{formatUtc(event.at)}</td>
                      <td className="cg-table-note">
                        {event.actor_email ?? t('audit.anonymous')}
                        {event.actor_user_id !== null && ` (${event.actor_user_id})`}
                      </td>
                      <td className="cg-table-note">{event.action}</td>
                      <td className="cg-table-note">{target(event)}</td>
                      <td className="cg-table-note">{event.outcome}</td>
                      <td className="cg-table-note">{event.source_address ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {next !== null && (
            <button type="button" className="usa-button usa-button--outline" onClick={() => void handleOlder()}>
              {t('audit.older')}
            </button>
          )}
        </>
      )}
    </>
  );
}
