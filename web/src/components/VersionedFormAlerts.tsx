import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { Alert } from './Alert';
import { ErrorSummary, type SummaryField } from './ErrorSummary';
import { StaleNotice } from './StaleNotice';

interface VersionedFormAlertsProps<T> {
  /** The form's state, from useVersionedForm. */
  form: { error: ApiError | null; stale: T | null; notice: string | null; rebase: (keepMine: boolean) => void };
  /** The form's fields in form order, for the error summary. */
  fields: Readonly<Record<string, SummaryField>>;
  /** What someone else changed, such as "this risk". */
  staleHeading: string;
  staleHeadingLevel?: 2 | 3 | 4 | 5;
  /** Someone else's version (and perhaps the person's own) in a few lines. */
  children: (stale: T) => ReactNode;
}

/**
 * What sits above a form made with useVersionedForm, in the same order on every such form: the
 * error summary, the notice that someone else saved first, and what rebasing on it did. Each
 * takes focus when it appears.
 */
export function VersionedFormAlerts<T>({ form, fields, staleHeading, staleHeadingLevel = 2, children }: VersionedFormAlertsProps<T>) {
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (form.notice !== null) noticeRef.current?.focus();
  }, [form.notice]);

  return (
    <>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      {form.stale !== null && (
        <StaleNotice
          heading={staleHeading}
          headingLevel={staleHeadingLevel}
          onApplyMine={() => form.rebase(true)}
          onUseTheirs={() => form.rebase(false)}
        >
          {children(form.stale)}
        </StaleNotice>
      )}
      {form.notice !== null && (
        <Alert type="info" ref={noticeRef}>
          {form.notice}
        </Alert>
      )}
    </>
  );
}
