-- The roles a person can hold in a partnership, strongest first. Memberships (next migration
-- with partnerships) refer to these keys; the access policy reads the same list from domain code,
-- and a unit test keeps the two in step.
CREATE TABLE partnership_roles (
  key TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  rank INTEGER NOT NULL UNIQUE
);
INSERT INTO partnership_roles (key, label, rank) VALUES
  ('lead', 'Lead', 1),
  ('coordinator', 'Coordinator', 2),
  ('member', 'Member', 3),
  ('observer', 'Observer', 4);
