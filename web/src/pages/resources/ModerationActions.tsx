import { useEffect, useRef, useState, type FormEvent } from 'react';
import { etagOf } from '../../api/partnerships';
import { moderateResource, type ModerationDecision, type Resource } from '../../api/resources';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';

interface ModerationActionsProps {
  resource: Resource;
  /** The decision is saved: the resource as it is now, and what to tell the person. */
  onModerated: (resource: Resource, message: string) => void;
  /** Someone else changed the resource first: fetch it again. */
  onStale: () => void;
}

/**
 * Publish, and reject with a reason the person who shared it will read (a published resource is
 * withdrawn the same way). Each decision is sent with If-Match, so an older view never wins.
 */
export function ModerationActions({ resource, onModerated, onStale }: ModerationActionsProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const form = useFormSubmit();
  const rejectRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  const reasonId = `reject-reason-${resource.id}`;

  useEffect(() => {
    // Into the reason when the form opens, back to the button when it closes undecided.
    if (rejecting) document.getElementById(reasonId)?.focus();
    else if (opened.current) rejectRef.current?.focus();
    opened.current ||= rejecting;
  }, [rejecting, reasonId]);

  function decide(decision: ModerationDecision, message: string) {
    void form.send(
      async () => {
        const { data } = await moderateResource(resource.id, decision, etagOf(resource));
        // The page says what happened and takes focus; the form has done its work.
        opened.current = false;
        setRejecting(false);
        setReason('');
        onModerated(data, message);
      },
      (caught) => {
        if (caught.status === 412) onStale();
        return caught;
      },
    );
  }

  function handleReject(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') {
      form.reject([{ field: 'reason', message: t('library.moderate.reasonMissing') }]);
      return;
    }
    decide({ status: 'rejected', reason: trimmed }, t('library.moderate.rejected', { title: resource.title }));
  }

  if (rejecting) {
    return (
      <form className="usa-form cg-editor cg-library-reject" noValidate onSubmit={handleReject}>
        {form.error !== null && (
          <ErrorSummary error={form.error} fields={{ reason: { id: reasonId, label: t('library.moderate.reason') } }} />
        )}
        <TextAreaField
          id={reasonId}
          label={t('library.moderate.reason')}
          hint={t('library.moderate.reasonHint')}
          necessity="required"
          value={reason}
          onChange={setReason}
          error={form.messages.reason}
        />
        <FormActions
          submitLabel={resource.status === 'published' ? t('library.moderate.withdraw') : t('library.moderate.reject')}
          cancel={() => setRejecting(false)}
          danger
        />
      </form>
    );
  }
  return (
    <>
      {form.error !== null && <Alert type="error">{form.error.problem.detail}</Alert>}
      <ul className="usa-button-group cg-actions">
        {resource.status !== 'published' && (
          <li className="usa-button-group__item">
            <button
              type="button"
              className="usa-button"
              aria-label={t('library.moderate.publishLabel', { title: resource.title })}
              onClick={() => decide({ status: 'published' }, t('library.moderate.published', { title: resource.title }))}
            >
              {t('library.moderate.publish')}
            </button>
          </li>
        )}
        {resource.status !== 'rejected' && (
          <li className="usa-button-group__item">
            <button
              type="button"
              className="usa-button usa-button--outline"
              ref={rejectRef}
              aria-label={
                resource.status === 'published'
                  ? t('library.moderate.withdrawLabel', { title: resource.title })
                  : t('library.moderate.rejectLabel', { title: resource.title })
              }
              onClick={() => setRejecting(true)}
            >
              {resource.status === 'published' ? t('library.moderate.withdraw') : t('library.moderate.reject')}
            </button>
          </li>
        )}
      </ul>
    </>
  );
}
