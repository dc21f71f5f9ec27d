-- Partner organisations. name_key is the ASCII-lower-cased name: unique (no two organisations
-- with the same name) and the sort and search key. COLLATE "C" makes it compare bytewise, as
-- SQLite does, so both engines list organisations in the same order.
CREATE TABLE organizations (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT COLLATE "C" NOT NULL,
  sector TEXT NOT NULL,
  kind TEXT NOT NULL,
  website TEXT,
  phone TEXT,
  email TEXT,
  notes TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX organizations_name_key ON organizations (name_key);
CREATE INDEX organizations_sector_name_key ON organizations (sector, name_key, id);
