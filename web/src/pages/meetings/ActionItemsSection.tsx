import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import type { FieldError } from '../../api/client';
import type { MeetingDetail } from '../../api/meetings';
import { canContribute, raiseActionItem, type NewActionItem } from '../../api/minutes';
import type { Partnership } from '../../api/partnerships';
import type { Activity } from '../../api/plan';
import { Alert } from '../../components/Alert';
import { CheckboxGroup, choiceId } from '../../components/ChoiceGroup';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { formatDate, todayIso } from '../partnerships/labels';
import { ActivityList } from '../plan/PlanPage';
import { planPaths } from '../plan/planPaths';
import { activityTree } from '../plan/planTree';
import { useMembers } from '../plan/useLoad';
import { usePlan } from '../plan/usePlan';
import { useActionStatus } from './useActionStatus';

interface ActionItemsSectionProps {
  partnership: Partnership;
  meeting: MeetingDetail;
  actionItems: readonly Activity[];
  reload: () => Promise<void>;
}

/**
 * Who does what by when, agreed at the meeting. Each action item is an activity in the plan, so
 * the list shows what became of it (status, progress, overdue); members, leads and coordinators
 * raise them here.
 */
export function ActionItemsSection({ partnership, meeting, actionItems, reload }: ActionItemsSectionProps) {
  const id = partnership.id;
  const raiser = canContribute(partnership.my_role) && meeting.status !== 'cancelled';
  const status = useActionStatus();
  const [open, setOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    // Focus follows the change: to the form when it opens, back to its button when cancelled.
    if (open) headingRef.current?.focus();
    else if (opened.current) buttonRef.current?.focus();
    opened.current ||= open;
  }, [open]);

  return (
    <section className="cg-section" aria-labelledby="action-items-heading">
      <h2 id="action-items-heading">{t('actionItems.heading')}</h2>
      <p>{t('actionItems.intro')}</p>
      {status.view}
      {actionItems.length === 0 ? (
        <p>{t('actionItems.none')}</p>
      ) : (
        <>
          <ActivityList
            nodes={activityTree([...actionItems])}
            partnershipId={id}
            shaper={false}
            worker={false}
            selected={new Set()}
            onSelect={() => undefined}
          />
          <p>
            <Link className="usa-link" to={planPaths.plan(id)}>
              {t('actionItems.inPlan')}
            </Link>
          </p>
        </>
      )}
      {raiser &&
        (open ? (
          <ActionItemForm
            partnershipId={id}
            meetingId={meeting.id}
            headingRef={headingRef}
            onRaised={async (item) => {
              await reload();
              opened.current = false;
              setOpen(false);
              status.succeed(
                t('actionItems.raised', {
                  title: item.title,
                  owners: item.owners.map((owner) => owner.display_name).join(', '),
                  date: formatDate(item.due_on),
                }),
              );
            }}
            onCancel={() => setOpen(false)}
          />
        ) : (
          <p>
            <button type="button" className="usa-button usa-button--outline" ref={buttonRef} onClick={() => setOpen(true)}>
              {t('actionItems.add')}
            </button>
          </p>
        ))}
    </section>
  );
}

interface Values {
  title: string;
  owner_ids: string[];
  due_on: string;
  objective_id: string;
  description: string;
}

const ids = {
  title: 'action-title',
  owner_ids: 'action-owners',
  due_on: 'action-due',
  objective_id: 'action-objective',
  description: 'action-description',
};

/** Raising an action item: what, who, by when, and optionally the objective it serves and details. */
function ActionItemForm({
  partnershipId,
  meetingId,
  headingRef,
  onRaised,
  onCancel,
}: {
  partnershipId: number;
  meetingId: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRaised: (item: Activity) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Values>({ title: '', owner_ids: [], due_on: '', objective_id: '', description: '' });
  const set = (changes: Partial<Values>) => setValues((last) => ({ ...last, ...changes }));
  const form = useFormSubmit();
  const { messages } = form;
  const members = useMembers(partnershipId, 'active');
  const { plan } = usePlan(partnershipId, false);

  const ownerOptions = (members.data ?? [])
    .map((member) => ({ key: String(member.id), label: member.display_name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const objectiveOptions = (plan?.goals ?? []).flatMap((goal) =>
    goal.objectives
      .filter((objective) => !objective.archived)
      .map((objective) => ({ key: String(objective.id), label: t('activity.objectiveOption', { objective: objective.title, goal: goal.title }) })),
  );
  const fields = {
    title: { id: ids.title, label: t('actionItems.field.title') },
    owner_ids: { id: choiceId(ids.owner_ids, ownerOptions[0]?.key ?? ''), label: t('actionItems.field.owners') },
    due_on: { id: ids.due_on, label: t('actionItems.field.due') },
    objective_id: { id: ids.objective_id, label: t('actionItems.field.objective') },
    description: { id: ids.description, label: t('actionItems.field.description') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldError[] = [];
    const title = values.title.trim();
    if (title === '') errors.push({ field: 'title', message: t('actionItems.error.title') });
    if (values.owner_ids.length === 0) errors.push({ field: 'owner_ids', message: t('actionItems.error.owners') });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.due_on)) errors.push({ field: 'due_on', message: t('actionItems.error.due') });
    if (errors.length > 0) {
      form.reject(errors);
      return;
    }
    const body: NewActionItem = { title, owner_ids: values.owner_ids.map(Number), due_on: values.due_on };
    if (values.objective_id !== '') body.objective_id = Number(values.objective_id);
    if (values.description.trim() !== '') body.description = values.description.trim();
    void form.send(async () => onRaised(await raiseActionItem(partnershipId, meetingId, body)));
  }

  return (
    <div className="cg-editor">
      <h3 id="action-form-heading" className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {t('actionItems.form.heading')}
      </h3>
      <p>{t('actionItems.form.intro')}</p>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      {members.error !== null && <Alert type="error">{members.error.problem.detail}</Alert>}
      <form className="usa-form usa-form--large" noValidate autoComplete="off" aria-labelledby="action-form-heading" onSubmit={handleSubmit}>
        <TextField
          id={ids.title}
          label={t('actionItems.field.title')}
          hint={t('actionItems.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messages.title}
        />
        {members.data === null && members.error === null ? (
          <p role="status">{t('actionItems.loadingMembers')}</p>
        ) : (
          <CheckboxGroup
            id={ids.owner_ids}
            legend={t('actionItems.field.owners')}
            hint={t('actionItems.hint.owners')}
            values={values.owner_ids}
            onChange={(owner_ids) => set({ owner_ids })}
            options={ownerOptions}
            error={messages.owner_ids}
          />
        )}
        <DateField
          id={ids.due_on}
          label={t('actionItems.field.due')}
          hint={t('actionItems.hint.due')}
          necessity="required"
          min={todayIso()}
          value={values.due_on}
          onChange={(due_on) => set({ due_on })}
          error={messages.due_on}
        />
        {objectiveOptions.length > 0 && (
          <SelectField
            id={ids.objective_id}
            label={t('actionItems.field.objective')}
            hint={t('actionItems.hint.objective')}
            necessity="optional"
            value={values.objective_id}
            onChange={(objective_id) => set({ objective_id })}
            options={objectiveOptions}
            emptyOption={t('actionItems.noObjective')}
            error={messages.objective_id}
          />
        )}
        <TextAreaField
          id={ids.description}
          label={t('actionItems.field.description')}
          necessity="optional"
          value={values.description}
          onChange={(description) => set({ description })}
          error={messages.description}
        />
        <FormActions submitLabel={t('actionItems.submit')} cancel={onCancel} />
      </form>
    </div>
  );
}
