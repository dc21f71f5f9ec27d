import { listMeetings, type MeetingList } from '../../api/meetings';
import { useLoad, type LoadState } from '../plan/useLoad';
import { addDays } from './calendarDates';

const YEAR = 365;
/** The server answers at most three years in one request. */
const YEARS_PER_REQUEST = 3;

export interface MeetingListLoad extends MeetingList {
  /** How many years before the usual range it covers; the page compares it with what it asked for. */
  yearsBack: number;
}

/**
 * The meetings of the list: the server's usual range (90 days back to a year ahead) and, before
 * it, `yearsBack` more years (asked in pieces of at most three years). `from` is the earliest day
 * covered and `items` are oldest first, as in one answer. A new `yearsBack` asks for all of it again.
 */
export function useMeetingList(partnershipId: number, yearsBack: number): LoadState<MeetingListLoad> {
  return useLoad(async (signal) => {
    const recent = await listMeetings(partnershipId, {}, signal);
    const requests = Math.ceil(yearsBack / YEARS_PER_REQUEST);
    const earlier = await Promise.all(
      Array.from({ length: requests }, (_, index) => {
        const nearer = index * YEARS_PER_REQUEST;
        const farther = Math.min(yearsBack, nearer + YEARS_PER_REQUEST);
        return listMeetings(
          partnershipId,
          { from: addDays(recent.from, -YEAR * farther), to: addDays(recent.from, -YEAR * nearer - 1) },
          signal,
        );
      }),
    );
    // Asked newest first; the oldest piece comes first in the list.
    const pieces = [...earlier].reverse().concat(recent);
    return {
      from: pieces[0]?.from ?? recent.from,
      to: recent.to,
      items: pieces.flatMap((piece) => piece.items),
      yearsBack,
    };
  }, `${partnershipId}/${yearsBack}`);
}
