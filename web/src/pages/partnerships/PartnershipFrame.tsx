import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { NavLink, useParams } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import { etagOf, getPartnership, isId, type Partnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { NotFoundPage } from '../NotFoundPage';

export interface LoadedPartnership {
  partnership: Partnership;
  etag: string;
  /** Asks the server for the partnership again (after a change elsewhere on the page). */
  reload: () => Promise<void>;
  /** Records the partnership a change answered with. */
  replace: (partnership: Partnership, etag: string | null) => void;
}

interface PartnershipFrameProps {
  /** The page's heading once the partnership is known. */
  title: (partnership: Partnership) => string;
  /** The browser tab title, when it should say more than the heading. */
  documentTitle?: (partnership: Partnership) => string;
  children: (loaded: LoadedPartnership) => ReactNode;
}

/**
 * The frame of every page about one partnership (`:id` in the route): the link back to the list,
 * the page heading, the partnership's own navigation, then the page. Loads the partnership first;
 * a partnership the person may not see is "not found", as the server says.
 */
export function PartnershipFrame(props: PartnershipFrameProps) {
  const { id } = useParams();
  if (!isId(id)) return <NotFoundPage />;
  return <Frame key={id} id={Number(id)} {...props} />;
}

interface PartnershipItemFrameProps extends Omit<PartnershipFrameProps, 'children'> {
  /** The route parameter that names the item, such as `riskId`. */
  param: string;
  children: (loaded: LoadedPartnership, itemId: number) => ReactNode;
}

/**
 * The frame of a page about one item of a partnership (a meeting, a risk, a member...), named by
 * the route parameter `param` after `:id`. An id the server could not have issued is "not found"
 * at once, as on every such page.
 */
export function PartnershipItemFrame({ param, children, ...frame }: PartnershipItemFrameProps) {
  const itemId = useParams()[param];
  if (!isId(itemId)) return <NotFoundPage />;
  return <PartnershipFrame {...frame}>{(loaded) => children(loaded, Number(itemId))}</PartnershipFrame>;
}

function Frame({ id, title, documentTitle, children }: PartnershipFrameProps & { id: number }) {
  const [loaded, setLoaded] = useState<{ partnership: Partnership; etag: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const response = await getPartnership(id, signal);
        setLoaded({ partnership: response.data, etag: response.etag ?? etagOf(response.data) });
        setError(null);
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setError(caught);
      }
    },
    [id],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const replace = useCallback((partnership: Partnership, etag: string | null) => {
    setLoaded({ partnership, etag: etag ?? etagOf(partnership) });
  }, []);
  const reload = useCallback(() => load(), [load]);

  const partnership = loaded?.partnership ?? null;
  const heading = partnership === null ? t('partnership.title') : title(partnership);
  const tabTitle = partnership !== null && documentTitle !== undefined ? documentTitle(partnership) : undefined;
  return (
    <>
      <BackLink to="/partnerships">{t('partnerships.title')}</BackLink>
      <PageHeading title={heading} {...(tabTitle === undefined ? {} : { documentTitle: tabTitle })} />
      {partnership !== null && <PartnershipNav partnership={partnership} />}
      {error !== null && partnership === null && (
        <Alert type="error">{error.status === 404 ? t('partnership.notFound') : error.problem.detail}</Alert>
      )}
      {error === null && partnership === null && <p role="status">{t('common.loading')}</p>}
      {loaded !== null && children({ ...loaded, reload, replace })}
    </>
  );
}

/** The sections of one partnership: home, members, charter, roles and responsibilities, plan, meetings, discussion, shelf. */
function PartnershipNav({ partnership }: { partnership: Partnership }) {
  const base = `/partnerships/${partnership.id}`;
  const links = [
    { to: base, label: t('partnership.nav.home'), end: true },
    { to: `${base}/members`, label: t('partnership.nav.members'), end: false },
    { to: `${base}/charter`, label: t('partnership.nav.charter'), end: false },
    { to: `${base}/responsibilities`, label: t('partnership.nav.responsibilities'), end: false },
    { to: `${base}/plan`, label: t('partnership.nav.plan'), end: false },
    { to: `${base}/meetings`, label: t('partnership.nav.meetings'), end: false },
    { to: `${base}/discussion`, label: t('partnership.nav.discussion'), end: false },
    { to: `${base}/shelf`, label: t('partnership.nav.shelf'), end: false },
  ];
  return (
    <nav className="cg-subnav" aria-label={t('partnership.nav.label', { name: partnership.name })}>
      <ul className="cg-subnav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink className="cg-subnav__link" to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
