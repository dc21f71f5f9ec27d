-- Notifications (in the app, and emailed as each person chose per partnership) and the jobs that
-- deliver them. Jobs live in the database so any server instance can run them: a worker leases a
-- due job for a while; a job whose lease ran out (its worker died) is due again. `unique_key`
-- makes enqueueing idempotent (one digest per person per period); failures wait longer each time
-- and, after the runner's last attempt, stay as `failed` for admins to see and retry.
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id),
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  subject_title TEXT NOT NULL,
  body TEXT NOT NULL,
  link TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT,
  emailed_at TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unemailed ON notifications (user_id, id) WHERE emailed_at IS NULL;

CREATE TABLE notification_settings (
  user_id INTEGER NOT NULL REFERENCES users (id),
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  frequency TEXT NOT NULL CHECK (frequency IN ('immediate', 'daily', 'weekly', 'off')),
  PRIMARY KEY (user_id, partnership_id)
);

CREATE TABLE jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  unique_key TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('queued', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  run_at TEXT NOT NULL,
  leased_until TEXT,
  leased_by TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs (status, run_at, id);
