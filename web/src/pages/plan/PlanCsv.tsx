import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, localError } from '../../api/client';
import { importLinesOf, importPlan, planExportUrl, type ImportLineError, type ImportResult } from '../../api/plan';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormGroup } from '../../components/FormGroup';
import { t } from '../../i18n';
import { countsText } from './planLabels';

interface PlanCsvProps {
  partnershipId: number;
  mayImport: boolean;
  onImported: (message: string) => void;
}

/** Larger files are refused by the server anyway (--max-body-bytes, 10 MiB by default). */
const MAX_BYTES = 10 * 1024 * 1024;

type Check =
  | { kind: 'ready'; name: string; csv: string; result: ImportResult }
  | { kind: 'lines'; name: string; lines: ImportLineError[] }
  | null;

/**
 * The plan as a CSV file to download, and, for leads and coordinators, a file to import in the
 * same format: checked first (a dry run, line by line), imported only when asked.
 */
export function PlanCsv({ partnershipId, mayImport, onImported }: PlanCsvProps) {
  return (
    <section className="cg-section" aria-labelledby="plan-csv-heading">
      <h2 id="plan-csv-heading">{t('plan.csv.heading')}</h2>
      <p>{t('plan.csv.intro')}</p>
      <p>
        <a className="usa-link" href={planExportUrl(partnershipId)} download>
          {t('plan.csv.export')}
        </a>
      </p>
      {mayImport && <ImportForm partnershipId={partnershipId} onImported={onImported} />}
    </section>
  );
}

function ImportForm({ partnershipId, onImported }: { partnershipId: number; onImported: (message: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [check, setCheck] = useState<Check>(null);
  const [busy, setBusy] = useState(false);
  const reportRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (check !== null) reportRef.current?.focus();
  }, [check]);

  function reset() {
    setFile(null);
    setCheck(null);
    setError(null);
    setInputKey((key) => key + 1);
  }

  function refused(name: string, caught: unknown) {
    if (!(caught instanceof ApiError)) throw caught;
    const lines = importLinesOf(caught);
    if (lines.length > 0) setCheck({ kind: 'lines', name, lines });
    else setError(caught);
  }

  async function handleCheck(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setCheck(null);
    if (file === null) {
      setError(localError([{ field: 'file', message: t('plan.import.error.noFile') }]));
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(localError([{ field: 'file', message: t('plan.import.error.tooLarge') }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const csv = await file.text();
      const result = await importPlan(partnershipId, csv, true);
      setCheck({ kind: 'ready', name: file.name, csv, result });
    } catch (caught) {
      refused(file.name, caught);
    } finally {
      setBusy(false);
    }
  }

  async function handleImport() {
    if (busy || check?.kind !== 'ready') return;
    setBusy(true);
    try {
      const result = await importPlan(partnershipId, check.csv, false);
      reset();
      onImported(
        t('plan.import.done', { name: check.name, created: countsText(result.created), updated: countsText(result.updated) }),
      );
    } catch (caught) {
      refused(check.name, caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cg-import">
      <h3 id="plan-import-heading">{t('plan.import.heading')}</h3>
      <p>{t('plan.import.intro')}</p>
      {error !== null && (
        <ErrorSummary error={error} fields={{ file: { id: 'plan-import-file', label: t('plan.import.file') } }} />
      )}
      <form className="usa-form usa-form--large" noValidate aria-labelledby="plan-import-heading" onSubmit={(e) => void handleCheck(e)}>
        <FormGroup
          id="plan-import-file"
          label={t('plan.import.file')}
          hint={t('plan.import.fileHint')}
          error={error?.problem.errors.find((fieldError) => fieldError.field === 'file')?.message}
        >
          {(control) => (
            <input
              {...control}
              key={inputKey}
              className="cg-file-input"
              type="file"
              name="plan-import-file"
              accept=".csv,text/csv"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setCheck(null);
                setError(null);
              }}
            />
          )}
        </FormGroup>
        <button type="submit" className="usa-button usa-button--outline">
          {t('plan.import.check')}
        </button>
      </form>
      {check?.kind === 'ready' && (
        <div className="cg-import__report" role="region" aria-labelledby="plan-import-report">
          <h4 id="plan-import-report" className="cg-focus-target" ref={reportRef} tabIndex={-1}>
            {t('plan.import.readyHeading', { name: check.name })}
          </h4>
          <p>{t('plan.import.wouldCreate', { items: countsText(check.result.created) })}</p>
          <p>{t('plan.import.wouldUpdate', { items: countsText(check.result.updated) })}</p>
          <ul className="usa-button-group">
            <li className="usa-button-group__item">
              <button type="button" className="usa-button" onClick={() => void handleImport()}>
                {t('plan.import.submit')}
              </button>
            </li>
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--outline" onClick={reset}>
                {t('form.cancel')}
              </button>
            </li>
          </ul>
        </div>
      )}
      {check?.kind === 'lines' && (
        <div className="cg-import__report" role="region" aria-labelledby="plan-import-report">
          <h4 id="plan-import-report" className="cg-focus-target" ref={reportRef} tabIndex={-1}>
            {t('plan.import.problemsHeading', { name: check.name, count: check.lines.length })}
          </h4>
          <Alert type="error">{t('plan.import.nothingChanged')}</Alert>
          <div className="usa-table-container--scrollable" role="region" aria-labelledby="plan-import-lines" tabIndex={0}>
            <table className="usa-table usa-table--borderless cg-table">
              <caption id="plan-import-lines">{t('plan.import.linesCaption', { name: check.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.import.line')}</th>
                  <th scope="col">{t('plan.import.column')}</th>
                  <th scope="col">{t('plan.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {check.lines.map((line, index) => (
                  <tr key={index}>
                    <th scope="row">{t('plan.import.lineNumber', { line: line.line })}</th>
                    <td>{line.field === '' ? t('plan.import.wholeLine') : line.field}</td>
                    <td className="cg-table-note">{line.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
