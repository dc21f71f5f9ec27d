import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, localError } from '../../api/client';
import { currentFromStale, etagOf } from '../../api/partnerships';
import { createGoal, updateGoal, type GoalChanges, type GoalItem } from '../../api/plan';
import { Alert } from '../../components/Alert';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import { StaleNotice } from '../../components/StaleNotice';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
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
  const [base, setBase] = useState(goal);
  const [values, setValues] = useState<Values>(valuesOf(goal));
  const [error, setError] = useState<ApiError | null>(null);
  const [stale, setStale] = useState<GoalItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const messages = messagesByField(error);
  const fields = {
    title: { id: ids.title, label: t('goal.field.title') },
    rationale: { id: ids.rationale, label: t('goal.field.rationale') },
  };

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus();
  }, [notice]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setNotice(null);
    if (values.title.trim() === '') {
      setError(localError([{ field: 'title', message: t('goal.error.title') }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
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
        const saved = await updateGoal(partnershipId, base.id, changes, etagOf(base));
        onDone(t('goal.saved', { title: saved.data.title }));
      }
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const current = currentFromStale<GoalItem>(caught);
      if (current === null) setError(caught);
      else setStale(current);
    } finally {
      setBusy(false);
    }
  }

  function rebaseOnStale(keepMine: boolean) {
    if (stale === null || base === undefined) return;
    const mine = changesFrom(values, valuesOf(base));
    const theirs = valuesOf(stale);
    setValues(
      keepMine
        ? {
            title: 'title' in mine ? values.title : theirs.title,
            rationale: 'rationale' in mine ? values.rationale : theirs.rationale,
          }
        : theirs,
    );
    setBase(stale);
    setStale(null);
    setNotice(keepMine ? t('stale.appliedMine') : t('stale.usedTheirs'));
  }

  return (
    <div className="cg-editor">
      <Heading className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {goal === undefined ? t('goal.add.heading') : t('goal.edit.heading', { title: goal.title })}
      </Heading>
      {error !== null && <ErrorSummary error={error} fields={fields} />}
      {stale !== null && (
        <StaleNotice
          heading={t('goal.stale.heading')}
          headingLevel={headingLevel === 3 ? 4 : 5}
          onApplyMine={() => rebaseOnStale(true)}
          onUseTheirs={() => rebaseOnStale(false)}
        >
          <p className="usa-alert__text">{t('goal.stale.summary', { title: stale.title })}</p>
          <p className="usa-alert__text cg-prewrap">
            {t('goal.stale.rationale', { rationale: stale.rationale ?? t('common.none') })}
          </p>
        </StaleNotice>
      )}
      {notice !== null && (
        <Alert type="info" ref={noticeRef}>
          {notice}
        </Alert>
      )}
      <form className="usa-form usa-form--large" noValidate onSubmit={(e) => void handleSubmit(e)}>
        <TextField
          id={ids.title}
          label={t('goal.field.title')}
          hint={t('goal.hint.title')}
          necessity="required"
          value={values.title}
          onChange={(title) => setValues((last) => ({ ...last, title }))}
          error={messages.title}
        />
        <TextAreaField
          id={ids.rationale}
          label={t('goal.field.rationale')}
          hint={t('goal.hint.rationale')}
          necessity="optional"
          value={values.rationale}
          onChange={(rationale) => setValues((last) => ({ ...last, rationale }))}
          error={messages.rationale}
        />
        <ul className="usa-button-group cg-form-actions">
          <li className="usa-button-group__item">
            <button type="submit" className="usa-button">
              {goal === undefined ? t('goal.add.submit') : t('goal.edit.submit')}
            </button>
          </li>
          <li className="usa-button-group__item">
            <button type="button" className="usa-button usa-button--outline" onClick={onCancel}>
              {t('form.cancel')}
            </button>
          </li>
        </ul>
      </form>
    </div>
  );
}
