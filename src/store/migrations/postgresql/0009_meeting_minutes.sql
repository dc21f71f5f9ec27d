-- What a meeting leaves behind: its minutes (one text per meeting, draft → circulated →
-- approved), members' comments while they circulate, decisions, and action items, which are plan
-- activities that remember the meeting they were raised at.
CREATE TABLE meeting_minutes (
  meeting_id BIGINT PRIMARY KEY REFERENCES meetings (id),
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'circulated', 'approved')),
  version BIGINT NOT NULL DEFAULT 1,
  edited_by BIGINT REFERENCES users (id),
  updated_at TIMESTAMPTZ NOT NULL,
  approved_by BIGINT REFERENCES users (id),
  approved_at TIMESTAMPTZ
);

CREATE TABLE meeting_minutes_comments (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES meetings (id),
  membership_id BIGINT NOT NULL REFERENCES memberships (id),
  body TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX meeting_minutes_comments_meeting ON meeting_minutes_comments (meeting_id, id);

CREATE TABLE meeting_decisions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES meetings (id),
  body TEXT NOT NULL,
  recorded_by BIGINT REFERENCES users (id),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX meeting_decisions_meeting ON meeting_decisions (meeting_id, id);

ALTER TABLE plan_activities ADD COLUMN meeting_id BIGINT REFERENCES meetings (id);
-- When an activity was marked done (cleared if it is reopened): "done on time" needs the day.
ALTER TABLE plan_activities ADD COLUMN done_at TIMESTAMPTZ;
CREATE INDEX plan_activities_meeting ON plan_activities (meeting_id);
