-- A lookup by name tests each candidate speaker for a name word, in a unit the guild sees,
-- starting with the first name asked for (see visibleCandidates): by speaker, that reads the
-- candidate's few words; by word alone, every speaker's words in the first name's range (563
-- rows for "jason" at 100,000 articles). SQLite keeps to the word range (its planner would build
-- a temporary index by speaker at each lookup instead).
CREATE INDEX speaker_words_speaker ON speaker_words(speaker_id, word);
