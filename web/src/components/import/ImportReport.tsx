import type { ReactNode, Ref } from 'react';

export interface ImportReportProps {
  /** The heading's id. */
  id: string;
  heading: string;
  /** The heading's level: one below the import's own heading. */
  level: 3 | 4;
  /** The heading takes focus when the report appears. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** What a check or an import of a file found, in a region named by its heading. */
export function ImportReport({ id, heading, level, headingRef, children }: ImportReportProps & { children: ReactNode }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="cg-import__report" role="region" aria-labelledby={id}>
      <Heading id={id} className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      {children}
    </div>
  );
}
