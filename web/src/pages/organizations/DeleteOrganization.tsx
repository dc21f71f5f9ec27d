import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';

interface DeleteOrganizationProps {
  name: string;
  onConfirm: () => void;
}

/** A delete button that asks for confirmation in place before calling `onConfirm`. */
export function DeleteOrganization({ name, onConfirm }: DeleteOrganizationProps) {
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    // Focus follows the change: to the question when it opens, back to the button when cancelled.
    if (confirming) questionRef.current?.focus();
    else if (opened.current) deleteRef.current?.focus();
    opened.current ||= confirming;
  }, [confirming]);

  return (
    <section className="cg-danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('org.delete.heading')}</h2>
      {confirming ? (
        <>
          <p className="cg-focus-target" ref={questionRef} tabIndex={-1}>
            {t('org.delete.question', { name })}
          </p>
          <ul className="usa-button-group">
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--secondary" onClick={onConfirm}>
                {t('org.delete.confirm')}
              </button>
            </li>
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--outline" onClick={() => setConfirming(false)}>
                {t('org.delete.cancel')}
              </button>
            </li>
          </ul>
        </>
      ) : (
        <button
          type="button"
          className="usa-button usa-button--secondary"
          ref={deleteRef}
          onClick={() => setConfirming(true)}
        >
          {t('org.delete.start')}
        </button>
      )}
    </section>
  );
}
