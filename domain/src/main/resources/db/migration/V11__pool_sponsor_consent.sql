-- A pool pledges its sponsor's assets, so an administrator only proposes it: the proposal waits here, moving
-- nothing, until the owner of the sponsor account approves it; the approval creates the pool in its transaction.
create sequence pool_proposal_seq start with 1 increment by 50;

create table pool_proposal (
    id                 bigint       not null primary key,
    name               varchar(100) not null,
    sponsor_account_id bigint       not null references account (id),
    request_json       text         not null,
    status             varchar(16)  not null check (status in ('PENDING', 'APPROVED')),
    proposed_by        varchar(100) not null,
    proposed_at        timestamp(6) with time zone not null,
    pool_id            bigint       references credit_pool (id) unique,
    approved_by        varchar(100),
    approved_at        timestamp(6) with time zone,
    version            bigint       not null,
    check ((status = 'PENDING') = (pool_id is null))
);
create index pool_proposal_sponsor_idx on pool_proposal (sponsor_account_id, status);
