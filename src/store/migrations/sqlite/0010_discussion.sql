-- The partnership's open discussion: ideas and threads, comments, support and reports.
-- Item ids are random (the application draws them), not a sequence: with the day-only time an
-- anonymous idea keeps, its place among other rows says nothing about when, or by whom, it was
-- written. An anonymous idea has no author, and the CHECK makes sure of it.
CREATE TABLE discussion_items (
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  kind TEXT NOT NULL CHECK (kind IN ('idea', 'thread')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  author_membership_id INTEGER REFERENCES memberships (id),
  anonymous INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('open', 'under_consideration', 'adopted', 'declined')),
  status_reason TEXT,
  activity_id INTEGER REFERENCES plan_activities (id),
  hidden_at TEXT,
  hidden_by INTEGER REFERENCES memberships (id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (anonymous = 0 OR (author_membership_id IS NULL AND kind = 'idea'))
);
CREATE INDEX discussion_items_partnership ON discussion_items (partnership_id, created_at);

CREATE TABLE discussion_comments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id INTEGER NOT NULL REFERENCES discussion_items (id),
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  body TEXT NOT NULL,
  hidden_at TEXT,
  hidden_by INTEGER REFERENCES memberships (id),
  created_at TEXT NOT NULL
);
CREATE INDEX discussion_comments_item ON discussion_comments (item_id, id);
CREATE INDEX discussion_comments_member ON discussion_comments (membership_id);

CREATE TABLE discussion_supports (
  item_id INTEGER NOT NULL REFERENCES discussion_items (id),
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (item_id, membership_id)
);

-- One report per member per item or comment; a report is settled when the content is hidden.
CREATE TABLE discussion_reports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  item_id INTEGER NOT NULL REFERENCES discussion_items (id),
  comment_id INTEGER REFERENCES discussion_comments (id),
  target_key TEXT NOT NULL,
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  reason TEXT NOT NULL CHECK (reason IN ('disrespectful', 'personal_information', 'off_topic', 'spam', 'threatening')),
  created_at TEXT NOT NULL,
  UNIQUE (target_key, membership_id)
);
CREATE INDEX discussion_reports_partnership ON discussion_reports (partnership_id, item_id);
