-- The full-text indexes merge their segments a little after each write (FTS4's automerge), not
-- sixteen of one level at once inside the write that adds the sixteenth. The bot stores each
-- article in a transaction of its own, and each is a segment: the fourth-level merge, which
-- rewrites most of the index, came inside the store of the ~65,000th article so stored, which
-- a /paste reply or a feed poll waited for. `briefbot bench -n 70000 --feeds 1` on real
-- sentences: longest store 4.30 s before, 0.22 s after, at 355 and 379 articles/s. A rebuild
-- forgets the setting: storage/copy.go sets it again after its own (see ftsAutomerge).
INSERT INTO articles_fts (articles_fts) VALUES ('automerge=8');
INSERT INTO article_titles (article_titles) VALUES ('automerge=8');
