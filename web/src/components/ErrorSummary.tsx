import { useEffect, useId, useRef } from 'react';
import type { ApiError } from '../api/client';
import { t } from '../i18n';

/** The input for a field name the server may report, and the label that names it. */
export interface SummaryField {
  id: string;
  label: string;
}

interface ErrorSummaryProps {
  error: ApiError;
  /** The form's fields in form order; errors are listed in this order. */
  fields: Readonly<Record<string, SummaryField>>;
}

/**
 * Sums up a failed request at the top of a form and takes focus when it appears. Field errors
 * link to their inputs; a problem without field errors shows its detail.
 */
export function ErrorSummary({ error, fields }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Unique, so that two summaries on one page (two forms) do not share a heading id.
  const headingId = `error-summary-heading${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useEffect(() => ref.current?.focus(), [error]);

  const order = Object.keys(fields);
  const position = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const fieldErrors = [...error.problem.errors].sort((a, b) => position(a.field) - position(b.field));
  return (
    <div
      className="usa-alert usa-alert--error cg-error-summary"
      role="alert"
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={headingId}>
          {t('errorSummary.heading')}
        </h2>
        {fieldErrors.length === 0 ? (
          <p className="usa-alert__text">{error.problem.detail}</p>
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {fieldErrors.map((fieldError, index) => {
              const field = fields[fieldError.field];
              return (
                <li key={index}>
                  {field === undefined ? (
                    fieldError.message
                  ) : (
                    <a
                      className="usa-link"
                      href={`#${field.id}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(field.id)?.focus();
                      }}
                    >
                      {t('errorSummary.item', { label: field.label, message: fieldError.message })}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The first message for each field, for showing beside the inputs. */
export function messagesByField(error: ApiError | null): Readonly<Record<string, string>> {
  const messages: Record<string, string> = {};
  for (const { field, message } of error?.problem.errors ?? []) messages[field] ??= message;
  return messages;
}
