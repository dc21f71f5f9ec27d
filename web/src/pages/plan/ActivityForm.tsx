import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../api/client';
import type { Membership } from '../../api/members';
import {
  activityStatuses,
  createActivity,
  updateActivity,
  type Activity,
  type ActivityChanges,
  type ActivityStatus,
  type Plan,
} from '../../api/plan';
import type { ReferenceItem } from '../../api/reference';
import { CheckboxGroup, choiceId } from '../../components/ChoiceGroup';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { activityStatusLabel, activityStatusOptions, dueText, ownersText } from './planLabels';
import { allActivities, selfAndDescendants } from './planTree';

interface ActivityFormProps {
  partnershipId: number;
  plan: Plan;
  /** The partnership's active members, who may own activities. */
  members: readonly Membership[];
  /** The activity to change; none to add one. */
  activity?: Activity;
  /** Where a new activity goes. */
  under?: { objective?: number; parent?: number };
  /** Whether the objective and parent can be chosen (always when adding). */
  mayMove: boolean;
  submitLabel: string;
  /** The level of the headings inside the form (the stale notice's). */
  headingLevel: 2 | 3;
  onDone: (message: string, activity: Activity) => void;
  onCancel: () => void;
}

interface Values {
  title: string;
  description: string;
  start_on: string;
  due_on: string;
  status: ActivityStatus;
  percent: string;
  owner_ids: string[];
  organization_ids: string[];
  resources_needed: string;
  rationale: string;
  expected_outcome: string;
  objective_id: string;
  parent_activity_id: string;
}

const ids = {
  title: 'activity-title',
  description: 'activity-description',
  objective_id: 'activity-objective',
  parent_activity_id: 'activity-parent',
  start_on: 'activity-start',
  due_on: 'activity-due',
  status: 'activity-status',
  percent: 'activity-percent',
  owner_filter: 'activity-owner-filter',
  owner_ids: 'activity-owners',
  organization_ids: 'activity-organizations',
  resources_needed: 'activity-resources',
  rationale: 'activity-rationale',
  expected_outcome: 'activity-outcome',
};

function valuesOf(activity: Activity | undefined, plan: Plan, under: ActivityFormProps['under']): Values {
  const parent = under?.parent === undefined ? undefined : allActivities(plan).find((p) => p.activity.id === under.parent);
  const objective = activity?.objective_id ?? parent?.activity.objective_id ?? under?.objective ?? null;
  return {
    title: activity?.title ?? '',
    description: activity?.description ?? '',
    start_on: activity?.start_on ?? '',
    due_on: activity?.due_on ?? '',
    status: activity?.status ?? 'not_started',
    percent: String(activity?.percent ?? 0),
    owner_ids: activity?.owners.map((owner) => String(owner.membership_id)) ?? [],
    organization_ids: activity?.organizations.map((organization) => String(organization.id)) ?? [],
    resources_needed: activity?.resources_needed ?? '',
    rationale: activity?.rationale ?? '',
    expected_outcome: activity?.expected_outcome ?? '',
    objective_id: objective === null ? '' : String(objective),
    parent_activity_id: String(activity?.parent_activity_id ?? parent?.activity.id ?? ''),
  };
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());
const idList = (keys: readonly string[]) => keys.map(Number);

