/** Where each meetings page lives in the app. */
export const meetingPaths = {
  list: (id: number) => `/partnerships/${id}/meetings`,
  /** The meetings as a calendar of this month. */
  calendar: (id: number) => `/partnerships/${id}/meetings?view=calendar`,
  schedule: (id: number) => `/partnerships/${id}/meetings/new`,
  meeting: (id: number, meetingId: number) => `/partnerships/${id}/meetings/${meetingId}`,
  edit: (id: number, meetingId: number) => `/partnerships/${id}/meetings/${meetingId}/edit`,
  engagement: (id: number) => `/partnerships/${id}/engagement`,
};
