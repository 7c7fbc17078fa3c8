DROP SEQUENCE journal_seq;
