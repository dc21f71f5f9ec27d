import type { FormEvent } from 'react';
import type { FieldError } from '../../api/client';
import {
  createObjective,
  updateObjective,
  type Direction,
  type Goal,
  type ObjectiveChanges,
  type ObjectiveItem,
} from '../../api/plan';
import { RadioGroup, choiceId } from '../../components/ChoiceGroup';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { formatDate } from '../partnerships/labels';
import { directionLabel, withUnit } from './planLabels';

interface ObjectiveFormProps {
  partnershipId: number;
  goals: readonly Goal[];
  /** The objective to change; none to add one. */
  objective?: ObjectiveItem;
  /** The goal a new objective goes under. */
  goalId?: number;
  submitLabel: string;
  onDone: (message: string, objective: ObjectiveItem) => void;
  onCancel: () => void;
}

interface Values {
  goal_id: string;
  title: string;
  indicator: string;
  unit: string;
  baseline: string;
  target: string;
  direction: Direction;
  start_on: string;
  target_on: string;
  weight: string;
}

const ids = {
  goal_id: 'objective-goal',
  title: 'objective-title',
  indicator: 'objective-indicator',
  unit: 'objective-unit',
  baseline: 'objective-baseline',
  target: 'objective-target',
  direction: 'objective-direction',
  start_on: 'objective-start',
  target_on: 'objective-target-on',
  weight: 'objective-weight',
};

function valuesOf(objective: ObjectiveItem | undefined, goalId: number | undefined): Values {
  return {
    goal_id: String(objective?.goal_id ?? goalId ?? ''),
    title: objective?.title ?? '',
    indicator: objective?.indicator ?? '',
    unit: objective?.unit ?? '',
    baseline: objective === undefined ? '' : String(objective.baseline),
    target: objective === undefined ? '' : String(objective.target),
    direction: objective?.direction ?? 'up',
    start_on: objective?.start_on ?? '',
    target_on: objective?.target_on ?? '',
    weight: objective === undefined ? '1' : String(objective.weight),
  };
}

/** A number as people type it ("1,250", " 3.5 "), or null when it is not one. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Everything in `values` as the API wants it, or the problems found. */
function parse(values: Values): { body: Required<Omit<ObjectiveChanges, 'position' | 'archived'>> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const need = (field: keyof Values, message: string) => {
    if (String(values[field]).trim() === '') errors.push({ field, message });
  };
  need('goal_id', t('objective.error.goal'));
  need('title', t('objective.error.title'));
  need('indicator', t('objective.error.indicator'));
  need('unit', t('objective.error.unit'));
  const baseline = parseNumber(values.baseline);
  const target = parseNumber(values.target);
  const weight = parseNumber(values.weight === '' ? '1' : values.weight);
  if (baseline === null) errors.push({ field: 'baseline', message: t('objective.error.number') });
  if (target === null) errors.push({ field: 'target', message: t('objective.error.number') });
  need('start_on', t('objective.error.start'));
  need('target_on', t('objective.error.targetOn'));
  if (weight === null) errors.push({ field: 'weight', message: t('objective.error.number') });
  if (errors.length > 0 || baseline === null || target === null || weight === null) return { errors };
  return {
    body: {
      goal_id: Number(values.goal_id),
      title: values.title.trim(),
      indicator: values.indicator.trim(),
      unit: values.unit.trim(),
      baseline,
      target,
      direction: values.direction,
      start_on: values.start_on,
      target_on: values.target_on,
      weight,
    },
  };
}

/** The fields that differ from `base` (both parsed). */
function changesFrom(
  body: Required<Omit<ObjectiveChanges, 'position' | 'archived'>>,
  base: ObjectiveItem,
): ObjectiveChanges {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (base[key as keyof ObjectiveItem] !== value) changes[key] = value;
  }
  return changes as ObjectiveChanges;
}

/**
 * Adds a measurable objective or changes one. A stale save shows both versions and lets the
 * person apply their changes to the other version, or start again from it.
 */
