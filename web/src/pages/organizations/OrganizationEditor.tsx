import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import {
  createOrganization,
  currentFromStale,
  deleteOrganization,
  etagOf,
  getOrganization,
  updateOrganization,
  type Organization,
} from '../../api/organizations';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { DeleteOrganization } from './DeleteOrganization';
import { OrganizationFields } from './OrganizationFields';
import {
  editsTo,
  emptyValues,
  summaryFields,
  toCreateBody,
  toPatchBody,
  valuesOf,
  type OrganizationValues,
} from './organizationValues';
import { StaleVersionNotice } from './StaleVersionNotice';

/** The form and the version it edits: `base` is null when adding a new organization. */
interface Draft {
  base: Organization | null;
  etag: string;
  values: OrganizationValues;
}

const LIST = '/organizations';

function draftFrom(organization: Organization, etag: string | null): Draft {
  return { base: organization, etag: etag ?? etagOf(organization), values: valuesOf(organization) };
}

/** Adds an organization (`id` null) or edits one, without losing anyone's changes. */
export function OrganizationEditor({ id }: { id: number | null }) {
  const navigate = useNavigate();
  const sectors = useReferenceList('/api/v1/sectors');
  const kinds = useReferenceList('/api/v1/organization-kinds');
  const [draft, setDraft] = useState<Draft | null>(
    id === null ? { base: null, etag: '', values: emptyValues } : null,
  );
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [stale, setStale] = useState<Organization | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormSubmit(() => setNotice(null));
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (id === null) return;
    const controller = new AbortController();
    getOrganization(id, controller.signal).then(
      (response) => setDraft(draftFrom(response.data, response.etag)),
      (caught: unknown) => {
        if (!isAbort(caught)) setLoadError(caught as ApiError);
      },
    );
    return () => controller.abort();
  }, [id]);

  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus();
  }, [notice]);

  const base = draft?.base ?? null;
  const problem = loadError ?? sectors.error ?? kinds.error;
  const ready = draft !== null && sectors.items.length > 0 && kinds.items.length > 0;

  function goToList(flash: string) {
    const state: FlashState = { flash };
    navigate(LIST, { state });
  }

  function submit(action: () => Promise<void>) {
    void form.send(action, (caught) => {
      const current = currentFromStale(caught);
      if (current === null) return caught;
      setStale(current);
      return null;
    });
  }

  function handleSave(event: FormEvent) {
    event.preventDefault();
    if (draft === null) return;
    submit(async () => {
      if (draft.base === null) {
        const created = await createOrganization(toCreateBody(draft.values));
        goToList(t('org.flash.created', { name: created.data.name }));
        return;
      }
      const changes = toPatchBody(draft.values, valuesOf(draft.base));
      if (Object.keys(changes).length === 0) {
        goToList(t('org.flash.unchanged', { name: draft.base.name }));
        return;
      }
      const saved = await updateOrganization(draft.base.id, changes, draft.etag);
      goToList(t('org.flash.saved', { name: saved.data.name }));
    });
  }

  function handleDelete() {
    if (draft === null || draft.base === null) return;
    const organization = draft.base;
    const etag = draft.etag;
    submit(async () => {
      await deleteOrganization(organization.id, etag);
      goToList(t('org.flash.deleted', { name: organization.name }));
    });
  }

  function rebaseOnStale(keepMine: boolean) {
    if (draft === null || stale === null) return;
    const mine = draft.base === null ? {} : editsTo(draft.values, valuesOf(draft.base));
    const next = draftFrom(stale, null);
    setDraft(keepMine ? { ...next, values: { ...next.values, ...mine } } : next);
    setStale(null);
    setNotice(keepMine ? t('org.stale.appliedMine') : t('org.stale.usedTheirs'));
  }

  const title = id === null ? t('org.new.title') : t('org.edit.title');
  return (
    <>
      <PageHeading
        title={title}
        {...(base === null ? {} : { documentTitle: t('org.edit.documentTitle', { name: base.name }) })}
      />
      {problem !== null && <Alert type="error">{problem.problem.detail}</Alert>}
      {problem === null && !ready && <p role="status">{t('common.loading')}</p>}
      {ready && (
        <>
          {form.error !== null && <ErrorSummary error={form.error} fields={summaryFields()} />}
          {stale !== null && (
            <StaleVersionNotice
              current={stale}
              sectors={sectors.items}
              kinds={kinds.items}
              onApplyMine={() => rebaseOnStale(true)}
              onUseTheirs={() => rebaseOnStale(false)}
            />
          )}
          {notice !== null && (
            <Alert type="info" ref={noticeRef}>
              {notice}
            </Alert>
          )}
          <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={handleSave}>
            <OrganizationFields
              values={draft.values}
              onChange={(field, value) =>
                setDraft((last) => last && { ...last, values: { ...last.values, [field]: value } })
              }
              messages={form.messages}
              sectors={sectors.items}
              kinds={kinds.items}
            />
            <FormActions
              submitLabel={base === null ? t('org.new.submit') : t('org.edit.submit')}
              cancel={LIST}
              cancelLabel={t('org.form.cancel')}
            />
          </form>
          {base !== null && <DeleteOrganization name={base.name} onConfirm={handleDelete} />}
        </>
      )}
    </>
  );
}
