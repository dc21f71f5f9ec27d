-- People who sign in, their sessions, second factors, API tokens, one-time email tokens, the
-- sign-in attempts that drive lockout and rate limiting, site settings, and the audit trail.
-- Flags are INTEGER 0/1 on both engines so rows read the same way everywhere.
CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL,                  -- ASCII-lower-cased email: unique, case-insensitive
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,              -- argon2id, libsodium's encoded string
  site_role TEXT NOT NULL CHECK (site_role IN ('admin', 'user')),
  status TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
  mfa_secret TEXT,                          -- base32 TOTP secret, set at enrolment
  mfa_enabled INTEGER NOT NULL DEFAULT 0,
  mfa_last_step INTEGER,                    -- last TOTP step accepted: each code works once
  locked_at TEXT,
  last_sign_in_at TEXT,
  notice_acknowledged_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (email_key);

-- The session id itself never is stored: only its SHA-256, so a copy of the database cannot be
-- used to take over sessions.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('second_factor', 'notice', 'enrol_second_factor', 'active')),
  source_address TEXT NOT NULL,
  user_agent TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE recovery_codes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('read', 'read_write')),
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE email_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('password_reset', 'invitation')),
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE UNIQUE INDEX email_tokens_hash ON email_tokens (token_hash);

CREATE TABLE sign_in_attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email_key TEXT NOT NULL,
  source_address TEXT NOT NULL,
  outcome TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX sign_in_attempts_email ON sign_in_attempts (email_key, at);
CREATE INDEX sign_in_attempts_address ON sign_in_attempts (source_address, at);

CREATE TABLE site_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Append-only: the triggers refuse to change or remove a record once written.
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_user_id INTEGER,                    -- no foreign key: the trail outlives the account
  actor_email TEXT,
  action TEXT NOT NULL,
  target_type TEXT,
  target_id TEXT,
  source_address TEXT,
  outcome TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  request_id TEXT
);
CREATE INDEX audit_events_at ON audit_events (at, id);
CREATE INDEX audit_events_actor ON audit_events (actor_user_id, at);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
