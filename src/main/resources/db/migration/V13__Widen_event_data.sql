-- An event carries what changed: an annotation event holds the annotation's text (5,000 characters)
-- and shape (a freehand stroke of 2,000 points at full precision is about 80,000 characters), which
-- overflowed V1's 20,000 and rolled the annotation back with a 500. SET DATA TYPE is understood by
-- both H2 and PostgreSQL.
ALTER TABLE event ALTER COLUMN data SET DATA TYPE VARCHAR(1000000);
