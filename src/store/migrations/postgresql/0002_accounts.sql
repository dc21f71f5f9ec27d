-- People who sign in, their sessions, second factors, API tokens, one-time email tokens, the
-- sign-in attempts that drive lockout and rate limiting, site settings, and the audit trail.
-- Flags are 0/1 integers on both engines so rows read the same way everywhere.
CREATE TABLE users (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email TEXT NOT NULL,
  email_key TEXT COLLATE "C" NOT NULL,      -- ASCII-lower-cased email: unique, case-insensitive
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,              -- argon2id, libsodium's encoded string
  site_role TEXT NOT NULL CHECK (site_role IN ('admin', 'user')),
  status TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
  mfa_secret TEXT,                          -- base32 TOTP secret, set at enrolment
  mfa_enabled SMALLINT NOT NULL DEFAULT 0,
  mfa_last_step BIGINT,                    -- last TOTP step accepted: each code works once
  locked_at TIMESTAMPTZ,
  last_sign_in_at TIMESTAMPTZ,
  notice_acknowledged_at TIMESTAMPTZ,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (email_key);

-- The session id itself never is stored: only its SHA-256, so a copy of the database cannot be
-- used to take over sessions.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('second_factor', 'notice', 'enrol_second_factor', 'active')),
  source_address TEXT NOT NULL,
  user_agent TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE recovery_codes (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  used_at TIMESTAMPTZ
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE api_tokens (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('read', 'read_write')),
  created_at TIMESTAMPTZ NOT NULL,
  last_used_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE email_tokens (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('password_reset', 'invitation')),
  token_hash TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  used_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX email_tokens_hash ON email_tokens (token_hash);

CREATE TABLE sign_in_attempts (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email_key TEXT NOT NULL,
  source_address TEXT NOT NULL,
  outcome TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sign_in_attempts_email ON sign_in_attempts (email_key, at);
CREATE INDEX sign_in_attempts_address ON sign_in_attempts (source_address, at);

CREATE TABLE site_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Append-only: the triggers refuse to change or remove a record once written.
CREATE TABLE audit_events (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL,
  actor_user_id BIGINT,                    -- no foreign key: the trail outlives the account
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
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only';
END;
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
