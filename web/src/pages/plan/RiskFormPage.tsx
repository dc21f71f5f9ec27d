import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FieldError } from '../../api/client';
import type { Membership } from '../../api/members';
import type { Partnership } from '../../api/partnerships';
import { canWorkOnPlan } from '../../api/plan';
import {
  addRisk,
  listRisks,
  riskLevelOf,
  riskStatuses,
  updateRisk,
  type Risk,
  type RiskChanges,
  type RiskStatus,
} from '../../api/planRegisters';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { choiceId, RadioGroup } from '../../components/ChoiceGroup';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { PartnershipFrame, PartnershipItemFrame } from '../partnerships/PartnershipFrame';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { impactLabel, likelihoodLabel, riskLevelLabel, riskStatusLabel, riskStatusOptions } from './registerLabels';
import { useMembers, useRegisterEntry } from './useLoad';

/** /partnerships/:id/plan/risks/new: adding a risk. */
export function NewRiskPage() {
  return (
    <PartnershipFrame
      title={() => t('riskForm.newTitle')}
      documentTitle={(partnership) => t('riskForm.newDocumentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <RiskLoader partnership={partnership} riskId={null} />}
    </PartnershipFrame>
  );
}

/** /partnerships/:id/plan/risks/:riskId: changing one. */
export function EditRiskPage() {
  return (
    <PartnershipItemFrame
      param="riskId"
      title={() => t('riskForm.editTitle')}
      documentTitle={(partnership) => t('riskForm.editDocumentTitle', { name: partnership.name })}
    >
      {({ partnership }, riskId) => <RiskLoader key={riskId} partnership={partnership} riskId={riskId} />}
    </PartnershipItemFrame>
  );
}

function RiskLoader({ partnership, riskId }: { partnership: Partnership; riskId: number | null }) {
  const id = partnership.id;
  const members = useMembers(id, 'active');
  // There is no GET for one risk: the register holds it, with the owner's name.
  const { entry: risk, error } = useRegisterEntry((signal) => listRisks(id, signal), String(id), riskId);

  let body;
  if (!canWorkOnPlan(partnership.my_role)) body = <Alert type="info">{t('riskForm.notAllowed')}</Alert>;
  else if (error !== null) body = <Alert type="error">{error.problem.detail}</Alert>;
  else if (riskId !== null && risk === null) body = <Alert type="error">{t('riskForm.notFound')}</Alert>;
  else if (risk === undefined || members.data === null) body = <p role="status">{t('common.loading')}</p>;
  else body = <RiskForm partnershipId={id} members={members.data} risk={risk ?? undefined} />;
  return (
    <>
      <PlanNav partnershipId={id} />
      <BackLink to={planPaths.risks(id)}>{t('riskForm.back')}</BackLink>
      {body}
    </>
  );
}

interface Values {
  title: string;
  description: string;
  likelihood: string;
  impact: string;
  trigger: string;
  response: string;
  owner_id: string;
  status: RiskStatus;
}

function valuesOf(risk: Risk | undefined): Values {
  return {
    title: risk?.title ?? '',
    description: risk?.description ?? '',
    likelihood: risk === undefined ? '' : String(risk.likelihood),
    impact: risk === undefined ? '' : String(risk.impact),
    trigger: risk?.trigger ?? '',
    response: risk?.response ?? '',
    owner_id: risk?.owner_id == null ? '' : String(risk.owner_id),
    status: risk?.status ?? 'open',
  };
}

const ids = {
  title: 'risk-title',
  description: 'risk-description',
  likelihood: 'risk-likelihood',
  impact: 'risk-impact',
  trigger: 'risk-trigger',
  response: 'risk-response',
  owner_id: 'risk-owner',
  status: 'risk-status',
};

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

function parse(values: Values): { body: Required<RiskChanges> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (values.title.trim() === '') errors.push({ field: 'title', message: t('riskForm.error.title') });
  if (values.likelihood === '') errors.push({ field: 'likelihood', message: t('riskForm.error.likelihood') });
  if (values.impact === '') errors.push({ field: 'impact', message: t('riskForm.error.impact') });
  if (errors.length > 0) return { errors };
  return {
    body: {
      title: values.title.trim(),
      description: optional(values.description),
      likelihood: Number(values.likelihood),
      impact: Number(values.impact),
      trigger: optional(values.trigger),
      response: optional(values.response),
      owner_id: values.owner_id === '' ? null : Number(values.owner_id),
      status: values.status,
    },
  };
}

function changesFrom(body: Required<RiskChanges>, base: Risk): RiskChanges {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(body) as (keyof RiskChanges)[]) {
    if (body[key] !== base[key]) changes[key] = body[key];
  }
  return changes as RiskChanges;
}

function RiskForm({ partnershipId, members, risk }: { partnershipId: number; members: readonly Membership[]; risk: Risk | undefined }) {
  const navigate = useNavigate();
  const form = useVersionedForm({ item: risk, values: valuesOf(risk), valuesOf });
  const { base, values, stale, messages, set } = form;
  const listPath = planPaths.risks(partnershipId);

  const owners = new Map(members.map((member) => [String(member.id), member.display_name]));
  for (const item of [base, stale]) {
    if (item?.owner_id != null && !owners.has(String(item.owner_id))) {
      owners.set(String(item.owner_id), item.owner_name ?? t('resourceForm.formerMember', { id: item.owner_id }));
    }
  }
  const ownerOptions = [...owners.entries()].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
  const likelihoodOptions = [1, 2, 3, 4, 5].map((value) => ({ key: String(value), label: t('riskForm.scaleOption', { value, word: likelihoodLabel(value) }) }));
  const impactOptions = [1, 2, 3, 4, 5].map((value) => ({ key: String(value), label: t('riskForm.scaleOption', { value, word: impactLabel(value) }) }));
  const score = values.likelihood !== '' && values.impact !== '' ? Number(values.likelihood) * Number(values.impact) : null;

  const fields = {
    title: { id: ids.title, label: t('risk.field.title') },
    description: { id: ids.description, label: t('risk.field.description') },
    likelihood: { id: choiceId(ids.likelihood, '1'), label: t('risk.field.likelihood') },
    impact: { id: choiceId(ids.impact, '1'), label: t('risk.field.impact') },
    trigger: { id: ids.trigger, label: t('risk.field.trigger') },
    response: { id: ids.response, label: t('risk.field.response') },
    owner_id: { id: ids.owner_id, label: t('risk.field.owner') },
    status: { id: ids.status, label: t('risk.field.status') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parse(values);
    if ('errors' in parsed) {
      form.reject(parsed.errors);
      return;
    }
    void form.send(async () => {
      let flash: string;
      if (base === undefined) {
        const created = await addRisk(partnershipId, parsed.body);
        flash = t('riskForm.added', { title: created.data.title, level: riskLevelLabel(created.data.level) });
      } else {
        const changes = changesFrom(parsed.body, base);
        if (Object.keys(changes).length === 0) {
          flash = t('riskForm.unchanged', { title: base.title });
        } else {
          const saved = await updateRisk(partnershipId, base.id, changes, form.etag);
          flash = t('riskForm.saved', { title: saved.data.title, level: riskLevelLabel(saved.data.level) });
        }
      }
      const state: FlashState = { flash };
      navigate(listPath, { state });
    });
  }

  return (
    <>
      <p>{t('riskForm.intro')}</p>
      <VersionedFormAlerts form={form} fields={fields} staleHeading={t('riskForm.stale.heading')}>
        {(theirs) => (
          <p className="usa-alert__text">
            {t('riskForm.stale.summary', {
              title: theirs.title,
              likelihood: theirs.likelihood,
              impact: theirs.impact,
              level: riskLevelLabel(theirs.level),
              status: riskStatusLabel(theirs.status),
            })}
          </p>
        )}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
        <TextField
          id={ids.title}
          label={t('risk.field.title')}
          hint={t('riskForm.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messages.title}
        />
        <TextAreaField
          id={ids.description}
          label={t('risk.field.description')}
          necessity="optional"
          value={values.description}
          onChange={(description) => set({ description })}
          error={messages.description}
        />
        <RadioGroup
          id={ids.likelihood}
          legend={t('risk.field.likelihood')}
          hint={t('riskForm.hint.likelihood')}
          value={values.likelihood}
          onChange={(likelihood) => set({ likelihood })}
          options={likelihoodOptions}
          error={messages.likelihood}
        />
        <RadioGroup
          id={ids.impact}
          legend={t('risk.field.impact')}
          hint={t('riskForm.hint.impact')}
          value={values.impact}
          onChange={(impact) => set({ impact })}
          options={impactOptions}
          error={messages.impact}
        />
        <p className="cg-risk-score" aria-live="polite">
          {score === null
            ? t('riskForm.score.none')
            : t('riskForm.score.value', { score, level: riskLevelLabel(riskLevelOf(score)) })}
        </p>
        <TextField
          id={ids.trigger}
          label={t('risk.field.trigger')}
          hint={t('riskForm.hint.trigger')}
          necessity="optional"
          value={values.trigger}
          onChange={(trigger) => set({ trigger })}
          error={messages.trigger}
        />
        <TextAreaField
          id={ids.response}
          label={t('risk.field.response')}
          hint={t('riskForm.hint.response')}
          necessity="optional"
          value={values.response}
          onChange={(response) => set({ response })}
          error={messages.response}
        />
        <SelectField
          id={ids.owner_id}
          label={t('risk.field.owner')}
          hint={t('riskForm.hint.owner')}
          necessity="optional"
          value={values.owner_id}
          onChange={(owner_id) => set({ owner_id })}
          options={ownerOptions}
          emptyOption={t('riskForm.noOwner')}
          error={messages.owner_id}
        />
        <SelectField
          id={ids.status}
          label={t('risk.field.status')}
          hint={t('riskForm.hint.status')}
          necessity="required"
          value={values.status}
          onChange={(status) => {
            const found = riskStatuses.find((key) => key === status);
            if (found !== undefined) set({ status: found });
          }}
          options={riskStatusOptions()}
          emptyOption={t('form.select')}
          error={messages.status}
        />
        <FormActions submitLabel={base === undefined ? t('riskForm.submitNew') : t('riskForm.submitEdit')} cancel={listPath} />
      </form>
    </>
  );
}
