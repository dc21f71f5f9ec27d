/** Where each part of the plan lives in the app. */
export const planPaths = {
  plan: (id: number) => `/partnerships/${id}/plan`,
  /** The plan showing only these activities (and where they sit). */
  planShowing: (id: number, activityIds: readonly number[]) => `/partnerships/${id}/plan?activities=${activityIds.join(',')}`,
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
  reviews: (id: number) => `/partnerships/${id}/plan/reviews`,
  newReview: (id: number) => `/partnerships/${id}/plan/reviews/new`,
  review: (id: number, reviewId: number) => `/partnerships/${id}/plan/reviews/${reviewId}`,
  compareReviews: (id: number, from: number, to: number) => `/partnerships/${id}/plan/reviews/compare?from=${from}&to=${to}`,
  resources: (id: number, resourceId?: number) =>
    `/partnerships/${id}/plan/resources${resourceId === undefined ? '' : `#resource-${resourceId}`}`,
  newResource: (id: number) => `/partnerships/${id}/plan/resources/new`,
  resource: (id: number, resourceId: number) => `/partnerships/${id}/plan/resources/${resourceId}`,
  risks: (id: number, riskId?: number) => `/partnerships/${id}/plan/risks${riskId === undefined ? '' : `#risk-${riskId}`}`,
  newRisk: (id: number) => `/partnerships/${id}/plan/risks/new`,
  risk: (id: number, riskId: number) => `/partnerships/${id}/plan/risks/${riskId}`,
  member: (id: number, membershipId: number) => `/partnerships/${id}/members/${membershipId}`,
};
