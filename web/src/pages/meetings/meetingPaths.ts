/** Where each meetings page lives in the app. */
export const meetingPaths = {
  list: (id: number) => `/partnerships/${id}/meetings`,
  schedule: (id: number) => `/partnerships/${id}/meetings/new`,
  meeting: (id: number, meetingId: number) => `/partnerships/${id}/meetings/${meetingId}`,
  edit: (id: number, meetingId: number) => `/partnerships/${id}/meetings/${meetingId}/edit`,
  engagement: (id: number) => `/partnerships/${id}/engagement`,
};
