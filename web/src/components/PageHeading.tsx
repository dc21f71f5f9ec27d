import { useEffect, useRef } from 'react';
import { t } from '../i18n';

interface PageHeadingProps {
  /** The visible heading. */
  title: string;
  /** The browser tab title, when it should say more than the heading. */
  documentTitle?: string;
  /** The whole browser tab title, for a page people reach from outside the app (a search engine, a shared link). */
  fullDocumentTitle?: string | undefined;
}

// The first heading after the page loads keeps the browser's own focus handling; every later
// one (a new route or a new step) takes focus so screen readers announce the change.
let firstHeadingShown = false;

/** The page's one h1, which also sets document.title and receives focus after navigation. */
export function PageHeading({ title, documentTitle, fullDocumentTitle }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = fullDocumentTitle ?? t('app.documentTitle', { page: documentTitle ?? title });
  }, [title, documentTitle, fullDocumentTitle]);

  useEffect(() => {
    if (firstHeadingShown) ref.current?.focus();
    firstHeadingShown = true;
  }, []);

  return (
    <h1 className="cg-focus-target" ref={ref} tabIndex={-1}>
      {title}
    </h1>
  );
}
