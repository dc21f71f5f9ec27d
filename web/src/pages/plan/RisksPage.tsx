import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Partnership } from '../../api/partnerships';
import { canWorkOnPlan } from '../../api/plan';
import { listRisks, riskLevelOf, type Risk, type RiskList } from '../../api/planRegisters';
import { Alert } from '../../components/Alert';
import { Checkbox } from '../../components/ChoiceGroup';
import { FlashMessage } from '../../components/FlashMessage';
import { SortHeader } from '../../components/SortHeader';
import { t } from '../../i18n';
import { PartnershipFrame } from '../partnerships/PartnershipFrame';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { impactLabel, likelihoodLabel, riskLevelLabel, riskStatusLabel } from './registerLabels';
import { useHashTarget } from './useHashTarget';
import { useLoad } from './useLoad';

/** /partnerships/:id/plan/risks: the risk register and the likelihood × impact grid. */
export function RisksPage() {
  return (
    <PartnershipFrame
      title={() => t('risks.title')}
      documentTitle={(partnership) => t('risks.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Risks partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Risks({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const worker = canWorkOnPlan(partnership.my_role);
  const risks = useLoad((signal) => listRisks(id, signal), String(id));
  const { hash } = useLocation();
  // A link to one risk (from what needs attention) shows it even when it is closed.
  const [withClosed, setWithClosed] = useState(false);
  useHashTarget(risks.data !== null);
  const data = risks.data;
  const target = /^#risk-(\d+)$/.exec(hash)?.[1];
  const targetClosed = data?.items.some((risk) => String(risk.id) === target && risk.status === 'closed') ?? false;
  return (
    <>
      <PlanNav partnershipId={id} />
      <FlashMessage />
      <p>{t('risks.intro')}</p>
      {worker && (
        <p>
          <Link className="usa-button" to={planPaths.newRisk(id)}>
            {t('risks.add')}
          </Link>
        </p>
      )}
      {risks.error !== null && <Alert type="error">{risks.error.problem.detail}</Alert>}
      {data === null && risks.error === null && <p role="status">{t('common.loading')}</p>}
      {data !== null && (
        <>
          <RiskGrid list={data} />
          <Register
            partnershipId={id}
            list={data}
            worker={worker}
            withClosed={withClosed || targetClosed}
            onWithClosed={setWithClosed}
            highlight={hash.slice(1)}
          />
        </>
      )}
    </>
  );
}

const scale = [1, 2, 3, 4, 5] as const;

/**
 * Live risks by likelihood (rows, most likely first) and impact (columns): a real table, each
 * cell with its count and its level in words; colour is only a second cue.
 */
function RiskGrid({ list }: { list: RiskList }) {
  const live = list.items.filter((risk) => risk.status !== 'closed');
  const high = live.filter((risk) => risk.level === 'high').length;
  return (
    <section className="cg-section cg-section--first" aria-labelledby="risks-grid-heading">
      <h2 id="risks-grid-heading">{t('risks.grid.heading')}</h2>
      <p className="cg-lead-in">{t('risks.grid.summary', { live: live.length, high })}</p>
      <div className="usa-table-container--scrollable" role="region" aria-labelledby="risks-grid-caption" tabIndex={0}>
        <table className="usa-table usa-table--borderless cg-risk-grid">
          <caption id="risks-grid-caption">{t('risks.grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="cg-risk-grid__corner">
                {t('risks.grid.corner')}
              </th>
              {scale.map((impact) => (
                <th scope="col" key={impact}>
                  <span className="cg-risk-grid__number">
                    <span className="cg-risk-grid__axis">{t('risks.grid.impactAxis')} </span>
                    {impact}
                  </span>
                  <span className="cg-block cg-risk-grid__word">{impactLabel(impact)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...scale].reverse().map((likelihood) => (
              <tr key={likelihood}>
                <th scope="row">
                  <span className="cg-risk-grid__number">
                    <span className="cg-risk-grid__axis">{t('risks.grid.likelihoodAxis')} </span>
                    {likelihood}
                  </span>
                  <span className="cg-block cg-risk-grid__word">{likelihoodLabel(likelihood)}</span>
                </th>
                {scale.map((impact) => {
                  const count = list.grid.counts[likelihood - 1]?.[impact - 1] ?? 0;
                  const level = riskLevelOf(likelihood * impact);
                  return (
                    <td
                      key={impact}
                      className={`cg-risk-grid__cell cg-risk-grid__cell--${level}${count > 0 ? ' cg-risk-grid__cell--filled' : ''}`}
                    >
                      <span className="cg-risk-grid__count">
                        {count}
                        <span className="usa-sr-only">{count === 1 ? t('risks.grid.riskOne') : t('risks.grid.riskMany')}</span>
                      </span>{' '}
                      <span className="cg-block cg-risk-grid__level">{riskLevelLabel(level)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="usa-hint">{t('risks.grid.levels')}</p>
    </section>
  );
}

type SortKey = 'score' | 'title' | 'status';

const statusOrder = { occurred: 0, open: 1, watching: 2, closed: 3 } as const;

function sortRisks(items: readonly Risk[], key: SortKey, descending: boolean): Risk[] {
  const sorted = [...items].sort((a, b) => {
    let order = 0;
    if (key === 'score') order = a.score - b.score || b.likelihood - a.likelihood;
    else if (key === 'title') order = b.title.localeCompare(a.title);
    else order = statusOrder[b.status] - statusOrder[a.status];
    return order === 0 ? a.id - b.id : order;
  });
  return descending ? sorted.reverse() : sorted;
}

function Register({
  partnershipId,
  list,
  worker,
  withClosed,
  onWithClosed,
  highlight,
}: {
  partnershipId: number;
  list: RiskList;
  worker: boolean;
  withClosed: boolean;
  onWithClosed: (shown: boolean) => void;
  highlight: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'score', descending: true });
  const closed = list.items.filter((risk) => risk.status === 'closed').length;
  const shown = sortRisks(
    list.items.filter((risk) => withClosed || risk.status !== 'closed'),
    sort.key,
    sort.descending,
  );
  const sortWords = {
    score: t('risks.sort.score'),
    title: t('risks.sort.title'),
    status: t('risks.sort.status'),
  };
  const sortLabel = {
    score: t('risks.table.score'),
    title: t('risks.table.title'),
    status: t('risks.table.status'),
  };

  function header(key: SortKey) {
    const active = sort.key === key;
    return (
      <SortHeader
        label={sortLabel[key]}
        active={active}
        descending={sort.descending}
        onSort={() => setSort({ key, descending: active ? !sort.descending : key !== 'title' })}
      />
    );
  }

  return (
    <section className="cg-section" aria-labelledby="risks-register-heading">
      <h2 id="risks-register-heading">{t('risks.register.heading')}</h2>
      {closed > 0 && (
        <Checkbox
          id="risks-closed"
          label={t('risks.register.withClosed', { count: closed })}
          checked={withClosed}
          onChange={onWithClosed}
        />
      )}
      <p role="status" className="cg-status">
        {t('risks.register.sorted', {
          key: sortWords[sort.key],
          order: sort.descending ? t('risks.register.descending') : t('risks.register.ascending'),
        })}
      </p>
      {shown.length === 0 ? (
        <p>{worker ? t('risks.register.noneWorker') : t('risks.register.none')}</p>
      ) : (
        <div className="usa-table-container--scrollable" role="region" aria-labelledby="risks-caption" tabIndex={0}>
          <table className="usa-table usa-table--borderless cg-table cg-risks-table">
            <caption id="risks-caption">{t('risks.register.caption')}</caption>
            <thead>
              <tr>
                {header('title')}
                {header('score')}
                <th scope="col">{t('risks.table.level')}</th>
                {header('status')}
                <th scope="col">{t('risks.table.owner')}</th>
                <th scope="col">{t('risks.table.trigger')}</th>
                <th scope="col">{t('risks.table.response')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((risk) => {
                const rowId = `risk-${risk.id}`;
                const unplanned = risk.level === 'high' && risk.status !== 'closed' && (risk.response === null || risk.owner_id === null);
                return (
                  <tr key={risk.id} id={rowId} tabIndex={-1} className={highlight === rowId ? 'cg-row--target' : undefined}>
                    <th scope="row" className="cg-table-note">
                      {worker ? (
                        <Link
                          className="usa-link"
                          to={planPaths.risk(partnershipId, risk.id)}
                          aria-label={t('risks.edit.label', { title: risk.title })}
                        >
                          {risk.title}
                        </Link>
                      ) : (
                        risk.title
                      )}
                      {risk.description !== null && risk.description !== '' && (
                        <span className="cg-block cg-risk-description">{risk.description}</span>
                      )}
                    </th>
                    <td>
                      <strong>{risk.score}</strong>
                      <span className="cg-block cg-risk-factors">
                        {t('risks.table.factors', { likelihood: risk.likelihood, impact: risk.impact })}
                      </span>
                    </td>
                    <td>
                      <span className={`usa-tag cg-level-tag cg-level-tag--${risk.level}`}>{riskLevelLabel(risk.level)}</span>
                    </td>
                    <td>{riskStatusLabel(risk.status)}</td>
                    <td>{risk.owner_name ?? <span className={unplanned ? 'cg-overdue' : undefined}>{t('risks.table.noOwner')}</span>}</td>
                    <td className="cg-table-note">{risk.trigger ?? ''}</td>
                    <td className="cg-table-note">
                      {risk.response ?? <span className={unplanned ? 'cg-overdue' : undefined}>{t('risks.table.noResponse')}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
