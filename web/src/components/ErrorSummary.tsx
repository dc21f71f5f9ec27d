import { useEffect, useRef } from 'react';
import type { ApiError } from '../api/client';
import { t } from '../i18n';

interface ErrorSummaryProps {
  error: ApiError;
  /** The id of the input for each field name the server may report. */
  fieldIds: Readonly<Record<string, string>>;
}

/**
 * Sums up a failed request at the top of a form and takes focus when it appears. Field errors
 * link to their inputs; a problem without field errors shows its detail.
 */
export function ErrorSummary({ error, fieldIds }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error]);

  const fieldErrors = error.problem.errors;
  return (
    <div
      className="usa-alert usa-alert--error cg-error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-heading"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {t('errorSummary.heading')}
        </h2>
        {fieldErrors.length === 0 ? (
          <p className="usa-alert__text">{error.problem.detail}</p>
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {fieldErrors.map((fieldError, index) => {
              const inputId = fieldIds[fieldError.field];
              return (
                <li key={index}>
                  {inputId === undefined ? (
                    fieldError.message
                  ) : (
                    <a
                      className="usa-link"
                      href={`#${inputId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(inputId)?.focus();
                      }}
                    >
                      {fieldError.message}
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