export function ObjectiveForm({ partnershipId, goals, objective, goalId, submitLabel, onDone, onCancel }: ObjectiveFormProps) {
  const form = useVersionedForm({
    item: objective,
    values: valuesOf(objective, goalId),
    valuesOf: (item) => valuesOf(item, undefined),
  });
  const { base, values, messages, set } = form;
  const fields = {
    goal_id: { id: ids.goal_id, label: t('objective.field.goal') },
    title: { id: ids.title, label: t('objective.field.title') },
    indicator: { id: ids.indicator, label: t('objective.field.indicator') },
    unit: { id: ids.unit, label: t('objective.field.unit') },
    baseline: { id: ids.baseline, label: t('objective.field.baseline') },
    target: { id: ids.target, label: t('objective.field.target') },
    direction: { id: choiceId(ids.direction, 'up'), label: t('objective.field.direction') },
    start_on: { id: ids.start_on, label: t('objective.field.start_on') },
    target_on: { id: ids.target_on, label: t('objective.field.target_on') },
    weight: { id: ids.weight, label: t('objective.field.weight') },
  };
  const goalOptions = goals
    .filter((goal) => !goal.archived || String(goal.id) === values.goal_id)
    .map((goal) => ({ key: String(goal.id), label: goal.title }));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parse(values);
    if ('errors' in parsed) {
      form.reject(parsed.errors);
      return;
    }
    void form.send(async () => {
      if (base === undefined) {
        const created = await createObjective(partnershipId, parsed.body);
        onDone(t('objective.added', { title: created.data.title }), created.data);
      } else {
        const changes = changesFrom(parsed.body, base);
        if (Object.keys(changes).length === 0) {
          onDone(t('objective.unchanged', { title: base.title }), base);
          return;
        }
        const saved = await updateObjective(partnershipId, base.id, changes, form.etag);
        onDone(t('objective.saved', { title: saved.data.title }), saved.data);
      }
    });
  }

  return (
    <>
      <VersionedFormAlerts form={form} fields={fields} staleHeading={t('objective.stale.heading')} staleHeadingLevel={3}>
        {(theirs) => (
          <p className="usa-alert__text">
            {t('objective.stale.summary', {
              title: theirs.title,
              indicator: theirs.indicator,
              baseline: withUnit(theirs.baseline, theirs.unit),
              target: withUnit(theirs.target, theirs.unit),
              direction: directionLabel(theirs.direction),
              start: formatDate(theirs.start_on),
              date: formatDate(theirs.target_on),
              weight: theirs.weight,
            })}
          </p>
        )}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
        <SelectField
          id={ids.goal_id}
          label={t('objective.field.goal')}
          hint={base === undefined ? undefined : t('objective.hint.goalMove')}
          necessity="required"
          value={values.goal_id}
          onChange={(goal_id) => set({ goal_id })}
          options={goalOptions}
          emptyOption={t('form.select')}
          error={messages.goal_id}
        />
        <TextField
          id={ids.title}
          label={t('objective.field.title')}
          hint={t('objective.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messages.title}
        />
        <TextField
          id={ids.indicator}
          label={t('objective.field.indicator')}
          hint={t('objective.hint.indicator')}
          necessity="required"
          value={values.indicator}
          onChange={(indicator) => set({ indicator })}
          error={messages.indicator}
        />
        <TextField
          id={ids.unit}
          label={t('objective.field.unit')}
          hint={t('objective.hint.unit')}
          necessity="required"
          value={values.unit}
          onChange={(unit) => set({ unit })}
          error={messages.unit}
        />
        <TextField
          id={ids.baseline}
          label={t('objective.field.baseline')}
          hint={t('objective.hint.baseline')}
          necessity="required"
          inputMode="decimal"
          value={values.baseline}
          onChange={(baseline) => set({ baseline })}
          error={messages.baseline}
        />
        <TextField
          id={ids.target}
          label={t('objective.field.target')}
          hint={t('objective.hint.target')}
          necessity="required"
          inputMode="decimal"
          value={values.target}
          onChange={(target) => set({ target })}
          error={messages.target}
        />
        <RadioGroup
          id={ids.direction}
          legend={t('objective.field.direction')}
          value={values.direction}
          onChange={(direction) => set({ direction: direction === 'down' ? 'down' : 'up' })}
          options={[
            { key: 'up', label: directionLabel('up') },
            { key: 'down', label: directionLabel('down') },
          ]}
          descriptions={{ up: t('objective.direction.upHint'), down: t('objective.direction.downHint') }}
          error={messages.direction}
        />
        <DateField
          id={ids.start_on}
          label={t('objective.field.start_on')}
          hint={t('objective.hint.start_on')}
          necessity="required"
          value={values.start_on}
          onChange={(start_on) => set({ start_on })}
          error={messages.start_on}
        />
        <DateField
          id={ids.target_on}
          label={t('objective.field.target_on')}
          hint={t('objective.hint.target_on')}
          necessity="required"
          value={values.target_on}
          onChange={(target_on) => set({ target_on })}
          error={messages.target_on}
        />
        <TextField
          id={ids.weight}
          label={t('objective.field.weight')}
          hint={t('objective.hint.weight')}
          necessity="optional"
          inputMode="decimal"
          value={values.weight}
          onChange={(weight) => set({ weight })}
          error={messages.weight}
        />
        <FormActions submitLabel={submitLabel} cancel={onCancel} />
      </form>
    </>
  );
}
