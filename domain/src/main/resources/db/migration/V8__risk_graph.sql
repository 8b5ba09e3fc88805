-- The risk graph's registered outside world (protocols, venues, other clearing houses and what they owe or hold),
-- and snapshots of the whole graph kept for comparison over time.

create sequence risk_node_seq start with 1 increment by 50;

create table risk_node (
    id               bigint          not null primary key,
    kind             varchar(32)     not null,
    name             varchar(128)    not null,
    equity           numeric(38, 18) not null,
    external_assets  numeric(38, 18) not null,
    description      varchar(500),
    registered_by    varchar(64)     not null,
    registered_at    timestamp(6) with time zone not null,
    constraint risk_node_once unique (kind, name)
);

create sequence risk_exposure_seq start with 1 increment by 50;

create table risk_exposure (
    id               bigint          not null primary key,
    source_kind      varchar(32)     not null,
    source_name      varchar(128)    not null,
    target_kind      varchar(32)     not null,
    target_name      varchar(128)    not null,
    kind             varchar(32)     not null,
    amount           numeric(38, 18) not null,
    coverage_limit   numeric(38, 18) not null,
    registered_by    varchar(64)     not null,
    registered_at    timestamp(6) with time zone not null
);

create sequence risk_snapshot_seq start with 1 increment by 50;

create table risk_snapshot (
    id               bigint          not null primary key,
    taken_at         timestamp(6) with time zone not null,
    taken_by         varchar(64)     not null,
    nodes            integer         not null,
    edges            integer         not null,
    graph_json       text            not null
);
