-- The clearinghouse: resources (training, publications, tools, evidence-based strategies...) that
-- anyone may read when public, or one partnership when shared only with it; a managed list of
-- topics; and a full-text index (FTS5, Porter stemming) kept in step by triggers.
CREATE TABLE resource_topics (
  key TEXT PRIMARY KEY,
  label TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL
);

CREATE TABLE resources (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('training', 'technical_assistance', 'publication', 'toolkit', 'case_study',
    'lessons_learned', 'evidence_based_strategy', 'webinar', 'template', 'tool', 'dataset')),
  summary TEXT NOT NULL,                  -- Markdown, as written
  summary_text TEXT NOT NULL,             -- the same as plain text: indexed, and what snippets quote
  link TEXT,
  link_key TEXT,                          -- the link without scheme, www. or trailing slash: finds duplicates
  publisher TEXT NOT NULL DEFAULT '',
  authors TEXT NOT NULL DEFAULT '[]',     -- JSON array of names
  audience TEXT NOT NULL DEFAULT '[]',    -- JSON array of audience keys
  year INTEGER,
  evidence TEXT NOT NULL CHECK (evidence IN ('effective', 'promising', 'inconclusive', 'no_effect', 'not_rated')),
  partnership_id INTEGER REFERENCES partnerships (id),  -- NULL: public
  shared_by INTEGER REFERENCES users (id),              -- NULL: part of CommonGround's own library
  shared_from INTEGER REFERENCES partnerships (id),     -- the partnership it was shared on behalf of
  status TEXT NOT NULL CHECK (status IN ('submitted', 'published', 'rejected')),
  rejection_reason TEXT,
  moderated_by INTEGER REFERENCES users (id),
  moderated_at TEXT,
  catalog_text TEXT NOT NULL DEFAULT '',  -- publisher, authors and topic names: indexed with the words
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)
);
-- One live record per link in each place (the public library, or one partnership's own).
CREATE UNIQUE INDEX resources_link ON resources (COALESCE(partnership_id, 0), link_key)
  WHERE link_key IS NOT NULL AND status <> 'rejected';
CREATE INDEX resources_status ON resources (status, partnership_id);
-- Newest first (undated last) without sorting the library: see ResourceRepository::search.
CREATE INDEX resources_newest ON resources (status, (COALESCE(year, 0)), id);

CREATE TABLE resource_topic_links (
  resource_id INTEGER NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  topic_key TEXT NOT NULL REFERENCES resource_topics (key),
  PRIMARY KEY (resource_id, topic_key)
);
CREATE INDEX resource_topic_links_topic ON resource_topic_links (topic_key, resource_id);

-- External content: the words live once, in resources; the index holds only what search needs.
CREATE VIRTUAL TABLE resources_fts USING fts5 (
  title, catalog_text, summary_text,
  content = 'resources', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');
CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
  INSERT INTO resources_fts (rowid, title, catalog_text, summary_text)
  VALUES (new.id, new.title, new.catalog_text, new.summary_text);
END;
CREATE TRIGGER resources_fts_delete AFTER DELETE ON resources BEGIN
  INSERT INTO resources_fts (resources_fts, rowid, title, catalog_text, summary_text)
  VALUES ('delete', old.id, old.title, old.catalog_text, old.summary_text);
END;
CREATE TRIGGER resources_fts_update AFTER UPDATE OF title, catalog_text, summary_text ON resources BEGIN
  INSERT INTO resources_fts (resources_fts, rowid, title, catalog_text, summary_text)
  VALUES ('delete', old.id, old.title, old.catalog_text, old.summary_text);
  INSERT INTO resources_fts (rowid, title, catalog_text, summary_text)
  VALUES (new.id, new.title, new.catalog_text, new.summary_text);
END;

-- The references of "Creating and Maintaining Successful Partnerships" (the seed text): seven
-- publications and two online tools, so every new database starts with a library.
INSERT INTO resource_topics (key, label, position) VALUES
  ('community_engagement', 'Community engagement', 1),
  ('violence_reduction', 'Violence reduction', 2),
  ('gun_violence', 'Gun violence', 3),
  ('youth', 'Youth', 4),
  ('schools', 'Schools', 5),
  ('public_health', 'Public health', 6),
  ('mental_health', 'Mental health', 7),
  ('homelessness', 'Homelessness', 8),
  ('private_security', 'Private security partnerships', 9),
  ('business_partnerships', 'Business partnerships', 10),
  ('problem_solving', 'Problem solving', 11),
  ('crime_analysis', 'Crime analysis', 12),
  ('victim_services', 'Victim services', 13),
  ('reentry', 'Reentry', 14),
  ('partnership_building', 'Building partnerships', 15),
  ('measurement', 'Measurement and evaluation', 16),
  ('emergency_preparedness', 'Emergency preparedness', 17),
  ('substance_use', 'Substance use', 18),
  ('domestic_violence', 'Domestic violence', 19),
  ('data_sharing', 'Data and information sharing', 20);

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('Reaching Out to the Private Sector: Building Partnerships and Managing Your Workforce', 'publication',
  'How police agencies can work with businesses and private security: building lasting partnerships with the private sector, and what private-sector workforce practice offers for recruiting, developing and keeping staff.',
  'How police agencies can work with businesses and private security: building lasting partnerships with the private sector, and what private-sector workforce practice offers for recruiting, developing and keeping staff.',
  'https://ric-zai-inc.com/ric.php?page=detail&id=COPS-P193', 'ric-zai-inc.com/ric.php?page=detail&id=COPS-P193', 'Office of Community Oriented Policing Services', '[]', '["law_enforcement", "business", "private_security"]', 2010, 'not_rated', 'published',
  'Office of Community Oriented Policing Services Business partnerships Private security partnerships Building partnerships', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'ric-zai-inc.com/ric.php?page=detail&id=COPS-P193' AND t.key IN ('business_partnerships', 'private_security', 'partnership_building');

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('Problem-Solving Tips: A Guide to Reducing Crime and Disorder Through Problem-Solving Partnerships (2nd edition)', 'publication',
  'A practical guide to the SARA model (scanning, analysis, response and assessment) for officers and their partners: how to define a problem, find its causes in data, choose responses and tell whether they worked.',
  'A practical guide to the SARA model (scanning, analysis, response and assessment) for officers and their partners: how to define a problem, find its causes in data, choose responses and tell whether they worked.',
  'http://ric-zai-inc.com/ric.php?page=detail&id=COPS-P019', 'ric-zai-inc.com/ric.php?page=detail&id=COPS-P019', 'Office of Community Oriented Policing Services', '[]', '["law_enforcement", "nonprofits_advocacy"]', 2011, 'not_rated', 'published',
  'Office of Community Oriented Policing Services Problem solving Crime analysis Building partnerships', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'ric-zai-inc.com/ric.php?page=detail&id=COPS-P019' AND t.key IN ('problem_solving', 'crime_analysis', 'partnership_building');

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('The Collaboration Toolkit for Community Organizations: Effective Strategies to Partner with Law Enforcement', 'toolkit',
  'Written for community organisations rather than police: how to start and keep a working partnership with a law enforcement agency, from first contact and shared goals to planning together and measuring progress.',
  'Written for community organisations rather than police: how to start and keep a working partnership with a law enforcement agency, from first contact and shared goals to planning together and measuring progress.',
  'https://ric-zai-inc.com/ric.php?page=detail&id=COPS-P192', 'ric-zai-inc.com/ric.php?page=detail&id=COPS-P192', 'Office of Community Oriented Policing Services', '["McCampbell, Michael S."]', '["nonprofits_advocacy", "residents_neighborhood", "law_enforcement"]', 2014, 'not_rated', 'published',
  'Office of Community Oriented Policing Services McCampbell, Michael S. Community engagement Building partnerships', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'ric-zai-inc.com/ric.php?page=detail&id=COPS-P192' AND t.key IN ('community_engagement', 'partnership_building');

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('National Policy Summit: Building Private Security/Public Policing Partnerships to Prevent and Respond to Terrorism and Public Disorder', 'publication',
  'Findings and recommendations of a national summit of police and private security leaders: why partnerships between them matter (private security protects much of the nation''s critical infrastructure) and how to build them to prevent and respond to terrorism and public disorder.',
  'Findings and recommendations of a national summit of police and private security leaders: why partnerships between them matter (private security protects much of the nation''s critical infrastructure) and how to build them to prevent and respond to terrorism and public disorder.',
  'https://cops.usdoj.gov/RIC/Publications/cops-w0704-pub.pdf', 'cops.usdoj.gov/RIC/Publications/cops-w0704-pub.pdf', 'Office of Community Oriented Policing Services', '["Ohlhausen Research, Inc."]', '["law_enforcement", "private_security", "government"]', 2004, 'not_rated', 'published',
  'Office of Community Oriented Policing Services Ohlhausen Research, Inc. Private security partnerships Emergency preparedness Building partnerships', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'cops.usdoj.gov/RIC/Publications/cops-w0704-pub.pdf' AND t.key IN ('private_security', 'emergency_preparedness', 'partnership_building');

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('Community Building Measures: How Police and Neighborhood Groups Can Measure Their Collaboration', 'publication',
  'A research report with survey instruments that police and neighbourhood groups can use to measure how well they collaborate and whether their community-building work is taking hold.',
  'A research report with survey instruments that police and neighbourhood groups can use to measure how well they collaborate and whether their community-building work is taking hold.',
  'http://www.ncjrs.gov/pdffiles1/nij/grants/213134.pdf', 'ncjrs.gov/pdffiles1/nij/grants/213134.pdf', 'U.S. Department of Justice', '["Renauer, Brian C.", "Duffee, David E.", "Scott, Jason D.", "Chermak, Steven", "McGarrell, Edmund F."]', '["law_enforcement", "nonprofits_advocacy"]', 2006, 'not_rated', 'published',
  'U.S. Department of Justice Renauer, Brian C. Duffee, David E. Scott, Jason D. Chermak, Steven McGarrell, Edmund F. Measurement and evaluation Community engagement Building partnerships', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'ncjrs.gov/pdffiles1/nij/grants/213134.pdf' AND t.key IN ('measurement', 'community_engagement', 'partnership_building');

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('Salt Lake City Police Department Homeless Outreach Service Team (HOST) Program Overview', 'case_study',
  'How the Salt Lake City Police Department and its partners run the Homeless Outreach Service Team: officers and service providers working together to connect people experiencing homelessness with help instead of arrest.',
  'How the Salt Lake City Police Department and its partners run the Homeless Outreach Service Team: officers and service providers working together to connect people experiencing homelessness with help instead of arrest.',
  'https://ric-zai-inc.com/ric.php?page=detail&id=COPS-W0816', 'ric-zai-inc.com/ric.php?page=detail&id=COPS-W0816', 'Office of Community Oriented Policing Services', '["Salt Lake City Police Department"]', '["law_enforcement", "health_social_services", "government"]', 2016, 'not_rated', 'published',
  'Office of Community Oriented Policing Services Salt Lake City Police Department Homelessness Mental health Community engagement', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'ric-zai-inc.com/ric.php?page=detail&id=COPS-W0816' AND t.key IN ('homelessness', 'mental_health', 'community_engagement');

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('Law Enforcement and Public Health: Sharing Resources and Strategies to Make Communities Safer', 'publication',
  'How police and public health agencies can share data, resources and strategies, with examples of joint work on violence, substance use and other problems both fields face.',
  'How police and public health agencies can share data, resources and strategies, with examples of joint work on violence, substance use and other problems both fields face.',
  'https://ric-zai-inc.com/ric.php?page=detail&id=COPS-P226', 'ric-zai-inc.com/ric.php?page=detail&id=COPS-P226', 'Office of Community Oriented Policing Services', '["Wolf, Robert V."]', '["law_enforcement", "health_social_services"]', 2012, 'not_rated', 'published',
  'Office of Community Oriented Policing Services Wolf, Robert V. Public health Violence reduction Building partnerships', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'ric-zai-inc.com/ric.php?page=detail&id=COPS-P226' AND t.key IN ('public_health', 'violence_reduction', 'partnership_building');

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('Public Safety Clearinghouse', 'tool',
  'An online tool of the National Public Safety Partnership for finding and sharing violence reduction resources. It gathers the lessons learned and resources of the Department of Justice''s components: training, technical assistance, publications, lessons learned and evidence-based strategies.',
  'An online tool of the National Public Safety Partnership for finding and sharing violence reduction resources. It gathers the lessons learned and resources of the Department of Justice''s components: training, technical assistance, publications, lessons learned and evidence-based strategies.',
  'https://www.nationalpublicsafetypartnership.org/clearinghouse', 'nationalpublicsafetypartnership.org/clearinghouse', 'National Public Safety Partnership, U.S. Department of Justice', '[]', '["law_enforcement", "nonprofits_advocacy", "government"]', NULL, 'not_rated', 'published',
  'National Public Safety Partnership, U.S. Department of Justice Violence reduction Gun violence Problem solving', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'nationalpublicsafetypartnership.org/clearinghouse' AND t.key IN ('violence_reduction', 'gun_violence', 'problem_solving');

INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, authors, audience, year, evidence, status, catalog_text, created_at, updated_at)
VALUES ('Violence Reduction Assessment Tool (VRAT)', 'tool',
  'A planning, resource and support instrument that helps a community assess its capacity to carry out data-driven, evidence-based violence reduction (governance and project management, partnerships, and reliable, current data and analysis) and identify concrete action steps to increase that capacity.',
  'A planning, resource and support instrument that helps a community assess its capacity to carry out data-driven, evidence-based violence reduction (governance and project management, partnerships, and reliable, current data and analysis) and identify concrete action steps to increase that capacity.',
  'http://www.psnmsu.com/vrat/', 'psnmsu.com/vrat', 'Project Safe Neighborhoods, Michigan State University', '[]', '["law_enforcement", "government", "nonprofits_advocacy"]', NULL, 'not_rated', 'published',
  'Project Safe Neighborhoods, Michigan State University Violence reduction Crime analysis Measurement and evaluation', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO resource_topic_links (resource_id, topic_key)
  SELECT r.id, t.key FROM resources r, resource_topics t
  WHERE r.link_key = 'psnmsu.com/vrat' AND t.key IN ('violence_reduction', 'crime_analysis', 'measurement');
