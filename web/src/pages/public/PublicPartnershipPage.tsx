import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import { isId } from '../../api/partnerships';
import { getPublicPartnership, type PublicPartnership } from '../../api/publicPartnerships';
import { labelFor } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { useKnownSession } from './usePublicAuth';

/** /p/:id: a public partnership's profile, for anyone; works signed out. */
export function PublicPartnershipPage() {
  const { id } = useParams();
  useKnownSession();
  const [profile, setProfile] = useState<PublicPartnership | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!isId(id)) return;
    const controller = new AbortController();
    getPublicPartnership(Number(id), controller.signal).then(setProfile, (caught: unknown) => {
      if (!isAbort(caught) && caught instanceof ApiError) setError(caught);
    });
    return () => controller.abort();
  }, [id]);

  const notFound = !isId(id) || error?.status === 404;
  const title = profile?.name ?? (notFound ? t('public.notFound.title') : t('public.profile.title'));
  return (
    <>
      <BackLink to="/p">{t('public.list.title')}</BackLink>
      <PageHeading
        title={title}
        {...(profile === null ? {} : { documentTitle: t('public.profile.documentTitle', { name: profile.name }) })}
      />
      {notFound && <p>{t('public.notFound.body')}</p>}
      {!notFound && error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      {!notFound && error === null && profile === null && <p role="status">{t('common.loading')}</p>}
      {profile !== null && <Profile profile={profile} />}
    </>
  );
}

function Profile({ profile }: { profile: PublicPartnership }) {
  const sectors = profile.sectors.filter((sector) => sector.members > 0);
  const total = sectors.reduce((sum, sector) => sum + sector.members, 0);
  return (
    <>
      {profile.short_name !== null && profile.short_name !== '' && (
        <p className="cg-lead-in">{t('public.profile.shortName', { name: profile.short_name })}</p>
      )}
      <dl className="cg-summary">
        <div className="cg-summary__row">
          <dt>{t('partnership.field.area_served')}</dt>
          <dd>{profile.area_served ?? t('public.areaNotGiven')}</dd>
        </div>
      </dl>
      <section className="cg-section" aria-labelledby="public-charter-heading">
        <h2 id="public-charter-heading">{t('public.profile.charter')}</h2>
        {profile.mission === null ? (
          <p>{t('public.profile.noCharter')}</p>
        ) : (
          <>
            <h3>{t('charter.field.mission')}</h3>
            <p className="cg-prewrap">{profile.mission}</p>
            <h3>{t('charter.field.vision')}</h3>
            <p className="cg-prewrap">{profile.vision ?? t('common.none')}</p>
            <h3>{t('charter.field.values')}</h3>
            {profile.values.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <ul className="usa-list">
                {profile.values.map((value, index) => (
                  <li key={index}>{value}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <section className="cg-section" aria-labelledby="public-sectors-heading">
        <h2 id="public-sectors-heading">{t('public.profile.sectors')}</h2>
        {sectors.length === 0 ? (
          <p>{t('public.profile.noSectors')}</p>
        ) : (
          <div className="usa-table-container--scrollable" role="region" aria-labelledby="public-sectors-caption" tabIndex={0}>
            <table className="usa-table usa-table--borderless cg-table cg-table--compact">
              <caption id="public-sectors-caption">{t('public.profile.sectorsCaption', { count: total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('balance.table.sector')}</th>
                  <th scope="col">{t('balance.table.members')}</th>
                </tr>
              </thead>
              <tbody>
                {sectors.map((sector) => (
                  <tr key={sector.sector}>
                    <th scope="row">{sector.label}</th>
                    <td>{sector.members}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="cg-section" aria-labelledby="public-members-heading">
        <h2 id="public-members-heading">{t('public.profile.members')}</h2>
        {profile.members.length === 0 ? (
          <p>{t('public.profile.noMembers')}</p>
        ) : (
          <div className="usa-table-container--scrollable" role="region" aria-labelledby="public-members-caption" tabIndex={0}>
            <table className="usa-table usa-table--borderless cg-table">
              <caption id="public-members-caption">{t('public.profile.membersCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('public.profile.member')}</th>
                  <th scope="col">{t('member.field.organization')}</th>
                  <th scope="col">{t('member.field.sector')}</th>
                </tr>
              </thead>
              <tbody>
                {profile.members.map((member, index) => (
                  <tr key={index}>
                    <th scope="row">{member.display_name}</th>
                    <td>{member.organization_name ?? t('common.none')}</td>
                    <td>{labelFor(profile.sectors.map((s) => ({ key: s.sector, label: s.label })), member.sector)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
