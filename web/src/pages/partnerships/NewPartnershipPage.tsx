import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, localError } from '../../api/client';
import { createPartnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import type { FlashState } from '../../components/FlashMessage';
import { PageHeading } from '../../components/PageHeading';
import { useOrganizationOptions } from '../../hooks/useOrganizationOptions';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { PartnershipFields } from './PartnershipFields';
import { emptyValues, localErrors, summaryFields, toCreateBody, type PartnershipValues } from './partnershipValues';

/** /partnerships/new: starts a partnership; the person creating it becomes its first lead. */
export function NewPartnershipPage() {
  const navigate = useNavigate();
  const sectors = useReferenceList('/api/v1/sectors');
  const organizations = useOrganizationOptions();
  const [values, setValues] = useState<PartnershipValues>(emptyValues);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // The organizations only help to choose a seat; without them the sector still works.
  const problem = sectors.error;
  const ready = sectors.items.length > 0 && organizations.items !== null;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const mistakes = localErrors(values, true);
    if (mistakes.length > 0) {
      setError(localError(mistakes));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await createPartnership(toCreateBody(values));
      const state: FlashState = { flash: t('partnership.flash.created', { name: created.data.name }) };
      navigate(`/partnerships/${created.data.id}`, { state });
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={t('partnership.new.title')} />
      <p>{t('partnership.new.intro')}</p>
      {problem !== null && <Alert type="error">{problem.problem.detail}</Alert>}
      {problem === null && !ready && <p role="status">{t('common.loading')}</p>}
      {ready && (
        <>
          {error !== null && (
            <ErrorSummary error={error} fields={summaryFields(sectors.items[0]?.key ?? '')} />
          )}
          {organizations.error !== null && <Alert type="warning">{t('partnership.new.noOrganizations')}</Alert>}
          <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={(e) => void handleSubmit(e)}>
            <PartnershipFields
              values={values}
              onChange={(changes) => setValues((last) => ({ ...last, ...changes }))}
              messages={messagesByField(error)}
              sectors={sectors.items}
              organizations={organizations.items ?? []}
            />
            <ul className="usa-button-group cg-form-actions">
              <li className="usa-button-group__item">
                <button type="submit" className="usa-button">
                  {t('partnership.new.submit')}
                </button>
              </li>
              <li className="usa-button-group__item">
                <Link className="usa-button usa-button--outline" to="/partnerships">
                  {t('form.cancel')}
                </Link>
              </li>
            </ul>
          </form>
        </>
      )}
    </>
  );
}