/** The whole activity as the API takes it, or the problems found. */
function parse(values: Values): { body: Required<Omit<ActivityChanges, 'position' | 'archived'>> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (values.title.trim() === '') errors.push({ field: 'title', message: t('activity.error.title') });
  const percent = values.percent.trim() === '' ? 0 : Number(values.percent.trim().replace(/%$/, ''));
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    errors.push({ field: 'percent', message: t('activity.error.percent') });
  }
  if (values.start_on !== '' && values.due_on !== '' && values.due_on < values.start_on) {
    errors.push({ field: 'due_on', message: t('activity.error.dueBeforeStart') });
  }
  if (errors.length > 0) return { errors };
  return {
    body: {
      title: values.title.trim(),
      description: optional(values.description),
      start_on: values.start_on === '' ? null : values.start_on,
      due_on: values.due_on === '' ? null : values.due_on,
      status: values.status,
      percent: values.status === 'done' ? 100 : percent,
      owner_ids: idList(values.owner_ids),
      organization_ids: idList(values.organization_ids),
      resources_needed: optional(values.resources_needed),
      rationale: optional(values.rationale),
      expected_outcome: optional(values.expected_outcome),
      objective_id: values.objective_id === '' ? null : Number(values.objective_id),
      parent_activity_id: values.parent_activity_id === '' ? null : Number(values.parent_activity_id),
    },
  };
}

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The fields that differ from `base`; a sub-activity is moved by its parent alone. */
function changesFrom(body: Required<Omit<ActivityChanges, 'position' | 'archived'>>, base: Activity): ActivityChanges {
  const changes: ActivityChanges = {};
  const text = ['title', 'description', 'start_on', 'due_on', 'resources_needed', 'rationale', 'expected_outcome'] as const;
  for (const key of text) if (body[key] !== base[key]) (changes as Record<string, unknown>)[key] = body[key];
  if (body.status !== base.status) changes.status = body.status;
  if (body.percent !== base.percent) changes.percent = body.percent;
  if (!sameIds(body.owner_ids, base.owners.map((owner) => owner.membership_id))) changes.owner_ids = body.owner_ids;
  if (!sameIds(body.organization_ids, base.organizations.map((organization) => organization.id))) {
    changes.organization_ids = body.organization_ids;
  }
  if (body.parent_activity_id !== base.parent_activity_id) {
    changes.parent_activity_id = body.parent_activity_id;
    if (body.parent_activity_id === null) changes.objective_id = body.objective_id;
  } else if (body.parent_activity_id === null && body.objective_id !== base.objective_id) {
    changes.objective_id = body.objective_id;
  }
  return changes;
}

