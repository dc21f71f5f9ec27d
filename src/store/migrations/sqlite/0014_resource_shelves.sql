-- A partnership's shelf: the clearinghouse resources it keeps at hand, with how useful it found
-- each (1-5) and what it learned using it, which it may share with every reader of the resource;
-- and the resources attached to its plan's activities (attaching one also shelves it).
CREATE TABLE resource_shelf_items (
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  resource_id INTEGER NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  saved_by INTEGER REFERENCES users (id),
  saved_at TEXT NOT NULL,
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  lessons TEXT,
  lessons_public INTEGER NOT NULL DEFAULT 0 CHECK (lessons_public IN (0, 1)),
  reviewed_by INTEGER REFERENCES users (id),
  reviewed_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (partnership_id, resource_id)
);
CREATE INDEX resource_shelf_items_resource ON resource_shelf_items (resource_id);

CREATE TABLE plan_activity_library_links (
  activity_id INTEGER NOT NULL REFERENCES plan_activities (id),
  resource_id INTEGER NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  attached_by INTEGER REFERENCES users (id),
  attached_at TEXT NOT NULL,
  PRIMARY KEY (activity_id, resource_id)
);
CREATE INDEX plan_activity_library_links_resource ON plan_activity_library_links (resource_id);
