/** Where each part of the plan lives in the app. */
export const planPaths = {
  plan: (id: number) => `/partnerships/${id}/plan`,
  timeline: (id: number) => `/partnerships/${id}/plan/timeline`,
  objective: (id: number, objectiveId: number) => `/partnerships/${id}/plan/objectives/${objectiveId}`,
  newObjective: (id: number, goalId: number) => `/partnerships/${id}/plan/objectives/new?goal=${goalId}`,
  activity: (id: number, activityId: number) => `/partnerships/${id}/plan/activities/${activityId}`,
  newActivity: (id: number, under: { objective?: number; parent?: number } = {}) => {
    const params = new URLSearchParams();
    if (under.objective !== undefined) params.set('objective', String(under.objective));
    if (under.parent !== undefined) params.set('parent', String(under.parent));
    const query = params.toString();
    return `/partnerships/${id}/plan/activities/new${query === '' ? '' : `?${query}`}`;
  },
};
