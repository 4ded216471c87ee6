-- A schedule may post each briefing into a thread it starts from the briefing's heading.
ALTER TABLE schedules ADD COLUMN thread INTEGER NOT NULL DEFAULT 0;
