import { useEffect, useRef, type FormEvent } from 'react';
import { createGoal, updateGoal, type GoalChanges, type GoalItem } from '../../api/plan';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';

interface GoalEditorProps {
  partnershipId: number;
  /** The goal to change; none to add one. */
  goal?: GoalItem;
  /** The level of the editor's heading. */
  headingLevel: 3 | 4;
  onDone: (message: string) => void;
  onCancel: () => void;
}

interface Values {
  title: string;
  rationale: string;
}

const valuesOf = (goal: GoalItem | undefined): Values => ({ title: goal?.title ?? '', rationale: goal?.rationale ?? '' });

function changesFrom(values: Values, base: Values): GoalChanges {
  const changes: GoalChanges = {};
  if (values.title.trim() !== base.title) changes.title = values.title.trim();
  if (values.rationale.trim() !== base.rationale) changes.rationale = values.rationale.trim() === '' ? null : values.rationale.trim();
  return changes;
}

/** Adds a goal or changes one, in place; a stale save shows both versions and lets the person choose. */
export function GoalEditor({ partnershipId, goal, headingLevel, onDone, onCancel }: GoalEditorProps) {
  const prefix = goal === undefined ? 'goal-new' : `goal-${goal.id}`;
  const ids = { title: `${prefix}-title`, rationale: `${prefix}-rationale` };
  const form = useVersionedForm({ item: goal, values: valuesOf(goal), valuesOf });
  const { base, values, messages, set } = form;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const fields = {
    title: { id: ids.title, label: t('goal.field.title') },
    rationale: { id: ids.rationale, label: t('goal.field.rationale') },
  };

  useEffect(() => headingRef.current?.focus(), []);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (values.title.trim() === '') {
      form.reject([{ field: 'title', message: t('goal.error.title') }]);
      return;
    }
    void form.send(async () => {
      if (base === undefined) {
        const rationale = values.rationale.trim();
        const created = await createGoal(partnershipId, {
          title: values.title.trim(),
          ...(rationale === '' ? {} : { rationale }),
        });
        onDone(t('goal.added', { title: created.data.title }));
      } else {
        const changes = changesFrom(values, valuesOf(base));
        if (Object.keys(changes).length === 0) {
          onDone(t('goal.unchanged', { title: base.title }));
          return;
        }
        const saved = await updateGoal(partnershipId, base.id, changes, form.etag);
        onDone(t('goal.saved', { title: saved.data.title }));
      }
    });
  }

  return (
    <div className="cg-editor">
      <Heading className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {goal === undefined ? t('goal.add.heading') : t('goal.edit.heading', { title: goal.title })}
      </Heading>
      <VersionedFormAlerts
        form={form}
        fields={fields}
        staleHeading={t('goal.stale.heading')}
        staleHeadingLevel={headingLevel === 3 ? 4 : 5}
      >
        {(theirs) => (
          <>
            <p className="usa-alert__text">{t('goal.stale.summary', { title: theirs.title })}</p>
            <p className="usa-alert__text cg-prewrap">
              {t('goal.stale.rationale', { rationale: theirs.rationale ?? t('common.none') })}
            </p>
          </>
        )}
      </VersionedFormAlerts>
      <form className="usa-form usa-form--large" noValidate onSubmit={handleSubmit}>
        <TextField
          id={ids.title}
          label={t('goal.field.title')}
          hint={t('goal.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messages.title}
        />
        <TextAreaField
          id={ids.rationale}
          label={t('goal.field.rationale')}
          hint={t('goal.hint.rationale')}
          necessity="optional"
          value={values.rationale}
          onChange={(rationale) => set({ rationale })}
          error={messages.rationale}
        />
        <FormActions submitLabel={goal === undefined ? t('goal.add.submit') : t('goal.edit.submit')} cancel={onCancel} />
      </form>
    </div>
  );
}
