import type { Activity, Goal, Objective, Plan } from '../../api/plan';

/** An activity with where it sits in the plan. */
export interface PlacedActivity {
  activity: Activity;
  goal: Goal | null;
  objective: Objective | null;
  /** 0 for a top-level activity, 1 for a sub-activity, and so on. */
  depth: number;
}

/** One activity and its sub-activities, in position order. */
export interface ActivityNode {
  activity: Activity;
  children: ActivityNode[];
}

/**
 * The activities of one list (an objective's, or the unfiled ones) as a tree. A sub-activity
 * whose parent is not in the list (archived and hidden, say) shows at the top level.
 */
export function activityTree(activities: readonly Activity[]): ActivityNode[] {
  const ids = new Set(activities.map((activity) => activity.id));
  const nodes = new Map<number, ActivityNode>(activities.map((activity) => [activity.id, { activity, children: [] }]));
  const roots: ActivityNode[] = [];
  for (const activity of activities) {
    const node = nodes.get(activity.id)!;
    const parent = activity.parent_activity_id;
    if (parent !== null && ids.has(parent) && parent !== activity.id) nodes.get(parent)!.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function flatten(nodes: readonly ActivityNode[], depth: number, into: (node: ActivityNode, depth: number) => void) {
  for (const node of nodes) {
    into(node, depth);
    flatten(node.children, depth + 1, into);
  }
}

/** Every activity of the plan in tree order, with its goal, objective and depth. */
export function allActivities(plan: Plan): PlacedActivity[] {
  const placed: PlacedActivity[] = [];
  for (const goal of plan.goals) {
    for (const objective of goal.objectives) {
      flatten(activityTree(objective.activities), 0, (node, depth) =>
        placed.push({ activity: node.activity, goal, objective, depth }),
      );
    }
  }
  flatten(activityTree(plan.unfiled_activities), 0, (node, depth) =>
    placed.push({ activity: node.activity, goal: null, objective: null, depth }),
  );
  return placed;
}

export function findObjective(plan: Plan, objectiveId: number): { goal: Goal; objective: Objective } | null {
  for (const goal of plan.goals) {
    const objective = goal.objectives.find((candidate) => candidate.id === objectiveId);
    if (objective !== undefined) return { goal, objective };
  }
  return null;
}

/** The ids of the activity and everything under it: places it cannot be moved under. */
export function selfAndDescendants(plan: Plan, activityId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const { activity } of allActivities(plan)) {
    if (activity.parent_activity_id === null) continue;
    const list = children.get(activity.parent_activity_id) ?? [];
    list.push(activity.id);
    children.set(activity.parent_activity_id, list);
  }
  const found = new Set<number>();
  const stack = [activityId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

/**
 * The plan cut down to the activities in `ids`, with their parent activities (so that each keeps
 * its place in the tree), their objectives and goals; everything else is left out.
 */
export function planShowing(plan: Plan, ids: ReadonlySet<number>): Plan {
  const byId = new Map(allActivities(plan).map((placed) => [placed.activity.id, placed.activity]));
  const kept = new Set<number>();
  for (const id of ids) {
    let current = byId.get(id);
    // Up the tree to the top; a loop in bad data stops at an activity already kept.
    while (current !== undefined && !kept.has(current.id)) {
      kept.add(current.id);
      current = current.parent_activity_id === null ? undefined : byId.get(current.parent_activity_id);
    }
  }
  const goals = plan.goals
    .map((goal) => ({
      ...goal,
      objectives: goal.objectives
        .map((objective) => ({ ...objective, activities: objective.activities.filter((activity) => kept.has(activity.id)) }))
        .filter((objective) => objective.activities.length > 0),
    }))
    .filter((goal) => goal.objectives.length > 0);
  return { ...plan, goals, unfiled_activities: plan.unfiled_activities.filter((activity) => kept.has(activity.id)) };
}

/** Ids written as "11,12,13" in an address, or null when there are none. */
export function idsParam(value: string | null): Set<number> | null {
  if (value === null) return null;
  const ids = value
    .split(',')
    .filter((part) => /^[1-9][0-9]{0,15}$/.test(part))
    .map(Number);
  return ids.length === 0 ? null : new Set(ids);
}
