-- Meetings: series (the repeat rule), each meeting (series meetings are rows of their own so each
-- has its own agenda, answers and attendance, and can be moved or cancelled alone), RSVPs,
-- attendance with the organisation and sector represented, and agenda items.
CREATE TABLE meeting_series (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  repeat_kind TEXT NOT NULL CHECK (repeat_kind IN ('weekly', 'monthly_weekday')),
  repeat_interval BIGINT NOT NULL CHECK (repeat_interval BETWEEN 1 AND 12),
  last_weekday BIGINT NOT NULL DEFAULT 0,
  until_on DATE,
  occurrence_count BIGINT,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE meetings (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  series_id BIGINT REFERENCES meeting_series (id),
  occurrence_on DATE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('regular', 'working_group', 'town_hall', 'public')),
  description TEXT,
  starts_at TIMESTAMPTZ NOT NULL,
  ends_at TIMESTAMPTZ NOT NULL,
  time_zone TEXT NOT NULL,
  place TEXT,
  online_link TEXT,
  visibility TEXT NOT NULL CHECK (visibility IN ('members', 'public')),
  capacity BIGINT,
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
  cancel_reason TEXT,
  guests BIGINT NOT NULL DEFAULT 0,
  attendance_taken_at TIMESTAMPTZ,
  created_by BIGINT REFERENCES users (id),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX meetings_partnership_start ON meetings (partnership_id, starts_at, id);
CREATE INDEX meetings_series ON meetings (series_id, starts_at);

CREATE TABLE meeting_rsvps (
  meeting_id BIGINT NOT NULL REFERENCES meetings (id),
  membership_id BIGINT NOT NULL REFERENCES memberships (id),
  answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
  answered_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (meeting_id, membership_id)
);

CREATE TABLE meeting_attendance (
  meeting_id BIGINT NOT NULL REFERENCES meetings (id),
  membership_id BIGINT NOT NULL REFERENCES memberships (id),
  status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
  organization_id BIGINT REFERENCES organizations (id),
  sector TEXT,
  recorded_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (meeting_id, membership_id)
);

-- Covering indexes for the meeting list's tallies: counts by answer, by status and sector.
CREATE INDEX meeting_rsvps_tally ON meeting_rsvps (meeting_id, answer);
CREATE INDEX meeting_attendance_tally ON meeting_attendance (meeting_id, status, sector);

CREATE TABLE meeting_agenda_items (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES meetings (id),
  title TEXT NOT NULL,
  notes TEXT,
  minutes BIGINT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined')),
  position BIGINT NOT NULL,
  proposed_by BIGINT REFERENCES memberships (id),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX meeting_agenda_items_meeting ON meeting_agenda_items (meeting_id, position);
