import { Link } from 'react-router-dom';
import { t } from '../../i18n';
import { libraryPaths } from './resourceLabels';

interface EditResourceLinkProps {
  id: number;
  title: string;
  /** Rejected: changing it sends it for review again. */
  mend: boolean;
}

/** The link to a resource's edit page, naming the resource for screen readers. */
export function EditResourceLink({ id, title, mend }: EditResourceLinkProps) {
  const action = mend ? t('library.mine.mend') : t('library.mine.edit');
  return (
    <p>
      <Link className="usa-link" to={libraryPaths.edit(id)} aria-label={t('library.mine.editLabel', { action, title })}>
        {action}
      </Link>
    </p>
  );
}
