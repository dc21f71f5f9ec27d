import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError } from '../../api/client';
import type { Partnership } from '../../api/partnerships';
import { canWorkOnPlan, type Activity, type Plan } from '../../api/plan';
import { deleteResource, listResources, type Resource, type ResourceGap, type ResourceList, type ResourceTotal } from '../../api/planRegisters';
import { labelFor } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FlashMessage } from '../../components/FlashMessage';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { formatDate, percent } from '../partnerships/labels';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { allActivities } from './planTree';
import { amountText, measureText, resourceKindLabel } from './registerLabels';
import { useHashTarget } from './useHashTarget';
import { useLoad } from './useLoad';
import { usePlan } from './usePlan';

/** /partnerships/:id/plan/resources: needs and commitments, the gaps between them, and totals. */
export function ResourcesPage() {
  return (
    <PartnershipFrame
      title={() => t('resources.title')}
      documentTitle={(partnership) => t('resources.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Resources partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Resources({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const worker = canWorkOnPlan(partnership.my_role);
  const resources = useLoad((signal) => listResources(id, signal), String(id));
  const { plan } = usePlan(id, true);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);
  const { hash } = useLocation();
  useHashTarget(resources.data !== null);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  async function remove(resource: Resource) {
    setMessage(null);
    setActionError(null);
    try {
      await deleteResource(id, resource.id);
      await resources.reload();
      setMessage(t('resources.deleted', { description: resource.description }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
      await resources.reload();
    }
  }

  const data = resources.data;
  return (
    <>
      <PlanNav partnershipId={id} />
      <FlashMessage />
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      {actionError !== null && (
        <Alert type="error" ref={actionErrorRef}>
          {actionError.problem.detail}
        </Alert>
      )}
      <p>{t('resources.intro')}</p>
      {worker && (
        <p>
          <Link className="usa-button" to={planPaths.newResource(id)}>
            {t('resources.add')}
          </Link>
        </p>
      )}
      {resources.error !== null && <Alert type="error">{resources.error.problem.detail}</Alert>}
      {data === null && resources.error === null && <p role="status">{t('common.loading')}</p>}
      {data !== null && (
        <>
          <Gaps gaps={data.summary.gaps} />
          <Unused partnershipId={id} list={data} />
          <Register partnershipId={id} list={data} plan={plan} worker={worker} highlight={hash.slice(1)} onDelete={(r) => void remove(r)} />
          <section className="cg-section" aria-labelledby="resources-totals-heading">
            <h2 id="resources-totals-heading">{t('resources.totals.heading')}</h2>
            <p>{t('resources.totals.intro')}</p>
            <TotalsTable
              id="resources-by-partner"
              caption={t('resources.totals.byPartner')}
              groupLabel={t('resources.totals.partner')}
              rows={data.summary.by_partner}
            />
            <SectorTotals rows={data.summary.by_sector} />
          </section>
        </>
      )}
    </>
  );
}

function SectorTotals({ rows }: { rows: readonly ResourceTotal[] }) {
  const sectors = useReferenceList('/api/v1/sectors');
  return (
    <TotalsTable
      id="resources-by-sector"
      caption={t('resources.totals.bySector')}
      groupLabel={t('resources.totals.sector')}
      rows={rows.map((row) => ({ ...row, group: labelFor(sectors.items, row.group) }))}
    />
  );
}

/** Each need beside what partners committed to it, as bars with the numbers in words; a table follows. */
function Gaps({ gaps }: { gaps: readonly ResourceGap[] }) {
  const short = gaps.filter((gap) => gap.shortfall > 0);
  return (
    <section className="cg-section cg-section--first" aria-labelledby="resources-gaps-heading">
      <h2 id="resources-gaps-heading">{t('resources.gaps.heading')}</h2>
      {gaps.length === 0 ? (
        <p>{t('resources.gaps.noNeeds')}</p>
      ) : (
        <>
          <p className="cg-lead-in">
            {short.length === 0
              ? t('resources.gaps.allCovered')
              : t('resources.gaps.summary', {
                  count: short.length,
                  list: short.map((gap) => amountText(gap.shortfall, gap)).join('; '),
                })}
          </p>
          <figure className="cg-chart" aria-labelledby="gaps-chart-caption">
            <figcaption id="gaps-chart-caption" className="cg-chart__caption">
              {t('resources.gaps.chartCaption')}
            </figcaption>
            <ul className="cg-chart__legend" aria-hidden="true">
              <li>
                <span className="cg-swatch cg-swatch--committed" /> {t('resources.gaps.legendCommitted')}
              </li>
              <li>
                <span className="cg-swatch cg-swatch--short" /> {t('resources.gaps.legendShort')}
              </li>
            </ul>
            <ul className="cg-chart__rows">
              {gaps.map((gap) => {
                const share = gap.needed > 0 ? Math.min(1, gap.committed / gap.needed) : 1;
                return (
                  <li className="cg-chart__row cg-gap" key={`${gap.kind}/${gap.unit}/${gap.period}`}>
                    <span className="cg-chart__label">{measureText(gap)}</span>
                    <span className="cg-gap__measure">
                      <svg className="cg-bar cg-gap__bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect className="cg-bar__fill--short" x="0" y="0" width="100" height="4" />
                        <rect className="cg-bar__fill--committed" x="0" y="0" width={share * 100} height="4" />
                      </svg>
                      <span className="cg-chart__value">
                        {t('resources.gaps.value', {
                          committed: amountText(gap.committed, gap),
                          needed: amountText(gap.needed, gap),
                          share: percent(share),
                        })}{' '}
                        <strong>
                          {gap.shortfall > 0
                            ? t('resources.gaps.short', { amount: amountText(gap.shortfall, gap) })
                            : t('resources.gaps.covered')}
                        </strong>
                      </span>
                    </span>
                  </li>
                );
              })}
            </ul>
          </figure>
          <div className="usa-table-container--scrollable" role="region" aria-labelledby="gaps-table-caption" tabIndex={0}>
            <table className="usa-table usa-table--borderless cg-table">
              <caption id="gaps-table-caption">{t('resources.gaps.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('resources.gaps.what')}</th>
                  <th scope="col">{t('resources.gaps.needed')}</th>
                  <th scope="col">{t('resources.gaps.committed')}</th>
                  <th scope="col">{t('resources.gaps.shortfall')}</th>
                </tr>
              </thead>
              <tbody>
                {gaps.map((gap) => (
                  <tr key={`${gap.kind}/${gap.unit}/${gap.period}`}>
                    <th scope="row">{measureText(gap)}</th>
                    <td>{amountText(gap.needed, gap)}</td>
                    <td>{amountText(gap.committed, gap)}</td>
                    <td>{gap.shortfall > 0 ? amountText(gap.shortfall, gap) : t('resources.gaps.coveredCell')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Commitments nothing has been drawn on 60 days after they were made, named in words. */
function Unused({ partnershipId, list }: { partnershipId: number; list: ResourceList }) {
  const unused = list.items.filter((item) => list.summary.unused.includes(item.id));
  if (unused.length === 0) return null;
  return (
    <section className="cg-section" aria-labelledby="resources-unused-heading">
      <h2 id="resources-unused-heading">{t('resources.unused.heading', { count: unused.length })}</h2>
      <p>{t('resources.unused.intro')}</p>
      <ul className="usa-list">
        {unused.map((item) => (
          <li key={item.id}>
            <Link className="usa-link" to={planPaths.resources(partnershipId, item.id)}>
              {item.description}
            </Link>{' '}
            {t('resources.unused.item', {
              amount: amountText(item.amount, item),
              partner: item.partner ?? t('common.none'),
              date: formatDate(item.committed_on),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Register({
  partnershipId,
  list,
  plan,
  worker,
  highlight,
  onDelete,
}: {
  partnershipId: number;
  list: ResourceList;
  plan: Plan | null;
  worker: boolean;
  highlight: string;
  onDelete: (resource: Resource) => void;
}) {
  const activities = new Map((plan === null ? [] : allActivities(plan)).map((placed) => [placed.activity.id, placed.activity]));
  const needs = list.items.filter((item) => item.entry === 'need');
  const commitments = list.items.filter((item) => item.entry === 'commitment');
  const row = { partnershipId, activities, worker, highlight, onDelete, unused: list.summary.unused };
  return (
    <section className="cg-section" aria-labelledby="resources-register-heading">
      <h2 id="resources-register-heading">{t('resources.register.heading')}</h2>
      {list.items.length === 0 && <p>{worker ? t('resources.register.noneWorker') : t('resources.register.none')}</p>}
      {needs.length > 0 && (
        <div className="usa-table-container--scrollable" role="region" aria-labelledby="resources-needs-caption" tabIndex={0}>
          <table className="usa-table usa-table--borderless cg-table cg-resources-table">
            <caption id="resources-needs-caption">{t('resources.register.needsCaption', { count: needs.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('resource.field.description')}</th>
                <th scope="col">{t('resource.field.amount')}</th>
                <th scope="col">{t('resource.field.activity')}</th>
                {worker && <th scope="col">{t('resources.register.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {needs.map((item) => (
                <ResourceRow key={item.id} item={item} {...row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {commitments.length > 0 && (
        <div className="usa-table-container--scrollable" role="region" aria-labelledby="resources-commitments-caption" tabIndex={0}>
          <table className="usa-table usa-table--borderless cg-table cg-resources-table">
            <caption id="resources-commitments-caption">{t('resources.register.commitmentsCaption', { count: commitments.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('resource.field.description')}</th>
                <th scope="col">{t('resource.field.amount')}</th>
                <th scope="col">{t('resource.field.partner')}</th>
                <th scope="col">{t('resource.field.used')}</th>
                <th scope="col">{t('resource.field.activity')}</th>
                {worker && <th scope="col">{t('resources.register.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {commitments.map((item) => (
                <ResourceRow key={item.id} item={item} {...row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One need or commitment; a commitment also has its partner and what has been used. */
function ResourceRow({
  item,
  partnershipId,
  activities,
  worker,
  highlight,
  onDelete,
  unused,
}: {
  item: Resource;
  partnershipId: number;
  activities: ReadonlyMap<number, Activity>;
  worker: boolean;
  highlight: string;
  onDelete: (resource: Resource) => void;
  unused: readonly number[];
}) {
  const rowId = `resource-${item.id}`;
  const activity = item.activity_id === null ? undefined : activities.get(item.activity_id);
  return (
    <tr id={rowId} tabIndex={-1} className={highlight === rowId ? 'cg-row--target' : undefined}>
      <th scope="row" className="cg-table-note">
        {item.description}
        {unused.includes(item.id) && (
          <span className="cg-block">
            <span className="usa-tag cg-tag--unused">{t('resources.unused.tag')}</span>
          </span>
        )}
      </th>
      <td>
        {amountText(item.amount, item)}
        <span className="cg-block cg-table-detail">{resourceKindLabel(item.kind)}</span>
      </td>
      {item.entry === 'commitment' && (
        <>
          <td>
            {item.partner ?? t('common.none')}
            <span className="cg-block cg-table-detail">
              {item.committed_on === null ? t('resources.register.noDate') : t('resources.register.committedOn', { date: formatDate(item.committed_on) })}
            </span>
          </td>
          <td>{amountText(item.used, item)}</td>
        </>
      )}
      <td>
        {item.activity_id === null ? (
          t('resources.register.noActivity')
        ) : (
          <Link className="usa-link" to={planPaths.activity(partnershipId, item.activity_id)}>
            {activity?.title ?? t('attention.link.activityNumber', { id: item.activity_id })}
          </Link>
        )}
      </td>
      {worker && (
        <td>
          <div className="cg-row-actions">
            <Link
              className="usa-button usa-button--outline cg-small-button"
              to={planPaths.resource(partnershipId, item.id)}
              aria-label={t('resources.edit.label', { description: item.description })}
            >
              {t('resources.edit.start')}
            </Link>
            <ConfirmButton
              label={t('resources.delete.start')}
              accessibleLabel={t('resources.delete.label', { description: item.description })}
              question={t('resources.delete.question', { description: item.description })}
              confirmLabel={t('resources.delete.confirm')}
              cancelLabel={t('form.cancel')}
              danger
              onConfirm={() => onDelete(item)}
            />
          </div>
        </td>
      )}
    </tr>
  );
}

function TotalsTable({ id, caption, groupLabel, rows }: { id: string; caption: string; groupLabel: string; rows: readonly ResourceTotal[] }) {
  if (rows.length === 0) return <p>{t('resources.totals.none')}</p>;
  return (
    <div className="usa-table-container--scrollable" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="usa-table usa-table--borderless cg-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col">{t('resources.totals.what')}</th>
            <th scope="col">{t('resources.totals.committed')}</th>
            <th scope="col">{t('resources.totals.used')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.membership_id ?? row.group}/${row.kind}/${row.unit}/${row.period}/${index}`}>
              <th scope="row">{row.group}</th>
              <td>{measureText(row)}</td>
              <td>{amountText(row.committed, row)}</td>
              <td>{amountText(row.used, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
