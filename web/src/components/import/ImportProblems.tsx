import type { ImportLineError, Upload } from '../../api/imports';
import { t } from '../../i18n';
import { Alert } from '../Alert';
import { ImportReport, type ImportReportProps } from './ImportReport';

interface ImportProblemsProps extends ImportReportProps {
  upload: Upload;
  lines: ImportLineError[];
  /** That nothing was written, and what to do now. */
  advice: string;
}

/** A refused file's problems as a table: line (for JSON, item), column (field) and problem. */
export function ImportProblems({ upload, lines, advice, ...report }: ImportProblemsProps) {
  const captionId = `${report.id}-lines`;
  const items = upload.mediaType === 'application/json';
  return (
    <ImportReport {...report}>
      <Alert type="error">{advice}</Alert>
      <div className="usa-table-container--scrollable" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="usa-table usa-table--borderless cg-table cg-table--short-keys">
          <caption id={captionId}>{t(items ? 'import.itemsCaption' : 'import.linesCaption', { name: upload.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(items ? 'import.item' : 'import.line')}</th>
              <th scope="col">{t(items ? 'import.field' : 'import.column')}</th>
              <th scope="col">{t('import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={index}>
                <th scope="row">{t(items ? 'import.itemNumber' : 'import.lineNumber', { line: line.line })}</th>
                <td>{line.field === '' ? t(items ? 'import.wholeItem' : 'import.wholeLine') : line.field}</td>
                <td className="cg-table-note">{line.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ImportReport>
  );
}
