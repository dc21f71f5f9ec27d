import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../NotFoundPage';
import { OrganizationEditor } from './OrganizationEditor';

/** /organizations/new and /organizations/:id/edit; a fresh editor for each organisation. */
export function OrganizationFormPage() {
  const { id } = useParams();
  if (id === undefined) return <OrganizationEditor key="new" id={null} />;
  if (!/^[1-9][0-9]{0,15}$/.test(id)) return <NotFoundPage />;
  return <OrganizationEditor key={id} id={Number(id)} />;
}
