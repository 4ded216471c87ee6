-- A sketch serves only to find a reworded copy within the sketch window (two weeks): older
-- articles drop theirs and their bands, oldest first, as new ones come. sketched_from is the
-- first article id that may still have one.
CREATE TABLE sketch_state (sketched_from INTEGER NOT NULL);
INSERT INTO sketch_state (sketched_from) VALUES (0);
