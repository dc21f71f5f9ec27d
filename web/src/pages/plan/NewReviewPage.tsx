import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, type FieldError } from '../../api/client';
import type { Membership } from '../../api/members';
import type { Partnership } from '../../api/partnerships';
import { canShapePlan, type Objective, type Plan } from '../../api/plan';
import { ratings as ratingKeys, recordReview, type NewReview, type Rating } from '../../api/planReviews';
import type { ReferenceItem } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { CheckboxGroup, choiceId, RadioGroup } from '../../components/ChoiceGroup';
import { DateField } from '../../components/DateField';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { FormGroup } from '../../components/FormGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { formatDate, percent, todayIso } from '../partnerships/labels';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { progressSourceText } from './planLabels';
import { ProgressBar, Trajectory } from './ProgressBar';
import { ratingLabel } from './registerLabels';
import { useMembers } from './useLoad';
import { usePlan } from './usePlan';

/** /partnerships/:id/plan/reviews/new: recording a review (leads and coordinators). */
export function NewReviewPage() {
  return (
    <PartnershipFrame
      title={() => t('reviewForm.title')}
      documentTitle={(partnership) => t('reviewForm.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <NewReview partnership={partnership} />}
    </PartnershipFrame>
  );
}

function NewReview({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const { plan, error } = usePlan(id, false);
  const members = useMembers(id, 'active');
  return (
    <>
      <PlanNav partnershipId={id} />
      <BackLink to={planPaths.reviews(id)}>{t('review.back')}</BackLink>
      {!canShapePlan(partnership.my_role) ? (
        <Alert type="info">{t('reviewForm.notAllowed')}</Alert>
      ) : error !== null ? (
        <Alert type="error">{error.problem.detail}</Alert>
      ) : members.error !== null ? (
        <Alert type="error">{members.error.problem.detail}</Alert>
      ) : plan === null || members.data === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <ReviewForm partnership={partnership} plan={plan} members={members.data} />
      )}
    </>
  );
}

/** The objectives that can be rated: those not archived, under goals not archived, in plan order. */
function liveObjectives(plan: Plan): { goal: string; objective: Objective }[] {
  return plan.goals
    .filter((goal) => !goal.archived)
    .flatMap((goal) => goal.objectives.filter((objective) => !objective.archived).map((objective) => ({ goal: goal.title, objective })));
}

interface Commitment {
  key: number;
  title: string;
  owner_id: string;
  due_on: string;
  objective_id: string;
}

interface Values {
  held_on: string;
  summary: string;
  participant_ids: string[];
  /** By objective id: the rating ('none' when not rated) and a note. */
  ratings: Record<number, { rating: Rating | 'none'; note: string }>;
  decisions: { key: number; text: string }[];
  commitments: Commitment[];
}

const NOT_RATED = 'none';
/** How many members are listed before a box for finding one appears. */
const FILTER_FROM = 12;

const ids = {
  held_on: 'review-held-on',
  summary: 'review-summary',
  participant_filter: 'review-participant-filter',
  participant_ids: 'review-participants',
  rating: (objectiveId: number) => `review-rating-${objectiveId}`,
  note: (objectiveId: number) => `review-rating-${objectiveId}-note`,
  decision: (key: number) => `review-decision-${key}`,
  commitment: (key: number, part: 'title' | 'owner' | 'due' | 'objective') => `review-commitment-${key}-${part}`,
};

/** The form's own names for its inputs, which the error summary and the messages use. */
const local = {
  rating: (objectiveId: number) => `rating-${objectiveId}`,
  note: (objectiveId: number) => `rating-${objectiveId}-note`,
  decision: (key: number) => `decision-${key}`,
  commitment: (key: number, part: 'title' | 'owner' | 'due' | 'objective') => `commitment-${key}-${part}`,
};

const emptyCommitment = (key: number): Commitment => ({ key, title: '', owner_id: '', due_on: '', objective_id: '' });
const isBlank = (row: Commitment) => row.title.trim() === '' && row.owner_id === '' && row.due_on === '' && row.objective_id === '';

/** Which row of the form each entry of a sent review came from, to put the server's problems beside it. */
interface Sent {
  ratings: number[];
  decisions: number[];
  commitments: number[];
}

/**
 * The server names problems by their place in what was sent (`ratings[1].objective_id`,
 * `commitments[0].due_on`); the form names them by the row they came from, which stays right
 * when rows are added or removed afterwards.
 */
function toLocalErrors(error: ApiError, sent: Sent): ApiError {
  const parts: Record<string, 'title' | 'owner' | 'due' | 'objective'> = {
    title: 'title',
    owner_id: 'owner',
    due_on: 'due',
    objective_id: 'objective',
  };
  const errors = error.problem.errors.map((fieldError): FieldError => {
    const found = /^(ratings|decisions|commitments)\[(\d+)\](?:\.(\w+))?$/.exec(fieldError.field);
    if (found === null) return fieldError;
    const [, list, index, member] = found;
    const row = sent[list as keyof Sent][Number(index)];
    if (row === undefined) return fieldError;
    if (list === 'ratings') return { ...fieldError, field: member === 'note' ? local.note(row) : local.rating(row) };
    if (list === 'decisions') return { ...fieldError, field: local.decision(row) };
    return { ...fieldError, field: local.commitment(row, parts[member ?? 'title'] ?? 'title') };
  });
  return new ApiError({ ...error.problem, errors });
}

function ReviewForm({ partnership, plan, members }: { partnership: Partnership; plan: Plan; members: readonly Membership[] }) {
  const navigate = useNavigate();
  const id = partnership.id;
  const objectives = liveObjectives(plan);
  const nextKey = useRef(2);
  const [values, setValues] = useState<Values>(() => ({
    held_on: todayIso(),
    summary: '',
    participant_ids: partnership.my_membership_id === null ? [] : [String(partnership.my_membership_id)],
    ratings: Object.fromEntries(objectives.map(({ objective }) => [objective.id, { rating: NOT_RATED, note: '' }])),
    decisions: [{ key: 0, text: '' }],
    commitments: [emptyCommitment(1)],
  }));
  const form = useFormSubmit();
  const { error, messages } = form;
  const [participantFilter, setParticipantFilter] = useState('');
  // After a row is added or removed, focus goes to the new row, or to the add button.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const set = (changes: Partial<Values>) => setValues((last) => ({ ...last, ...changes }));

  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const people: ReferenceItem[] = [...members]
    .map((member) => ({ key: String(member.id), label: member.display_name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const filter = participantFilter.trim().toLowerCase();
  const participantOptions = people.filter(
    (option) => filter === '' || values.participant_ids.includes(option.key) || option.label.toLowerCase().includes(filter),
  );
  const objectiveOptions = objectives.map(({ objective }) => ({ key: String(objective.id), label: objective.title }));
  const ratingOptions: ReferenceItem[] = [
    { key: NOT_RATED, label: t('review.rating.none') },
    ...ratingKeys.map((key) => ({ key, label: ratingLabel(key) })),
  ];

  // In form order, for the error summary.
  const fields: Record<string, SummaryField> = {
    held_on: { id: ids.held_on, label: t('review.field.held_on') },
    summary: { id: ids.summary, label: t('review.field.summary') },
    participant_ids: { id: choiceId(ids.participant_ids, participantOptions[0]?.key ?? ''), label: t('review.field.participants') },
  };
  for (const { objective } of objectives) {
    fields[local.rating(objective.id)] = {
      id: choiceId(ids.rating(objective.id), NOT_RATED),
      label: t('reviewForm.rating.legend', { title: objective.title }),
    };
    fields[local.note(objective.id)] = { id: ids.note(objective.id), label: t('reviewForm.rating.note', { title: objective.title }) };
  }
  values.decisions.forEach((decision, index) => {
    fields[local.decision(decision.key)] = { id: ids.decision(decision.key), label: t('reviewForm.decision.label', { number: index + 1 }) };
  });
  values.commitments.forEach((row, index) => {
    const number = index + 1;
    fields[local.commitment(row.key, 'title')] = { id: ids.commitment(row.key, 'title'), label: t('reviewForm.commitment.titleOf', { number }) };
    fields[local.commitment(row.key, 'owner')] = { id: ids.commitment(row.key, 'owner'), label: t('reviewForm.commitment.ownerOf', { number }) };
    fields[local.commitment(row.key, 'due')] = { id: ids.commitment(row.key, 'due'), label: t('reviewForm.commitment.dueOf', { number }) };
    fields[local.commitment(row.key, 'objective')] = {
      id: ids.commitment(row.key, 'objective'),
      label: t('reviewForm.commitment.objectiveOf', { number }),
    };
  });

  function setRating(objectiveId: number, changes: Partial<{ rating: Rating | 'none'; note: string }>) {
    setValues((last) => ({
      ...last,
      ratings: { ...last.ratings, [objectiveId]: { ...(last.ratings[objectiveId] ?? { rating: NOT_RATED, note: '' }), ...changes } },
    }));
  }

  function setCommitment(key: number, changes: Partial<Commitment>) {
    setValues((last) => ({ ...last, commitments: last.commitments.map((row) => (row.key === key ? { ...row, ...changes } : row)) }));
  }

  /** The review as the API takes it, with where each entry came from; or the problems found. */
  function build(): { body: NewReview; sent: Sent } | { errors: FieldError[] } {
    const errors: FieldError[] = [];
    if (values.held_on === '') errors.push({ field: 'held_on', message: t('reviewForm.error.heldOn') });
    else if (values.held_on > todayIso()) errors.push({ field: 'held_on', message: t('reviewForm.error.future') });
    const sent: Sent = { ratings: [], decisions: [], commitments: [] };
    const body: NewReview = { held_on: values.held_on };
    if (values.summary.trim() !== '') body.summary = values.summary.trim();
    body.participant_ids = values.participant_ids.map(Number);
    body.ratings = [];
    for (const { objective } of objectives) {
      const rating = values.ratings[objective.id];
      if (rating === undefined || rating.rating === NOT_RATED) {
        if (rating !== undefined && rating.note.trim() !== '') {
          errors.push({ field: local.rating(objective.id), message: t('reviewForm.error.noteWithoutRating') });
        }
        continue;
      }
      sent.ratings.push(objective.id);
      body.ratings.push({
        objective_id: objective.id,
        rating: rating.rating,
        ...(rating.note.trim() === '' ? {} : { note: rating.note.trim() }),
      });
    }
    body.decisions = [];
    for (const decision of values.decisions) {
      if (decision.text.trim() === '') continue;
      sent.decisions.push(decision.key);
      body.decisions.push(decision.text.trim());
    }
    body.commitments = [];
    for (const row of values.commitments) {
      if (isBlank(row)) continue;
      if (row.title.trim() === '') errors.push({ field: local.commitment(row.key, 'title'), message: t('reviewForm.error.commitmentTitle') });
      if (row.owner_id === '') errors.push({ field: local.commitment(row.key, 'owner'), message: t('reviewForm.error.commitmentOwner') });
      if (row.due_on === '') errors.push({ field: local.commitment(row.key, 'due'), message: t('reviewForm.error.commitmentDue') });
      sent.commitments.push(row.key);
      body.commitments.push({
        title: row.title.trim(),
        owner_id: Number(row.owner_id),
        due_on: row.due_on,
        ...(row.objective_id === '' ? {} : { objective_id: Number(row.objective_id) }),
      });
    }
    return errors.length > 0 ? { errors } : { body, sent };
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const built = build();
    if ('errors' in built) {
      form.reject(built.errors);
      return;
    }
    void form.send(
      async () => {
        const review = await recordReview(id, built.body);
        const count = review.activity_ids.length;
        const flash =
          count === 0
            ? t('reviewForm.recorded', { date: formatDate(review.held_on) })
            : t('reviewForm.recordedWithCommitments', { date: formatDate(review.held_on), count });
        const state: FlashState = { flash };
        navigate(planPaths.review(id, review.id), { state });
      },
      (caught) => toLocalErrors(caught, built.sent),
    );
  }

  return (
    <>
      <p>{t('reviewForm.intro')}</p>
      {error !== null && <ErrorSummary error={error} fields={fields} />}
      <form className="usa-form usa-form--large cg-review-form" noValidate onSubmit={handleSubmit}>
        <DateField
          id={ids.held_on}
          label={t('review.field.held_on')}
          necessity="required"
          max={todayIso()}
          value={values.held_on}
          onChange={(held_on) => set({ held_on })}
          error={messages.held_on}
        />
        <TextAreaField
          id={ids.summary}
          label={t('review.field.summary')}
          hint={t('reviewForm.hint.summary')}
          necessity="optional"
          value={values.summary}
          onChange={(summary) => set({ summary })}
          error={messages.summary}
        />
        {people.length > FILTER_FROM && (
          <TextField
            id={ids.participant_filter}
            label={t('reviewForm.participantFilter')}
            hint={t('reviewForm.hint.participantFilter')}
            value={participantFilter}
            onChange={setParticipantFilter}
          />
        )}
        <CheckboxGroup
          id={ids.participant_ids}
          legend={t('review.field.participants')}
          hint={t('reviewForm.hint.participants')}
          optional
          values={values.participant_ids}
          onChange={(participant_ids) => set({ participant_ids })}
          options={participantOptions}
          error={messages.participant_ids}
        />

        <h2 className="cg-form-heading">{t('reviewForm.ratings.heading')}</h2>
        <p>{t('reviewForm.ratings.intro')}</p>
        {objectives.length === 0 && <p>{t('reviewForm.ratings.none')}</p>}
        {objectives.map(({ goal, objective }) => {
          const value = values.ratings[objective.id] ?? { rating: NOT_RATED, note: '' };
          return (
            <div className="cg-rate" key={objective.id}>
              <h3 className="cg-rate__title">{objective.title}</h3>
              <p className="cg-rate__goal">{t('objective.partOf', { goal })}</p>
              <ProgressBar value={objective.progress} expected={objective.expected} />
              <p className="cg-rate__source">
                {progressSourceText(objective.progress_source)} {t('objective.expectedNow', { expected: percent(objective.expected) })}
              </p>
              <Trajectory objective={objective} />
              <RadioGroup
                id={ids.rating(objective.id)}
                legend={t('reviewForm.rating.legend', { title: objective.title })}
                value={value.rating}
                onChange={(rating) => {
                  const found = ratingOptions.find((option) => option.key === rating);
                  if (found !== undefined) setRating(objective.id, { rating: found.key as Rating | 'none' });
                }}
                options={ratingOptions}
                error={messages[local.rating(objective.id)]}
              />
              <TextField
                id={ids.note(objective.id)}
                label={t('reviewForm.rating.note', { title: objective.title })}
                necessity="optional"
                value={value.note}
                onChange={(note) => setRating(objective.id, { note })}
                error={messages[local.note(objective.id)]}
              />
            </div>
          );
        })}

        <h2 className="cg-form-heading">{t('review.decisions.heading')}</h2>
        <p>{t('reviewForm.decisions.intro')}</p>
        {values.decisions.map((decision, index) => {
          const number = index + 1;
          return (
            <div className="cg-line-row" key={decision.key}>
              <FormGroup
                id={ids.decision(decision.key)}
                label={t('reviewForm.decision.label', { number })}
                error={messages[local.decision(decision.key)]}
              >
                {(control) => (
                  <input
                    {...control}
                    className={messages[local.decision(decision.key)] === undefined ? 'usa-input' : 'usa-input usa-input--error'}
                    name={ids.decision(decision.key)}
                    type="text"
                    value={decision.text}
                    onChange={(event) => {
                      const text = event.target.value;
                      setValues((last) => ({
                        ...last,
                        decisions: last.decisions.map((d) => (d.key === decision.key ? { ...d, text } : d)),
                      }));
                    }}
                  />
                )}
              </FormGroup>
              <button
                type="button"
                className="usa-button usa-button--unstyled cg-link-button cg-line-row__remove"
                onClick={() => {
                  setValues((last) => ({ ...last, decisions: last.decisions.filter((d) => d.key !== decision.key) }));
                  setFocusTarget('review-add-decision');
                }}
              >
                {t('reviewForm.decision.remove', { number })}
              </button>
            </div>
          );
        })}
        <p>
          <button
            type="button"
            id="review-add-decision"
            className="usa-button usa-button--outline cg-small-button"
            onClick={() => {
              const key = nextKey.current++;
              setValues((last) => ({ ...last, decisions: [...last.decisions, { key, text: '' }] }));
              setFocusTarget(ids.decision(key));
            }}
          >
            {values.decisions.length === 0 ? t('reviewForm.decision.addFirst') : t('reviewForm.decision.add')}
          </button>
        </p>

        <h2 className="cg-form-heading">{t('review.commitments.heading')}</h2>
        <p>{t('reviewForm.commitments.intro')}</p>
        {values.commitments.map((row, index) => {
          const number = index + 1;
          return (
            <fieldset className="usa-fieldset cg-commitment" key={row.key}>
              <legend className="usa-legend cg-commitment__legend">{t('reviewForm.commitment.legend', { number })}</legend>
              <TextField
                id={ids.commitment(row.key, 'title')}
                label={t('reviewForm.commitment.title')}
                hint={t('reviewForm.commitment.titleHint')}
                value={row.title}
                onChange={(title) => setCommitment(row.key, { title })}
                error={messages[local.commitment(row.key, 'title')]}
              />
              <SelectField
                id={ids.commitment(row.key, 'owner')}
                label={t('reviewForm.commitment.owner')}
                value={row.owner_id}
                onChange={(owner_id) => setCommitment(row.key, { owner_id })}
                options={people}
                emptyOption={t('form.select')}
                error={messages[local.commitment(row.key, 'owner')]}
              />
              <DateField
                id={ids.commitment(row.key, 'due')}
                label={t('reviewForm.commitment.due')}
                value={row.due_on}
                onChange={(due_on) => setCommitment(row.key, { due_on })}
                error={messages[local.commitment(row.key, 'due')]}
              />
              <SelectField
                id={ids.commitment(row.key, 'objective')}
                label={t('reviewForm.commitment.objective')}
                necessity="optional"
                value={row.objective_id}
                onChange={(objective_id) => setCommitment(row.key, { objective_id })}
                options={objectiveOptions}
                emptyOption={t('activity.noObjective')}
                error={messages[local.commitment(row.key, 'objective')]}
              />
              <button
                type="button"
                className="usa-button usa-button--unstyled cg-link-button cg-commitment__remove"
                onClick={() => {
                  setValues((last) => ({ ...last, commitments: last.commitments.filter((c) => c.key !== row.key) }));
                  setFocusTarget('review-add-commitment');
                }}
              >
                {t('reviewForm.commitment.remove', { number })}
              </button>
            </fieldset>
          );
        })}
        <p>
          <button
            type="button"
            id="review-add-commitment"
            className="usa-button usa-button--outline cg-small-button"
            onClick={() => {
              const key = nextKey.current++;
              setValues((last) => ({ ...last, commitments: [...last.commitments, emptyCommitment(key)] }));
              setFocusTarget(ids.commitment(key, 'title'));
            }}
          >
            {values.commitments.length === 0 ? t('reviewForm.commitment.addFirst') : t('reviewForm.commitment.add')}
          </button>
        </p>

        <FormActions submitLabel={t('reviewForm.submit')} cancel={planPaths.reviews(id)} />
      </form>
    </>
  );
}
