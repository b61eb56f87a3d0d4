-- Feed GUIDs identify an article across URL changes; a new version under a new URL replaces the old one.
ALTER TABLE articles ADD COLUMN guid VARCHAR;
