-- Meetings: series (the repeat rule), each meeting (series meetings are rows of their own so each
-- has its own agenda, answers and attendance, and can be moved or cancelled alone), RSVPs,
-- attendance with the organisation and sector represented, and agenda items.
CREATE TABLE meeting_series (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  repeat_kind TEXT NOT NULL CHECK (repeat_kind IN ('weekly', 'monthly_weekday')),
  repeat_interval INTEGER NOT NULL CHECK (repeat_interval BETWEEN 1 AND 12),
  last_weekday INTEGER NOT NULL DEFAULT 0,
  until_on TEXT,
  occurrence_count INTEGER,
  created_at TEXT NOT NULL
);

CREATE TABLE meetings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  series_id INTEGER REFERENCES meeting_series (id),
  occurrence_on TEXT,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('regular', 'working_group', 'town_hall', 'public')),
  description TEXT,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  place TEXT,
  online_link TEXT,
  visibility TEXT NOT NULL CHECK (visibility IN ('members', 'public')),
  capacity INTEGER,
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
  cancel_reason TEXT,
  guests INTEGER NOT NULL DEFAULT 0,
  attendance_taken_at TEXT,
  created_by INTEGER REFERENCES users (id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX meetings_partnership_start ON meetings (partnership_id, starts_at, id);
CREATE INDEX meetings_series ON meetings (series_id, starts_at);

CREATE TABLE meeting_rsvps (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
  answered_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, membership_id)
);

CREATE TABLE meeting_attendance (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
  organization_id INTEGER REFERENCES organizations (id),
  sector TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, membership_id)
);

-- Covering indexes for the meeting list's tallies: counts by answer, by status and sector.
CREATE INDEX meeting_rsvps_tally ON meeting_rsvps (meeting_id, answer);
CREATE INDEX meeting_attendance_tally ON meeting_attendance (meeting_id, status, sector);

CREATE TABLE meeting_agenda_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  title TEXT NOT NULL,
  notes TEXT,
  minutes INTEGER,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined')),
  position INTEGER NOT NULL,
  proposed_by INTEGER REFERENCES memberships (id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX meeting_agenda_items_meeting ON meeting_agenda_items (meeting_id, position);
