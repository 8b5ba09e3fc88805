-- How an account's margin is computed: STANDARD (sum of each position's own margin) or PORTFOLIO (scenario risk).
alter table account add column margin_method varchar(16) default 'STANDARD' not null;
