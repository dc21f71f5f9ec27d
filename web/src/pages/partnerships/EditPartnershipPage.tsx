import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { canManage, updatePartnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useReferenceList } from '../../hooks/useReferenceList';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { PartnershipFacts } from './PartnershipFacts';
import { PartnershipFields } from './PartnershipFields';
import { PartnershipFrame, type LoadedPartnership } from './PartnershipFrame';
import { localErrors, summaryFields, toPatchBody, valuesOf } from './partnershipValues';

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

function Editor({ loaded }: { loaded: LoadedPartnership }) {
  const navigate = useNavigate();
  const sectors = useReferenceList('/api/v1/sectors');
  const form = useVersionedForm({
    item: loaded.partnership,
    etag: loaded.etag,
    values: valuesOf(loaded.partnership),
    valuesOf,
  });
  const home = `/partnerships/${loaded.partnership.id}`;

  if (!canManage(loaded.partnership.my_role)) {
    return <Alert type="info">{t('partnership.edit.notAllowed')}</Alert>;
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const mistakes = localErrors(form.values, false);
    if (mistakes.length > 0) {
      form.reject(mistakes);
      return;
    }
    const base = form.base;
    const go = (flash: string) => {
      const state: FlashState = { flash };
      navigate(home, { state });
    };
    void form.send(async () => {
      const changes = toPatchBody(form.values, valuesOf(base));
      if (Object.keys(changes).length === 0) {
        go(t('partnership.flash.unchanged', { name: base.name }));
        return;
      }
      const saved = await updatePartnership(base.id, changes, form.etag);
      loaded.replace(saved.data, saved.etag);
      go(t('partnership.flash.saved', { name: saved.data.name }));
    });
  }

  return (
    <>
      {sectors.error !== null && <Alert type="error">{sectors.error.problem.detail}</Alert>}
      <VersionedFormAlerts form={form} fields={summaryFields(sectors.items[0]?.key ?? '')} staleHeading={t('partnership.stale.heading')}>
        {(theirs) => <PartnershipFacts partnership={theirs} sectors={sectors.items} />}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={handleSubmit}>
        <PartnershipFields
          values={form.values}
          onChange={form.set}
          messages={form.messages}
          sectors={sectors.items}
          organizations={null}
        />
        <FormActions submitLabel={t('partnership.edit.submit')} cancel={home} />
      </form>
    </>
  );
}
