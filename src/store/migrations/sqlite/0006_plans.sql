-- The action plan: goals → measurable objectives (with dated measurements) → activities, which
-- may have sub-activities, owners (members) and responsible organisations. Items are archived,
-- never deleted, so reviews and history keep their references. Dates are YYYY-MM-DD text.
CREATE TABLE plan_goals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  rationale TEXT,
  archived_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_goals_partnership ON plan_goals (partnership_id, position);

CREATE TABLE plan_objectives (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  goal_id INTEGER NOT NULL REFERENCES plan_goals (id),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  indicator TEXT NOT NULL,
  unit TEXT NOT NULL,
  baseline REAL NOT NULL,
  target REAL NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
  start_on TEXT NOT NULL,
  target_on TEXT NOT NULL,
  weight REAL NOT NULL DEFAULT 1,
  archived_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_objectives_partnership ON plan_objectives (partnership_id, goal_id, position);

CREATE TABLE plan_measurements (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  objective_id INTEGER NOT NULL REFERENCES plan_objectives (id),
  measured_on TEXT NOT NULL,
  value REAL NOT NULL,
  note TEXT,
  recorded_by INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX plan_measurements_objective ON plan_measurements (objective_id, measured_on, id);

CREATE TABLE plan_activities (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  objective_id INTEGER REFERENCES plan_objectives (id),
  parent_activity_id INTEGER REFERENCES plan_activities (id),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT,
  start_on TEXT,
  due_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'blocked', 'cancelled')),
  percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  resources_needed TEXT,
  rationale TEXT,
  expected_outcome TEXT,
  archived_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_activities_partnership ON plan_activities (partnership_id, position, id);
CREATE INDEX plan_activities_objective ON plan_activities (objective_id);
CREATE INDEX plan_activities_parent ON plan_activities (parent_activity_id);

CREATE TABLE plan_activity_owners (
  activity_id INTEGER NOT NULL REFERENCES plan_activities (id),
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  PRIMARY KEY (activity_id, membership_id)
);
-- "My tasks": the activities a person owns across partnerships.
CREATE INDEX plan_activity_owners_member ON plan_activity_owners (membership_id, activity_id);

CREATE TABLE plan_activity_organizations (
  activity_id INTEGER NOT NULL REFERENCES plan_activities (id),
  organization_id INTEGER NOT NULL REFERENCES organizations (id),
  PRIMARY KEY (activity_id, organization_id)
);
