import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  evidenceRatings,
  importResources,
  libraryExportUrl,
  resourceTypes,
  type LibraryFileFormat,
} from '../../api/resources';
import { Alert } from '../../components/Alert';
import { ImportFileForm } from '../../components/import/ImportFileForm';
import { ImportOutcomeReport } from '../../components/import/ImportOutcomeReport';
import { useFileImport } from '../../components/import/useFileImport';
import { PageHeading } from '../../components/PageHeading';
import { t, type MessageKey } from '../../i18n';
import { libraryPaths, resourceCount } from '../resources/resourceLabels';
import { BackToAdmin } from './AdminPage';

/** /admin/resources: the public library as a file to download, and resources to add from one. */
export function LibraryFilesPage() {
  return (
    <>
      <BackToAdmin />
      <PageHeading title={t('library.files.title')} />
      <p>{t('library.files.explain')}</p>
      <LibraryExport />
      <LibraryImport />
    </>
  );
}

const downloads: readonly { format: LibraryFileFormat; link: MessageKey; explain: MessageKey }[] = [
  { format: 'csv', link: 'library.files.export.csv', explain: 'library.files.export.csvExplain' },
  { format: 'json', link: 'library.files.export.json', explain: 'library.files.export.jsonExplain' },
];

function LibraryExport() {
  return (
    <section className="cg-section" aria-labelledby="library-export-heading">
      <h2 id="library-export-heading">{t('library.files.export.heading')}</h2>
      <p>{t('library.files.export.intro')}</p>
      <ul className="usa-list">
        {downloads.map((download) => (
          <li key={download.format}>
            <a className="usa-link text-bold" href={libraryExportUrl(download.format)} download>
              {t(download.link)}
            </a>
            {`: ${t(download.explain)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LibraryImport() {
  const [imported, setImported] = useState<string | null>(null);
  const importedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (imported !== null) importedRef.current?.focus();
  }, [imported]);

  const fileImport = useFileImport({
    send: importResources,
    onImported: (upload, result) =>
      setImported(t('library.files.imported', { resources: resourceCount(result.created), name: upload.name })),
    noFile: t('library.files.error.noFile'),
    tooLarge: t('library.files.error.tooLarge'),
    onStart: () => setImported(null),
  });

  return (
    <section className="cg-section" aria-labelledby="library-import-heading">
      <h2 id="library-import-heading">{t('library.files.import.heading')}</h2>
      <p>{t('library.files.import.intro')}</p>
      <LibraryColumns />
      <ImportFileForm
        id="library-import-file"
        headingId="library-import-heading"
        label={t('library.files.file')}
        hint={t('library.files.fileHint')}
        accept=".csv,.json,text/csv,application/json"
        fileImport={fileImport}
      >
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <button type="submit" className="usa-button usa-button--outline">
              {t('library.files.check')}
            </button>
          </li>
          <li className="usa-button-group__item">
            <button type="button" className="usa-button" onClick={() => void fileImport.run(false)}>
              {t('import.submit')}
            </button>
          </li>
        </ul>
      </ImportFileForm>
      {imported !== null && (
        <Alert type="success" ref={importedRef}>
          {imported}{' '}
          <Link className="usa-link" to={libraryPaths.search('sort=newest')}>
            {t('library.files.seeNewest')}
          </Link>
        </Alert>
      )}
      <ImportOutcomeReport
        id="library-import-report"
        level={3}
        fileImport={fileImport}
        checked={(upload, result) => ({
          heading: t('library.files.checked', { resources: resourceCount(result.rows), name: upload.name }),
          body: <p>{t('library.files.checkedNext')}</p>,
        })}
        refused={(upload, problems) =>
          problems === 1
            ? t('library.files.problemsOne', { name: upload.name })
            : t('library.files.problems', { name: upload.name, count: problems })
        }
        advice={t('library.files.problemsAdvice')}
      />
    </section>
  );
}

interface Column {
  name: string;
  required: boolean;
  explain: MessageKey;
  /** The values the column takes, named in its explanation. */
  keys?: readonly string[];
}

const columns: readonly Column[] = [
  { name: 'title', required: true, explain: 'library.files.column.title' },
  { name: 'type', required: true, explain: 'library.files.column.type', keys: resourceTypes },
  { name: 'summary', required: true, explain: 'library.files.column.summary' },
  { name: 'link', required: false, explain: 'library.files.column.link' },
  { name: 'publisher', required: false, explain: 'library.files.column.publisher' },
  { name: 'authors', required: false, explain: 'library.files.column.authors' },
  { name: 'audience', required: false, explain: 'library.files.column.audience' },
  { name: 'topics', required: false, explain: 'library.files.column.topics' },
  { name: 'year', required: false, explain: 'library.files.column.year' },
  { name: 'evidence', required: false, explain: 'library.files.column.evidence', keys: evidenceRatings },
];

/** The file's columns, in the download's order: which are required and what each takes. */
function LibraryColumns() {
  return (
    <>
      <h3>{t('library.files.columns.heading')}</h3>
      <p>{t('library.files.columns.intro')}</p>
      <div className="usa-table-container--scrollable" role="region" aria-labelledby="library-columns-caption" tabIndex={0}>
        <table className="usa-table usa-table--borderless cg-table cg-table--short-keys">
          <caption id="library-columns-caption">{t('library.files.columns.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('library.files.columns.column')}</th>
              <th scope="col">{t('library.files.columns.content')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                </th>
                <td className="cg-table-note">
                  {t(column.required ? 'library.files.columns.required' : 'library.files.columns.optional', {
                    explain: t(column.explain, { keys: column.keys?.join(', ') ?? '' }),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('library.files.columns.json')}</p>
    </>
  );
}
