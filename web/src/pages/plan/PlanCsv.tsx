import { importPlan, planExportUrl } from '../../api/plan';
import { ImportFileForm } from '../../components/import/ImportFileForm';
import { ImportOutcomeReport } from '../../components/import/ImportOutcomeReport';
import { useFileImport } from '../../components/import/useFileImport';
import { t } from '../../i18n';
import { countsText } from './planLabels';

interface PlanCsvProps {
  partnershipId: number;
  mayImport: boolean;
  onImported: (message: string) => void;
}

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
  const fileImport = useFileImport({
    send: (upload, dryRun) => importPlan(partnershipId, upload, dryRun),
    onImported: (upload, result) =>
      onImported(
        t('plan.import.done', { name: upload.name, created: countsText(result.created), updated: countsText(result.updated) }),
      ),
    noFile: t('plan.import.error.noFile'),
    tooLarge: t('plan.import.error.tooLarge'),
  });

  return (
    <div className="cg-import">
      <h3 id="plan-import-heading">{t('plan.import.heading')}</h3>
      <p>{t('plan.import.intro')}</p>
      <ImportFileForm
        id="plan-import-file"
        headingId="plan-import-heading"
        label={t('plan.import.file')}
        hint={t('plan.import.fileHint')}
        accept=".csv,text/csv"
        fileImport={fileImport}
      >
        <button type="submit" className="usa-button usa-button--outline">
          {t('plan.import.check')}
        </button>
      </ImportFileForm>
      <ImportOutcomeReport
        id="plan-import-report"
        level={4}
        fileImport={fileImport}
        checked={(upload, result) => ({
          heading: t('plan.import.readyHeading', { name: upload.name }),
          body: (
            <>
              <p>{t('plan.import.wouldCreate', { items: countsText(result.created) })}</p>
              <p>{t('plan.import.wouldUpdate', { items: countsText(result.updated) })}</p>
              <ul className="usa-button-group">
                <li className="usa-button-group__item">
                  <button type="button" className="usa-button" onClick={() => void fileImport.run(false)}>
                    {t('import.submit')}
                  </button>
                </li>
                <li className="usa-button-group__item">
                  <button type="button" className="usa-button usa-button--outline" onClick={fileImport.reset}>
                    {t('form.cancel')}
                  </button>
                </li>
              </ul>
            </>
          ),
        })}
        refused={(upload, problems) => t('plan.import.problemsHeading', { name: upload.name, count: problems })}
        advice={t('plan.import.nothingChanged')}
      />
    </div>
  );
}
