import { Link } from 'react-router-dom';
import type { Organization } from '../../api/organizations';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';

interface OrganizationTableProps {
  items: readonly Organization[];
  sectors: readonly ReferenceItem[];
  kinds: readonly ReferenceItem[];
  /** Names link to the edit form when true (site admins), else to the organization's details. */
  editable: boolean;
}

/** The id of the link to an organization's form, for moving focus to a row. */
export function organizationLinkId(organization: Organization): string {
  return `organization-link-${organization.id}`;
}

/** Organizations as a table that scrolls sideways, by keyboard too, when the screen is narrow. */
export function OrganizationTable({ items, sectors, kinds, editable }: OrganizationTableProps) {
  return (
    <div
      className="usa-table-container--scrollable"
      role="region"
      aria-labelledby="organizations-caption"
      tabIndex={0}
    >
      <table className="usa-table usa-table--borderless cg-table">
        <caption id="organizations-caption">{t('orgs.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('org.field.name')}</th>
            <th scope="col">{t('org.field.sector')}</th>
            <th scope="col">{t('org.field.kind')}</th>
            <th scope="col">{t('orgs.table.contact')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((organization) => (
            <tr key={organization.id}>
              <th scope="row">
                <Link
                  className="usa-link"
                  id={organizationLinkId(organization)}
                  to={editable ? `/organizations/${organization.id}/edit` : `/organizations/${organization.id}`}
                >
                  {organization.name}
                </Link>
              </th>
              <td>{labelFor(sectors, organization.sector)}</td>
              <td>{labelFor(kinds, organization.kind)}</td>
              <td className="cg-table__contact">
                {[organization.email, organization.phone, organization.website]
                  .filter((contact) => contact !== null)
                  .map((contact) => (
                    <div key={contact}>{contact}</div>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
