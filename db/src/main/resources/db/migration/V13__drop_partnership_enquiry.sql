-- The partnership enquiry was the foundation's placeholder family, never finished (no audit, no
-- oversight, no page) and superseded by the partnership process: it leaves the product. Nothing else
-- refers to its table. Portable SQL: runs on PostgreSQL and H2; the index goes with the table.

drop table if exists partnership_enquiry;
