import { Link } from 'react-router-dom';
import type { Partnership } from '../../api/partnerships';
import { getShelf } from '../../api/shelf';
import { Alert } from '../../components/Alert';
import { t } from '../../i18n';
import { useActionStatus } from '../meetings/useActionStatus';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { useLoad } from '../plan/useLoad';
import { libraryPaths } from '../resources/resourceLabels';
import { ShelfEntryCard } from './ShelfEntryCard';

/** /partnerships/:id/shelf: the library resources the partnership uses, with its reviews of them. */
export function ShelfPage() {
  return (
    <PartnershipFrame
      title={() => t('shelf.title')}
      documentTitle={(partnership) => t('shelf.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Shelf partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Shelf({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const shelf = useLoad((signal) => getShelf(id, signal), String(id));
  const status = useActionStatus();

  const data = shelf.data;
  return (
    <>
      <p>{t('shelf.intro')}</p>
      {data !== null && !data.can_edit && <p className="cg-muted">{t('shelf.readOnly')}</p>}
      <p>
        <Link className="usa-button usa-button--outline" to={libraryPaths.search()}>
          {t('shelf.findMore')}
        </Link>
      </p>
      {status.view}
      {shelf.error !== null && <Alert type="error">{shelf.error.problem.detail}</Alert>}
      {data === null && shelf.error === null && <p role="status">{t('common.loading')}</p>}
      {data !== null && data.items.length === 0 && (
        <div className="cg-library-empty">
          <h2>{t('shelf.empty')}</h2>
          <p>{t('shelf.emptyHint')}</p>
        </div>
      )}
      {data !== null && data.items.length > 0 && (
        <ul className="usa-list usa-list--unstyled cg-library-list">
          {data.items.map((entry) => (
            <ShelfEntryCard
              key={entry.resource.id}
              partnershipId={id}
              entry={entry}
              canEdit={data.can_edit}
              onChanged={shelf.reload}
              onRemoved={(title) => {
                status.succeed(t('shelf.removed', { title }));
                void shelf.reload();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
