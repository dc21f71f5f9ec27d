import type { ReactNode } from 'react';
import type { Upload } from '../../api/imports';
import { ImportProblems } from './ImportProblems';
import { ImportReport } from './ImportReport';
import type { FileImport } from './useFileImport';

interface ImportOutcomeReportProps<R> {
  /** The report heading's id. */
  id: string;
  /** The heading's level: one below the import's own heading. */
  level: 3 | 4;
  fileImport: FileImport<R>;
  /** The heading, and what follows it, once the file passed its check. */
  checked: (upload: Upload, result: R) => { heading: string; body: ReactNode };
  /** The heading over a refused file's problems. */
  refused: (upload: Upload, problems: number) => string;
  /** That nothing was written, and what to do now. */
  advice: string;
}

/** What the last check or import of a file found, if anything: all fine, or line by line. */
export function ImportOutcomeReport<R>({ id, level, fileImport, checked, refused, advice }: ImportOutcomeReportProps<R>) {
  const { outcome, reportRef } = fileImport;
  if (outcome === null) return null;
  if (outcome.kind === 'lines') {
    return (
      <ImportProblems
        id={id}
        level={level}
        headingRef={reportRef}
        heading={refused(outcome.upload, outcome.lines.length)}
        advice={advice}
        upload={outcome.upload}
        lines={outcome.lines}
      />
    );
  }
  const { heading, body } = checked(outcome.upload, outcome.result);
  return (
    <ImportReport id={id} level={level} headingRef={reportRef} heading={heading}>
      {body}
    </ImportReport>
  );
}
