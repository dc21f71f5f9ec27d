import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '../i18n';

interface StaleNoticeProps {
  /** What was changed, such as "this partnership". */
  heading: string;
  /** The level of its heading under the page's headings; 2 unless given. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** The version someone else saved, as a summary. */
  children: ReactNode;
  onApplyMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Tells the person that someone else saved first, shows that version, and lets them apply their
 * own edits on top of it or start again from it. Takes focus on arrival.
 */
export function StaleNotice({ heading, headingLevel = 2, children, onApplyMine, onUseTheirs }: StaleNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Unique, in case a page has more than one editor.
  const headingId = `stale-heading${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const Heading = (['h2', 'h3', 'h4', 'h5'] as const)[headingLevel - 2] ?? 'h2';
  useEffect(() => ref.current?.focus(), []);

  return (
    <div className="usa-alert usa-alert--warning" role="alert" ref={ref} tabIndex={-1} aria-labelledby={headingId}>
      <div className="usa-alert__body">
        <Heading className="usa-alert__heading" id={headingId}>
          {heading}
        </Heading>
        <p className="usa-alert__text">{t('stale.body')}</p>
        {children}
        <p className="usa-alert__text">{t('stale.choice')}</p>
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <button type="button" className="usa-button" onClick={onApplyMine}>
              {t('stale.applyMine')}
            </button>
          </li>
          <li className="usa-button-group__item">
            <button type="button" className="usa-button usa-button--outline" onClick={onUseTheirs}>
              {t('stale.useTheirs')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
