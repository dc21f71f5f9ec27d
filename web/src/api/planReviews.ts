import { apiRequest } from './client';
import { BASE } from './partnerships';
import type { PlanReview, Trajectory } from './plan';

// Plan reviews (docs/plan-api.md, "Reviews"): held on the partnership's cadence, each with a
// rating per objective, decisions, and commitments that become activities, and a snapshot of
// the plan as it stood, so two reviews can be compared. Leads and coordinators record them.

export type Rating = 'on_track' | 'at_risk' | 'off_track';
export const ratings: readonly Rating[] = ['on_track', 'at_risk', 'off_track'];

export interface ReviewRating {
  objective_id: number;
  rating: Rating;
  note: string | null;
}

/** One objective as it stood at a review. */
export interface ObjectiveSnapshot {
  objective_id: number;
  title: string;
  progress: number | null;
  expected: number | null;
  trajectory: Trajectory;
  rating: Rating | null;
}

/** The plan as it stood at a review. */
export interface PlanSnapshot {
  progress: number | null;
  activities: number;
  done: number;
  overdue: number;
  objectives: ObjectiveSnapshot[];
}

export interface Review {
  id: number;
  held_on: string;
  summary: string | null;
  /** Membership ids. */
  participant_ids: number[];
  ratings: ReviewRating[];
  decisions: string[];
  /** The activities its commitments became. */
  activity_ids: number[];
  snapshot: PlanSnapshot;
  created_at: string;
}

export interface ReviewList {
  /** Newest first. */
  items: Review[];
  /** When the next review falls due; null while the plan has no goals. */
  next: PlanReview | null;
}

export interface NewReview {
  held_on: string;
  summary?: string;
  participant_ids?: number[];
  ratings?: { objective_id: number; rating: Rating; note?: string }[];
  decisions?: string[];
  commitments?: { title: string; owner_id: number; due_on: string; objective_id?: number }[];
}

export interface ObjectiveChange {
  objective_id: number;
  title: string;
  /** Null when the objective was not in the earlier review. */
  before: ObjectiveSnapshot | null;
  /** Null when the objective is not in the later review (archived since). */
  after: ObjectiveSnapshot | null;
  /** after − before, when both have progress. */
  progress_change: number | null;
}

export interface ReviewComparison {
  before: Review;
  after: Review;
  changes: {
    progress_change: number | null;
    done_change: number;
    overdue_change: number;
    objectives: ObjectiveChange[];
  };
}

const reviews = (id: number) => `${BASE}/${id}/plan/reviews`;

export async function listReviews(id: number, signal?: AbortSignal): Promise<ReviewList> {
  return (await apiRequest<ReviewList>(reviews(id), { signal })).data;
}

export async function getReview(id: number, reviewId: number, signal?: AbortSignal): Promise<Review> {
  return (await apiRequest<Review>(`${reviews(id)}/${reviewId}`, { signal })).data;
}

/** Records a review; problems name the entry, such as `commitments[0].due_on`. */
export async function recordReview(id: number, body: NewReview): Promise<Review> {
  return (await apiRequest<Review>(reviews(id), { method: 'POST', body })).data;
}

/** Two reviews side by side, the earlier one as `before` whichever order they are given in. */
export async function compareReviews(id: number, reviewId: number, otherId: number, signal?: AbortSignal): Promise<ReviewComparison> {
  return (await apiRequest<ReviewComparison>(`${reviews(id)}/${reviewId}/compare?with=${otherId}`, { signal })).data;
}
