/** English text for the meetings calendar and the choice of list or calendar (spread into messages.en.ts). */
export const meetingsCalendarMessagesEn = {
  'meetings.view.label': 'Show the meetings as',
  'meetings.view.list': 'List',
  'meetings.view.calendar': 'Calendar',

  'meetings.past.earlier': 'Show earlier meetings',
  'meetings.past.earlierLoading': 'Loading earlier meetings…',
  'meetings.past.earlierShown': 'Past meetings are now shown from {date}.',

  'meetings.calendar.moves': 'Choose the month',
  'meetings.calendar.previous': 'Previous month',
  'meetings.calendar.thisMonth': 'This month',
  'meetings.calendar.next': 'Next month',
  'meetings.calendar.caption': 'Meetings in {month}, a week to a row',
  'meetings.calendar.count': '{count} meetings in {month}.',
  'meetings.calendar.count.one': '1 meeting in {month}.',
  'meetings.calendar.none': 'No meetings in {month}.',
  'meetings.calendar.today': '{date} (today)',
} as const satisfies Record<string, string>;
