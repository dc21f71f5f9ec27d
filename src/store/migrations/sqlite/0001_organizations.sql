-- Partner organisations. name_key is the ASCII-lower-cased name: unique (no two organisations
-- with the same name) and the sort and search key, compared bytewise on both engines.
CREATE TABLE organizations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: a deleted id is never handed out again
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  sector TEXT NOT NULL,
  kind TEXT NOT NULL,
  website TEXT,
  phone TEXT,
  email TEXT,
  notes TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX organizations_name_key ON organizations (name_key);
CREATE INDEX organizations_sector_name_key ON organizations (sector, name_key, id);
