import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { createPartnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { useFormSubmit } from '../../hooks/useFormSubmit';
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
  const form = useFormSubmit();

  // The organizations only help to choose a seat; without them the sector still works.
  const problem = sectors.error;
  const ready = sectors.items.length > 0 && organizations.items !== null;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const mistakes = localErrors(values, true);
    if (mistakes.length > 0) {
      form.reject(mistakes);
      return;
    }
    void form.send(async () => {
      const created = await createPartnership(toCreateBody(values));
      const state: FlashState = { flash: t('partnership.flash.created', { name: created.data.name }) };
      navigate(`/partnerships/${created.data.id}`, { state });
    });
  }

  return (
    <>
      <PageHeading title={t('partnership.new.title')} />
      <p>{t('partnership.new.intro')}</p>
      {problem !== null && <Alert type="error">{problem.problem.detail}</Alert>}
      {problem === null && !ready && <p role="status">{t('common.loading')}</p>}
      {ready && (
        <>
          {form.error !== null && (
            <ErrorSummary error={form.error} fields={summaryFields(sectors.items[0]?.key ?? '')} />
          )}
          {organizations.error !== null && <Alert type="warning">{t('partnership.new.noOrganizations')}</Alert>}
          <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={handleSubmit}>
            <PartnershipFields
              values={values}
              onChange={(changes) => setValues((last) => ({ ...last, ...changes }))}
              messages={form.messages}
              sectors={sectors.items}
              organizations={organizations.items ?? []}
            />
            <FormActions submitLabel={t('partnership.new.submit')} cancel="/partnerships" />
          </form>
        </>
      )}
    </>
  );
}
