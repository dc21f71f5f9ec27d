-- Partnerships, their memberships and the history behind balance over time, the charter with its
-- versions and endorsements, and the roles-and-responsibilities matrix. Lists (focus problems,
-- sectors, perspectives, values) are JSON arrays in text on both engines. Dates are YYYY-MM-DD.
CREATE TABLE partnerships (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  short_name TEXT,
  area_served TEXT,
  area_geojson TEXT,
  focus_problems TEXT NOT NULL DEFAULT '[]',
  description TEXT,
  status TEXT NOT NULL CHECK (status IN ('forming', 'active', 'paused', 'closed')),
  visibility TEXT NOT NULL CHECK (visibility IN ('public', 'members')),
  review_cadence_days INTEGER NOT NULL,
  essential_sectors TEXT NOT NULL DEFAULT '[]',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX partnerships_name_key ON partnerships (name_key);

-- A seat at the table: a person (with or without an account) and/or the organisation they
-- represent. invited and active memberships are "open"; one open seat per person per partnership.
CREATE TABLE memberships (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  user_id INTEGER REFERENCES users (id),
  person_name TEXT,
  person_email TEXT,
  person_email_key TEXT,
  organization_id INTEGER REFERENCES organizations (id),
  display_key TEXT NOT NULL,              -- lower-cased display name: the list order
  sector TEXT NOT NULL,
  sector_overridden INTEGER NOT NULL DEFAULT 0,
  perspectives TEXT NOT NULL DEFAULT '[]',
  role TEXT NOT NULL REFERENCES partnership_roles (key),
  decision_authority INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'declined', 'ceased')),
  invitation_token_hash TEXT,
  invited_at TEXT,
  invitation_expires_at TEXT,
  invited_by INTEGER REFERENCES users (id),
  joined_on TEXT,
  ceased_on TEXT,
  ceased_reason TEXT,
  listed_publicly INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX memberships_list ON memberships (partnership_id, display_key, id);
CREATE INDEX memberships_user ON memberships (user_id);
CREATE UNIQUE INDEX memberships_token ON memberships (invitation_token_hash);
CREATE UNIQUE INDEX memberships_open_user ON memberships (partnership_id, user_id)
  WHERE status IN ('invited', 'active') AND user_id IS NOT NULL;
CREATE UNIQUE INDEX memberships_open_email ON memberships (partnership_id, person_email_key)
  WHERE status IN ('invited', 'active') AND person_email_key IS NOT NULL;
CREATE UNIQUE INDEX memberships_open_organization_seat ON memberships (partnership_id, organization_id)
  WHERE status IN ('invited', 'active') AND user_id IS NULL AND person_email_key IS NULL AND person_name IS NULL;

-- What each membership looked like from a date on: balance at a past date and its trend read this.
CREATE TABLE membership_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  effective_on TEXT NOT NULL,
  active INTEGER NOT NULL,
  sector TEXT NOT NULL,
  role TEXT NOT NULL,
  decision_authority INTEGER NOT NULL,
  perspectives TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX membership_history_partnership ON membership_history (partnership_id, effective_on);

CREATE TABLE charter_versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  number INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'adopted', 'superseded')),
  mission TEXT NOT NULL,
  vision TEXT NOT NULL,
  value_list TEXT NOT NULL DEFAULT '[]',
  created_by INTEGER REFERENCES users (id),
  proposed_at TEXT,
  adopted_at TEXT,
  adopted_by INTEGER REFERENCES users (id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX charter_versions_number ON charter_versions (partnership_id, number);
CREATE UNIQUE INDEX charter_versions_one_open ON charter_versions (partnership_id)
  WHERE status IN ('draft', 'proposed');
CREATE UNIQUE INDEX charter_versions_one_adopted ON charter_versions (partnership_id)
  WHERE status = 'adopted';

-- A member's recorded commitment to an adopted charter version.
CREATE TABLE charter_endorsements (
  charter_version_id INTEGER NOT NULL REFERENCES charter_versions (id),
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  endorsed_by INTEGER REFERENCES users (id),
  note TEXT,
  endorsed_at TEXT NOT NULL,
  PRIMARY KEY (charter_version_id, membership_id)
);

CREATE TABLE responsibilities (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  title TEXT NOT NULL,
  description TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX responsibilities_partnership ON responsibilities (partnership_id, id);

CREATE TABLE responsibility_assignments (
  responsibility_id INTEGER NOT NULL REFERENCES responsibilities (id) ON DELETE CASCADE,
  membership_id INTEGER NOT NULL REFERENCES memberships (id),
  note TEXT,
  PRIMARY KEY (responsibility_id, membership_id)
);
