import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, localError } from '../../api/client';
import {
  canManage,
  currentFromStale,
  etagOf,
  updatePartnership,
  type Partnership,
} from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import type { FlashState } from '../../components/FlashMessage';
import { StaleNotice } from '../../components/StaleNotice';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { PartnershipFacts } from './PartnershipFacts';
import { PartnershipFields } from './PartnershipFields';
import { PartnershipFrame, type LoadedPartnership } from './PartnershipFrame';
import {
  editsTo,
  localErrors,
  summaryFields,
  toPatchBody,
  valuesOf,
  type PartnershipValues,
} from './partnershipValues';

/** /partnerships/:id/edit: leads and coordinators change the partnership's details. */
export function EditPartnershipPage() {
  return (
    <PartnershipFrame
      title={() => t('partnership.edit.title')}
      documentTitle={(partnership) => t('partnership.edit.documentTitle', { name: partnership.name })}
    >
      {(loaded) => <Editor loaded={loaded} />}
    </PartnershipFrame>
  );
}

interface Draft {
  base: Partnership;
  etag: string;
  values: PartnershipValues;
}

function Editor({ loaded }: { loaded: LoadedPartnership }) {
  const navigate = useNavigate();
  const sectors = useReferenceList('/api/v1/sectors');
  const [draft, setDraft] = useState<Draft>({
    base: loaded.partnership,
    etag: loaded.etag,
    values: valuesOf(loaded.partnership),
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [stale, setStale] = useState<Partnership | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const home = `/partnerships/${loaded.partnership.id}`;

  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus();
  }, [notice]);

  if (!canManage(loaded.partnership.my_role)) {
    return <Alert type="info">{t('partnership.edit.notAllowed')}</Alert>;
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setNotice(null);
    const mistakes = localErrors(draft.values, false);
    if (mistakes.length > 0) {
      setError(localError(mistakes));
      return;
    }
    const changes = toPatchBody(draft.values, valuesOf(draft.base));
    const go = (flash: string) => {
      const state: FlashState = { flash };
      navigate(home, { state });
    };
    if (Object.keys(changes).length === 0) {
      go(t('partnership.flash.unchanged', { name: draft.base.name }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await updatePartnership(draft.base.id, changes, draft.etag);
      loaded.replace(saved.data, saved.etag);
      go(t('partnership.flash.saved', { name: saved.data.name }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const current = currentFromStale<Partnership>(caught);
      if (current === null) setError(caught);
      else setStale(current);
    } finally {
      setBusy(false);
    }
  }

  function rebaseOnStale(keepMine: boolean) {
    if (stale === null) return;
    const mine = editsTo(draft.values, valuesOf(draft.base));
    const theirs = valuesOf(stale);
    setDraft({ base: stale, etag: etagOf(stale), values: keepMine ? { ...theirs, ...mine } : theirs });
    setStale(null);
    setNotice(keepMine ? t('stale.appliedMine') : t('stale.usedTheirs'));
  }

  return (
    <>
      {sectors.error !== null && <Alert type="error">{sectors.error.problem.detail}</Alert>}
      {error !== null && <ErrorSummary error={error} fields={summaryFields(sectors.items[0]?.key ?? '')} />}
      {stale !== null && (
        <StaleNotice
          heading={t('partnership.stale.heading')}
          onApplyMine={() => rebaseOnStale(true)}
          onUseTheirs={() => rebaseOnStale(false)}
        >
          <PartnershipFacts partnership={stale} sectors={sectors.items} />
        </StaleNotice>
      )}
      {notice !== null && (
        <Alert type="info" ref={noticeRef}>
          {notice}
        </Alert>
      )}
      <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={(e) => void handleSubmit(e)}>
        <PartnershipFields
          values={draft.values}
          onChange={(changes) => setDraft((last) => ({ ...last, values: { ...last.values, ...changes } }))}
          messages={messagesByField(error)}
          sectors={sectors.items}
          organizations={null}
        />
        <ul className="usa-button-group cg-form-actions">
          <li className="usa-button-group__item">
            <button type="submit" className="usa-button">
              {t('partnership.edit.submit')}
            </button>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--outline" to={home}>
              {t('form.cancel')}
            </Link>
          </li>
        </ul>
      </form>
    </>
  );
}
