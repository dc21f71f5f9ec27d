import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { MeetingDetail } from '../../api/meetings';
import { canKeepMinutes, recordDecision, removeDecision, type Decision } from '../../api/minutes';
import type { Partnership } from '../../api/partnerships';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDateTime } from '../../components/formatTime';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { useActionStatus } from './useActionStatus';

interface DecisionsSectionProps {
  partnership: Partnership;
  meeting: MeetingDetail;
  decisions: readonly Decision[];
  reload: () => Promise<void>;
}

/** What the table agreed, one decision a line; leads and coordinators record and remove them. */
export function DecisionsSection({ partnership, meeting, decisions, reload }: DecisionsSectionProps) {
  const id = partnership.id;
  const keeper = canKeepMinutes(partnership.my_role) && meeting.status !== 'cancelled';
  const status = useActionStatus();

  async function remove(decision: Decision) {
    status.clear();
    try {
      await removeDecision(id, meeting.id, decision.id);
      await reload();
      status.succeed(t('decisions.removed', { text: decision.text }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      await reload();
      status.fail(caught);
    }
  }

  return (
    <section className="cg-section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('decisions.heading')}</h2>
      {status.view}
      {decisions.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        <ol className="usa-list cg-decisions">
          {decisions.map((decision) => (
            <li key={decision.id} className="cg-decision">
              <span className="cg-prewrap">{decision.text}</span>
              <span className="cg-block cg-table-detail">{t('decisions.recorded', { when: formatDateTime(decision.created_at) })}</span>
              {keeper && (
                <div className="cg-row-actions">
                  <ConfirmButton
                    label={t('decisions.remove')}
                    accessibleLabel={t('decisions.remove.label', { text: decision.text })}
                    question={t('decisions.remove.question', { text: decision.text })}
                    confirmLabel={t('decisions.remove.confirm')}
                    cancelLabel={t('form.cancel')}
                    danger
                    onConfirm={() => void remove(decision)}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {keeper && (
        <DecisionForm
          onRecord={async (text) => {
            await recordDecision(id, meeting.id, text);
            await reload();
            status.succeed(t('decisions.recordedDone', { text }));
          }}
          onStart={status.clear}
        />
      )}
    </section>
  );
}

const decisionId = 'decision-text';

/** "Record a decision": one sentence or two. */
function DecisionForm({ onRecord, onStart }: { onRecord: (text: string) => Promise<void>; onStart: () => void }) {
  const [text, setText] = useState('');
  const form = useFormSubmit(onStart);
  const fields = { text: { id: decisionId, label: t('decisions.field') } };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') {
      form.reject([{ field: 'text', message: t('decisions.error.empty') }]);
      return;
    }
    void form.send(async () => {
      await onRecord(trimmed);
      setText('');
    });
  }

  return (
    <div className="cg-editor">
      <h3 id="decision-form-heading">{t('decisions.add.heading')}</h3>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <form className="usa-form usa-form--large" noValidate aria-labelledby="decision-form-heading" onSubmit={handleSubmit}>
        <TextAreaField
          id={decisionId}
          label={t('decisions.field')}
          hint={t('decisions.hint')}
          necessity="required"
          value={text}
          onChange={setText}
          error={form.messages.text}
        />
        <button type="submit" className="usa-button">
          {t('decisions.submit')}
        </button>
      </form>
    </div>
  );
}
