-- What a registered outside node owes outside the risk graph (Eisenberg–Noe's b_i, paid pari passu with its debts
-- to other nodes); nodes registered before owe nothing outside, as the graph has always assumed.
alter table risk_node add column external_liabilities numeric(38, 18) default 0 not null;
