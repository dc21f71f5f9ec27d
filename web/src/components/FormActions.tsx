import { Link } from 'react-router-dom';
import { t } from '../i18n';

interface FormActionsProps {
  submitLabel: string;
  /** Where "Cancel" leads (a path), or what it does in place (such as closing an editor). */
  cancel: string | (() => void);
  /** The cancel button's text; "Cancel" unless given. */
  cancelLabel?: string;
  /** Gives the submit button the danger colour, for a form that ends something. */
  danger?: boolean;
}

/** The row of buttons that ends a form: submit, then cancel. Every form lays them out alike. */
export function FormActions({ submitLabel, cancel, cancelLabel = t('form.cancel'), danger = false }: FormActionsProps) {
  return (
    <ul className="usa-button-group cg-form-actions">
      <li className="usa-button-group__item">
        <button type="submit" className={danger ? 'usa-button usa-button--secondary' : 'usa-button'}>
          {submitLabel}
        </button>
      </li>
      <li className="usa-button-group__item">
        {typeof cancel === 'string' ? (
          <Link className="usa-button usa-button--outline" to={cancel}>
            {cancelLabel}
          </Link>
        ) : (
          <button type="button" className="usa-button usa-button--outline" onClick={cancel}>
            {cancelLabel}
          </button>
        )}
      </li>
    </ul>
  );
}