/** What a new activity is created with: only what was filled in. */
function creation(body: Required<Omit<ActivityChanges, 'position' | 'archived'>>) {
  const created: Record<string, unknown> = { title: body.title, status: body.status, percent: body.percent };
  for (const [key, value] of Object.entries(body)) {
    if (key in created || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    created[key] = value;
  }
  // A sub-activity takes its parent's objective.
  if (body.parent_activity_id !== null) delete created.objective_id;
  return created as unknown as ActivityChanges & { title: string };
}

/** How many people or organizations are listed before a box for finding one appears. */
const FILTER_FROM = 12;

/**
 * Adds an activity or changes one: what, when, status and progress, who owns it, and where it
 * sits in the plan. A stale save shows both versions and lets the person choose.
 */
export function ActivityForm({
  partnershipId,
  plan,
  members,
  activity,
  under,
  mayMove,
  submitLabel,
  headingLevel,
  onDone,
  onCancel,
}: ActivityFormProps) {
  const form = useVersionedForm({
    item: activity,
    values: valuesOf(activity, plan, under),
    valuesOf: (item) => valuesOf(item, plan, undefined),
  });
  const { base, values, stale, messages, set } = form;
  const [ownerFilter, setOwnerFilter] = useState('');

  // Who may own it: the active members, and whoever owns it already.
  const people = new Map<string, string>(members.map((member) => [String(member.id), member.display_name]));
  for (const owner of [...(base?.owners ?? []), ...(stale?.owners ?? [])]) {
    if (!people.has(String(owner.membership_id))) people.set(String(owner.membership_id), owner.display_name);
  }
  const filter = ownerFilter.trim().toLowerCase();
  const ownerOptions: ReferenceItem[] = [...people.entries()]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) => a.label.localeCompare(b.label))
    .filter((option) => filter === '' || values.owner_ids.includes(option.key) || option.label.toLowerCase().includes(filter));
  // Organizations: those the members sit for, and any responsible already.
  const organizations = new Map<string, string>();
  for (const member of members) if (member.organization !== null) organizations.set(String(member.organization.id), member.organization.name);
  for (const organization of [...(base?.organizations ?? []), ...(stale?.organizations ?? [])]) {
    organizations.set(String(organization.id), organization.name);
  }
  const organizationOptions = [...organizations.entries()]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) => a.label.localeCompare(b.label));

  // Where it can go: any objective that is not archived, and under any activity of that
  // objective except itself and its own sub-activities.
  const objectiveOptions = plan.goals.flatMap((goal) =>
    goal.objectives
      .filter((objective) => !objective.archived || String(objective.id) === values.objective_id)
      .map((objective) => ({ key: String(objective.id), label: t('activity.objectiveOption', { objective: objective.title, goal: goal.title }) })),
  );
  const excluded = base === undefined ? new Set<number>() : selfAndDescendants(plan, base.id);
  const parentOptions = allActivities(plan)
    .filter(
      (placed) =>
        String(placed.objective?.id ?? '') === values.objective_id &&
        !excluded.has(placed.activity.id) &&
        (!placed.activity.archived || String(placed.activity.id) === values.parent_activity_id),
    )
    .map((placed) => ({
      key: String(placed.activity.id),
      label: `${'– '.repeat(placed.depth)}${placed.activity.title}`,
    }));

  const fields = {
    title: { id: ids.title, label: t('activity.field.title') },
    objective_id: { id: ids.objective_id, label: t('activity.field.objective') },
    parent_activity_id: { id: ids.parent_activity_id, label: t('activity.field.parent') },
    start_on: { id: ids.start_on, label: t('activity.field.start_on') },
    due_on: { id: ids.due_on, label: t('activity.field.due_on') },
    status: { id: ids.status, label: t('activity.field.status') },
    percent: { id: ids.percent, label: t('activity.field.percent') },
    owner_ids: { id: choiceId(ids.owner_ids, ownerOptions[0]?.key ?? ''), label: t('activity.field.owners') },
    description: { id: ids.description, label: t('activity.field.description') },
    organization_ids: {
      id: choiceId(ids.organization_ids, organizationOptions[0]?.key ?? ''),
      label: t('activity.field.organizations'),
    },
    resources_needed: { id: ids.resources_needed, label: t('activity.field.resources_needed') },
    rationale: { id: ids.rationale, label: t('activity.field.rationale') },
    expected_outcome: { id: ids.expected_outcome, label: t('activity.field.expected_outcome') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parse(values);
    if ('errors' in parsed) {
      form.reject(parsed.errors);
      return;
    }
    void form.send(async () => {
      if (base === undefined) {
        const created = await createActivity(partnershipId, creation(parsed.body));
        onDone(t('activity.added', { title: created.data.title }), created.data);
      } else {
        const changes = changesFrom(parsed.body, base);
        if (!mayMove) {
          delete changes.objective_id;
          delete changes.parent_activity_id;
        }
        if (Object.keys(changes).length === 0) {
          onDone(t('activity.unchanged', { title: base.title }), base);
          return;
        }
        const saved = await updateActivity(partnershipId, base.id, changes, form.etag);
        onDone(t('activity.saved', { title: saved.data.title }), saved.data);
      }
    });
  }

  return (
    <>
      <VersionedFormAlerts form={form} fields={fields} staleHeading={t('activity.stale.heading')} staleHeadingLevel={headingLevel}>
        {(theirs) => (
          <>
            <p className="usa-alert__text">
              {t('activity.stale.summary', {
                title: theirs.title,
                status: activityStatusLabel(theirs.status),
                percent: theirs.percent,
                due: dueText(theirs),
                owners: ownersText(theirs),
              })}
            </p>
            {base !== undefined && (
              <p className="usa-alert__text">
                {t('activity.stale.yours', {
                  title: values.title,
                  status: activityStatusLabel(values.status),
                  percent: values.percent,
                  owners:
                    values.owner_ids.length === 0
                      ? t('activity.owners.none')
                      : values.owner_ids.map((key) => people.get(key) ?? key).join(', '),
                })}
              </p>
            )}
          </>
        )}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={handleSubmit}>
        <TextField
          id={ids.title}
          label={t('activity.field.title')}
          hint={t('activity.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messages.title}
        />
        {mayMove && (
          <>
            <SelectField
              id={ids.objective_id}
              label={t('activity.field.objective')}
              hint={t('activity.hint.objective')}
              necessity="optional"
              value={values.objective_id}
              onChange={(objective_id) => set({ objective_id, parent_activity_id: '' })}
              options={objectiveOptions}
              emptyOption={t('activity.noObjective')}
              error={messages.objective_id}
            />
            <SelectField
              id={ids.parent_activity_id}
              label={t('activity.field.parent')}
              hint={t('activity.hint.parent')}
              necessity="optional"
              value={values.parent_activity_id}
              onChange={(parent_activity_id) => set({ parent_activity_id })}
              options={parentOptions}
              emptyOption={t('activity.noParent')}
              error={messages.parent_activity_id}
            />
          </>
        )}
        <DateField
          id={ids.start_on}
          label={t('activity.field.start_on')}
          necessity="optional"
          value={values.start_on}
          onChange={(start_on) => set({ start_on })}
          error={messages.start_on}
        />
        <DateField
          id={ids.due_on}
          label={t('activity.field.due_on')}
          necessity="optional"
          min={values.start_on === '' ? undefined : values.start_on}
          value={values.due_on}
          onChange={(due_on) => set({ due_on })}
          error={messages.due_on}
        />
        <SelectField
          id={ids.status}
          label={t('activity.field.status')}
          necessity="required"
          value={values.status}
          onChange={(status) => {
            const found = activityStatuses.find((key) => key === status);
            if (found !== undefined) set(found === 'done' ? { status: found, percent: '100' } : { status: found });
          }}
          options={activityStatusOptions()}
          emptyOption={t('form.select')}
          error={messages.status}
        />
        <TextField
          id={ids.percent}
          label={t('activity.field.percent')}
          hint={t('activity.hint.percent')}
          necessity="required"
          inputMode="numeric"
          value={values.percent}
          onChange={(percent) => set({ percent })}
          error={messages.percent}
        />
        {people.size > FILTER_FROM && (
          <TextField
            id={ids.owner_filter}
            label={t('activity.field.ownerFilter')}
            hint={t('activity.hint.ownerFilter')}
            value={ownerFilter}
            onChange={setOwnerFilter}
          />
        )}
        <CheckboxGroup
          id={ids.owner_ids}
          legend={t('activity.field.owners')}
          hint={t('activity.hint.owners')}
          optional
          values={values.owner_ids}
          onChange={(owner_ids) => set({ owner_ids })}
          options={ownerOptions}
          error={messages.owner_ids}
        />
        <TextAreaField
          id={ids.description}
          label={t('activity.field.description')}
          necessity="optional"
          value={values.description}
          onChange={(description) => set({ description })}
          error={messages.description}
        />
        {organizationOptions.length > 0 && (
          <CheckboxGroup
            id={ids.organization_ids}
            legend={t('activity.field.organizations')}
            hint={t('activity.hint.organizations')}
            optional
            values={values.organization_ids}
            onChange={(organization_ids) => set({ organization_ids })}
            options={organizationOptions}
            error={messages.organization_ids}
          />
        )}
        <TextAreaField
          id={ids.resources_needed}
          label={t('activity.field.resources_needed')}
          hint={t('activity.hint.resources_needed')}
          necessity="optional"
          value={values.resources_needed}
          onChange={(resources_needed) => set({ resources_needed })}
          error={messages.resources_needed}
        />
        <TextAreaField
          id={ids.rationale}
          label={t('activity.field.rationale')}
          hint={t('activity.hint.rationale')}
          necessity="optional"
          value={values.rationale}
          onChange={(rationale) => set({ rationale })}
          error={messages.rationale}
        />
        <TextAreaField
          id={ids.expected_outcome}
          label={t('activity.field.expected_outcome')}
          hint={t('activity.hint.expected_outcome')}
          necessity="optional"
          value={values.expected_outcome}
          onChange={(expected_outcome) => set({ expected_outcome })}
          error={messages.expected_outcome}
        />
        <FormActions submitLabel={submitLabel} cancel={onCancel} />
      </form>
    </>
  );
}
