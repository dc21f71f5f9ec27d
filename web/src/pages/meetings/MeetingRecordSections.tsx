import type { MeetingDetail } from '../../api/meetings';
import { getMeetingRecord } from '../../api/minutes';
import type { Partnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { t } from '../../i18n';
import { useLoad } from '../plan/useLoad';
import { ActionItemsSection } from './ActionItemsSection';
import { DecisionsSection } from './DecisionsSection';
import { MinutesSection } from './MinutesSection';

/**
 * What came of the meeting: its minutes, the decisions and the action items. One request loads
 * all three, and each section asks for it again after a change.
 */
export function MeetingRecordSections({ partnership, meeting }: { partnership: Partnership; meeting: MeetingDetail }) {
  const loaded = useLoad((signal) => getMeetingRecord(partnership.id, meeting.id, signal), `${partnership.id}/${meeting.id}`);
  const record = loaded.data;
  if (record === null) {
    return (
      <section className="cg-section" aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">{t('minutes.heading')}</h2>
        {loaded.error === null ? <p role="status">{t('common.loading')}</p> : <Alert type="error">{loaded.error.problem.detail}</Alert>}
      </section>
    );
  }
  const sectionProps = { partnership, meeting, reload: loaded.reload };
  return (
    <>
      <MinutesSection {...sectionProps} record={record} />
      <DecisionsSection {...sectionProps} decisions={record.decisions} />
      <ActionItemsSection {...sectionProps} actionItems={record.action_items} />
    </>
  );
}
