-- A schedule may mention one role with each briefing (its ID; '' mentions no one).
ALTER TABLE schedules ADD COLUMN role_id TEXT NOT NULL DEFAULT '';
