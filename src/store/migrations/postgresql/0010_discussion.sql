-- The partnership's open discussion: ideas and threads, comments, support and reports.
-- Item ids are random (the application draws them), not a sequence: with the day-only time an
-- anonymous idea keeps, its place among other rows says nothing about when, or by whom, it was
-- written. An anonymous idea has no author, and the CHECK makes sure of it.
CREATE TABLE discussion_items (
  id BIGINT PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  kind TEXT NOT NULL CHECK (kind IN ('idea', 'thread')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  author_membership_id BIGINT REFERENCES memberships (id),
  anonymous BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('open', 'under_consideration', 'adopted', 'declined')),
  status_reason TEXT,
  activity_id BIGINT REFERENCES plan_activities (id),
  hidden_at TIMESTAMPTZ,
  hidden_by BIGINT REFERENCES memberships (id),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  CHECK (anonymous = 0 OR (author_membership_id IS NULL AND kind = 'idea'))
);
CREATE INDEX discussion_items_partnership ON discussion_items (partnership_id, created_at);

CREATE TABLE discussion_comments (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id BIGINT NOT NULL REFERENCES discussion_items (id),
  membership_id BIGINT NOT NULL REFERENCES memberships (id),
  body TEXT NOT NULL,
  hidden_at TIMESTAMPTZ,
  hidden_by BIGINT REFERENCES memberships (id),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX discussion_comments_item ON discussion_comments (item_id, id);
CREATE INDEX discussion_comments_member ON discussion_comments (membership_id);

CREATE TABLE discussion_supports (
  item_id BIGINT NOT NULL REFERENCES discussion_items (id),
  membership_id BIGINT NOT NULL REFERENCES memberships (id),
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (item_id, membership_id)
);

-- One report per member per item or comment; a report is settled when the content is hidden.
CREATE TABLE discussion_reports (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  item_id BIGINT NOT NULL REFERENCES discussion_items (id),
  comment_id BIGINT REFERENCES discussion_comments (id),
  target_key TEXT NOT NULL,
  membership_id BIGINT NOT NULL REFERENCES memberships (id),
  reason TEXT NOT NULL CHECK (reason IN ('disrespectful', 'personal_information', 'off_topic', 'spam', 'threatening')),
  created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (target_key, membership_id)
);
CREATE INDEX discussion_reports_partnership ON discussion_reports (partnership_id, item_id);
