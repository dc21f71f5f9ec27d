import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FieldError } from '../../api/client';
import type { Membership } from '../../api/members';
import type { Partnership } from '../../api/partnerships';
import { canWorkOnPlan, type Plan } from '../../api/plan';
import {
  addResource,
  listResources,
  resourceKinds,
  resourcePeriods,
  updateResource,
  type Resource,
  type ResourceChanges,
  type ResourceEntry,
  type ResourceKind,
  type ResourcePeriod,
} from '../../api/planRegisters';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { choiceId, RadioGroup } from '../../components/ChoiceGroup';
import { DateField } from '../../components/DateField';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { todayIso } from '../partnerships/labels';
import { PartnershipFrame, PartnershipItemFrame } from '../partnerships/PartnershipFrame';
import { parseNumber } from './ObjectiveForm';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { allActivities } from './planTree';
import { amountText, resourceEntryLabel, resourceKindLabel, resourceKindOptions, resourcePeriodOptions } from './registerLabels';
import { useMembers, useRegisterEntry } from './useLoad';
import { usePlan } from './usePlan';

/** /partnerships/:id/plan/resources/new: adding a need or a commitment. */
export function NewResourcePage() {
  return (
    <PartnershipFrame
      title={() => t('resourceForm.newTitle')}
      documentTitle={(partnership) => t('resourceForm.newDocumentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <ResourceLoader partnership={partnership} resourceId={null} />}
    </PartnershipFrame>
  );
}

/** /partnerships/:id/plan/resources/:resourceId: changing one. */
export function EditResourcePage() {
  return (
    <PartnershipItemFrame
      param="resourceId"
      title={() => t('resourceForm.editTitle')}
      documentTitle={(partnership) => t('resourceForm.editDocumentTitle', { name: partnership.name })}
    >
      {({ partnership }, resourceId) => <ResourceLoader key={resourceId} partnership={partnership} resourceId={resourceId} />}
    </PartnershipItemFrame>
  );
}

function ResourceLoader({ partnership, resourceId }: { partnership: Partnership; resourceId: number | null }) {
  const id = partnership.id;
  const { plan, error: planError } = usePlan(id, false);
  const members = useMembers(id, 'active');
  // There is no GET for one resource: the list holds it, with the partner's name.
  const { entry: resource, error } = useRegisterEntry((signal) => listResources(id, signal), String(id), resourceId);

  let body;
  if (!canWorkOnPlan(partnership.my_role)) body = <Alert type="info">{t('resourceForm.notAllowed')}</Alert>;
  else if (error !== null || planError !== null) body = <Alert type="error">{(error ?? planError)!.problem.detail}</Alert>;
  else if (resourceId !== null && resource === null) body = <Alert type="error">{t('resourceForm.notFound')}</Alert>;
  else if (resource === undefined || plan === null || members.data === null) body = <p role="status">{t('common.loading')}</p>;
  else body = <ResourceForm partnershipId={id} plan={plan} members={members.data} resource={resource ?? undefined} />;
  return (
    <>
      <PlanNav partnershipId={id} />
      <BackLink to={planPaths.resources(id)}>{t('resourceForm.back')}</BackLink>
      {body}
    </>
  );
}

interface Values {
  entry: ResourceEntry | '';
  kind: ResourceKind | '';
  description: string;
  amount: string;
  unit: string;
  period: ResourcePeriod | '';
  membership_id: string;
  activity_id: string;
  used: string;
  committed_on: string;
}

function valuesOf(resource: Resource | undefined): Values {
  return {
    entry: resource?.entry ?? '',
    kind: resource?.kind ?? '',
    description: resource?.description ?? '',
    amount: resource === undefined ? '' : String(resource.amount),
    unit: resource?.unit ?? '',
    period: resource?.period ?? '',
    membership_id: resource?.membership_id === null || resource === undefined ? '' : String(resource.membership_id),
    activity_id: resource?.activity_id === null || resource === undefined ? '' : String(resource.activity_id),
    used: resource === undefined ? '' : String(resource.used),
    committed_on: resource?.committed_on ?? (resource === undefined ? todayIso() : ''),
  };
}

const ids = {
  entry: 'resource-entry',
  kind: 'resource-kind',
  description: 'resource-description',
  amount: 'resource-amount',
  unit: 'resource-unit',
  period: 'resource-period',
  membership_id: 'resource-partner',
  committed_on: 'resource-committed-on',
  used: 'resource-used',
  activity_id: 'resource-activity',
};

/** The whole resource as the API takes it, or the problems found. */
function parse(values: Values): { body: Required<ResourceChanges> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (values.entry === '') errors.push({ field: 'entry', message: t('resourceForm.error.entry') });
  if (values.kind === '') errors.push({ field: 'kind', message: t('resourceForm.error.kind') });
  if (values.description.trim() === '') errors.push({ field: 'description', message: t('resourceForm.error.description') });
  const amount = parseNumber(values.amount);
  if (amount === null || !(amount > 0)) errors.push({ field: 'amount', message: t('resourceForm.error.amount') });
  if (values.unit.trim() === '') errors.push({ field: 'unit', message: t('resourceForm.error.unit') });
  if (values.period === '') errors.push({ field: 'period', message: t('resourceForm.error.period') });
  const commitment = values.entry === 'commitment';
  if (commitment && values.membership_id === '') errors.push({ field: 'membership_id', message: t('resourceForm.error.partner') });
  const used = values.used.trim() === '' ? 0 : parseNumber(values.used);
  if (commitment && (used === null || used < 0)) errors.push({ field: 'used', message: t('resourceForm.error.used') });
  if (errors.length > 0 || values.entry === '' || values.kind === '' || values.period === '' || amount === null) return { errors };
  return {
    body: {
      entry: values.entry,
      kind: values.kind,
      description: values.description.trim(),
      amount,
      unit: values.unit.trim(),
      period: values.period,
      membership_id: commitment ? Number(values.membership_id) : null,
      activity_id: values.activity_id === '' ? null : Number(values.activity_id),
      used: commitment ? (used ?? 0) : 0,
      committed_on: commitment && values.committed_on !== '' ? values.committed_on : null,
    },
  };
}

/** The fields that differ from `base`. */
function changesFrom(body: Required<ResourceChanges>, base: Resource): ResourceChanges {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(body) as (keyof ResourceChanges)[]) {
    if (body[key] !== base[key]) changes[key] = body[key];
  }
  return changes as ResourceChanges;
}

/** A need or commitment in one line, for the stale notice. */
function summaryOf(resource: Pick<Resource, 'entry' | 'kind' | 'description' | 'amount' | 'unit' | 'period'>): string {
  return t('resourceForm.stale.line', {
    entry: resourceEntryLabel(resource.entry),
    description: resource.description,
    kind: resourceKindLabel(resource.kind),
    amount: amountText(resource.amount, resource),
  });
}

function ResourceForm({
  partnershipId,
  plan,
  members,
  resource,
}: {
  partnershipId: number;
  plan: Plan;
  members: readonly Membership[];
  resource: Resource | undefined;
}) {
  const navigate = useNavigate();
  const form = useVersionedForm({
    item: resource,
    values: valuesOf(resource),
    valuesOf,
    // The stored copy may leave out the partner's name, which the list had.
    completeStale: (current, base) => ({ ...current, partner: current.partner ?? base?.partner ?? null }),
  });
  const { base, values, stale, messages, set } = form;
  const listPath = planPaths.resources(partnershipId);
  const commitment = values.entry === 'commitment';

  const partners = new Map(members.map((member) => [String(member.id), member.display_name]));
  // A commitment from someone who has left keeps its partner.
  for (const item of [base, stale]) {
    if (item?.membership_id != null && !partners.has(String(item.membership_id))) {
      partners.set(String(item.membership_id), item.partner ?? t('resourceForm.formerMember', { id: item.membership_id }));
    }
  }
  const partnerOptions = [...partners.entries()].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
  const activityOptions = allActivities(plan).map((placed) => ({
    key: String(placed.activity.id),
    label: `${'– '.repeat(placed.depth)}${placed.activity.title}`,
  }));
  const entryOptions = (['need', 'commitment'] as const).map((key) => ({ key, label: resourceEntryLabel(key) }));

  const fields = {
    entry: { id: choiceId(ids.entry, 'need'), label: t('resource.field.entry') },
    kind: { id: ids.kind, label: t('resource.field.kind') },
    description: { id: ids.description, label: t('resource.field.description') },
    amount: { id: ids.amount, label: t('resource.field.amount') },
    unit: { id: ids.unit, label: t('resource.field.unit') },
    period: { id: ids.period, label: t('resource.field.period') },
    membership_id: { id: ids.membership_id, label: t('resource.field.partner') },
    committed_on: { id: ids.committed_on, label: t('resource.field.committed_on') },
    used: { id: ids.used, label: t('resource.field.used') },
    activity_id: { id: ids.activity_id, label: t('resource.field.activity') },
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
        const created = await addResource(partnershipId, parsed.body);
        flash =
          created.data.entry === 'need'
            ? t('resourceForm.addedNeed', { description: created.data.description })
            : t('resourceForm.addedCommitment', { description: created.data.description });
      } else {
        const changes = changesFrom(parsed.body, base);
        if (Object.keys(changes).length === 0) {
          flash = t('resourceForm.unchanged', { description: base.description });
        } else {
          const saved = await updateResource(partnershipId, base.id, changes, form.etag);
          flash = t('resourceForm.saved', { description: saved.data.description });
        }
      }
      const state: FlashState = { flash };
      navigate(listPath, { state });
    });
  }

  return (
    <>
      <p>{t('resourceForm.intro')}</p>
      <VersionedFormAlerts form={form} fields={fields} staleHeading={t('resourceForm.stale.heading')}>
        {(theirs) => (
          <>
            <p className="usa-alert__text">{t('resourceForm.stale.theirs', { summary: summaryOf(theirs) })}</p>
            {values.entry !== '' && values.kind !== '' && values.period !== '' && (
              <p className="usa-alert__text">
                {t('resourceForm.stale.yours', {
                  summary: summaryOf({
                    entry: values.entry,
                    kind: values.kind,
                    period: values.period,
                    description: values.description,
                    amount: parseNumber(values.amount) ?? 0,
                    unit: values.unit,
                  }),
                })}
              </p>
            )}
          </>
        )}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
        <RadioGroup
          id={ids.entry}
          legend={t('resource.field.entry')}
          value={values.entry}
          onChange={(entry) => set({ entry: entry === 'commitment' ? 'commitment' : 'need' })}
          options={entryOptions}
          descriptions={{ need: t('resourceForm.hint.need'), commitment: t('resourceForm.hint.commitment') }}
          error={messages.entry}
        />
        <TextField
          id={ids.description}
          label={t('resource.field.description')}
          hint={t('resourceForm.hint.description')}
          necessity="required"
          value={values.description}
          onChange={(description) => set({ description })}
          error={messages.description}
        />
        <SelectField
          id={ids.kind}
          label={t('resource.field.kind')}
          necessity="required"
          value={values.kind}
          onChange={(kind) => set({ kind: resourceKinds.find((key) => key === kind) ?? '' })}
          options={resourceKindOptions()}
          emptyOption={t('form.select')}
          error={messages.kind}
        />
        <TextField
          id={ids.amount}
          label={t('resource.field.amount')}
          hint={t('resourceForm.hint.amount')}
          necessity="required"
          inputMode="decimal"
          value={values.amount}
          onChange={(amount) => set({ amount })}
          error={messages.amount}
        />
        <TextField
          id={ids.unit}
          label={t('resource.field.unit')}
          hint={t('resourceForm.hint.unit')}
          necessity="required"
          value={values.unit}
          onChange={(unit) => set({ unit })}
          error={messages.unit}
        />
        <SelectField
          id={ids.period}
          label={t('resource.field.period')}
          hint={t('resourceForm.hint.period')}
          necessity="required"
          value={values.period}
          onChange={(period) => set({ period: resourcePeriods.find((key) => key === period) ?? '' })}
          options={resourcePeriodOptions()}
          emptyOption={t('form.select')}
          error={messages.period}
        />
        {commitment && (
          <>
            <SelectField
              id={ids.membership_id}
              label={t('resource.field.partner')}
              hint={t('resourceForm.hint.partner')}
              necessity="required"
              value={values.membership_id}
              onChange={(membership_id) => set({ membership_id })}
              options={partnerOptions}
              emptyOption={t('form.select')}
              error={messages.membership_id}
            />
            <DateField
              id={ids.committed_on}
              label={t('resource.field.committed_on')}
              necessity="optional"
              max={todayIso()}
              value={values.committed_on}
              onChange={(committed_on) => set({ committed_on })}
              error={messages.committed_on}
            />
            <TextField
              id={ids.used}
              label={t('resource.field.used')}
              hint={t('resourceForm.hint.used')}
              necessity="optional"
              inputMode="decimal"
              value={values.used}
              onChange={(used) => set({ used })}
              error={messages.used}
            />
          </>
        )}
        <SelectField
          id={ids.activity_id}
          label={t('resource.field.activity')}
          hint={t('resourceForm.hint.activity')}
          necessity="optional"
          value={values.activity_id}
          onChange={(activity_id) => set({ activity_id })}
          options={activityOptions}
          emptyOption={t('resourceForm.noActivity')}
          error={messages.activity_id}
        />
        <FormActions submitLabel={base === undefined ? t('resourceForm.submitNew') : t('resourceForm.submitEdit')} cancel={listPath} />
      </form>
    </>
  );
}
