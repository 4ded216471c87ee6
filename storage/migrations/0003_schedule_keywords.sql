-- A schedule may brief only articles about some words (title or summary).
ALTER TABLE schedules ADD COLUMN keywords TEXT NOT NULL DEFAULT '';
