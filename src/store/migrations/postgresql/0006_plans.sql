-- The action plan: goals → measurable objectives (with dated measurements) → activities, which
-- may have sub-activities, owners (members) and responsible organisations. Items are archived,
-- never deleted, so reviews and history keep their references. Dates are DATE columns.
CREATE TABLE plan_goals (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  position BIGINT NOT NULL,
  title TEXT NOT NULL,
  rationale TEXT,
  archived_at TIMESTAMPTZ,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_goals_partnership ON plan_goals (partnership_id, position);

CREATE TABLE plan_objectives (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  goal_id BIGINT NOT NULL REFERENCES plan_goals (id),
  position BIGINT NOT NULL,
  title TEXT NOT NULL,
  indicator TEXT NOT NULL,
  unit TEXT NOT NULL,
  baseline DOUBLE PRECISION NOT NULL,
  target DOUBLE PRECISION NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
  start_on DATE NOT NULL,
  target_on DATE NOT NULL,
  weight DOUBLE PRECISION NOT NULL DEFAULT 1,
  archived_at TIMESTAMPTZ,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_objectives_partnership ON plan_objectives (partnership_id, goal_id, position);

CREATE TABLE plan_measurements (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  objective_id BIGINT NOT NULL REFERENCES plan_objectives (id),
  measured_on DATE NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  note TEXT,
  recorded_by BIGINT REFERENCES users (id),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_measurements_objective ON plan_measurements (objective_id, measured_on, id);

CREATE TABLE plan_activities (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  objective_id BIGINT REFERENCES plan_objectives (id),
  parent_activity_id BIGINT REFERENCES plan_activities (id),
  position BIGINT NOT NULL,
  title TEXT NOT NULL,
  description TEXT,
  start_on DATE,
  due_on DATE,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'blocked', 'cancelled')),
  percent BIGINT NOT NULL CHECK (percent BETWEEN 0 AND 100),
  resources_needed TEXT,
  rationale TEXT,
  expected_outcome TEXT,
  archived_at TIMESTAMPTZ,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_activities_partnership ON plan_activities (partnership_id, position, id);
CREATE INDEX plan_activities_objective ON plan_activities (objective_id);
CREATE INDEX plan_activities_parent ON plan_activities (parent_activity_id);

CREATE TABLE plan_activity_owners (
  activity_id BIGINT NOT NULL REFERENCES plan_activities (id),
  membership_id BIGINT NOT NULL REFERENCES memberships (id),
  PRIMARY KEY (activity_id, membership_id)
);
-- "My tasks": the activities a person owns across partnerships.
CREATE INDEX plan_activity_owners_member ON plan_activity_owners (membership_id, activity_id);

CREATE TABLE plan_activity_organizations (
  activity_id BIGINT NOT NULL REFERENCES plan_activities (id),
  organization_id BIGINT NOT NULL REFERENCES organizations (id),
  PRIMARY KEY (activity_id, organization_id)
);
