-- Background risk-graph runs, kept in the shared database so that any node answers for a job any node started.
-- updated_at is the running node's heartbeat: a RUNNING job not heard of for a minute died with its node.
create table analysis_job (
    id           varchar(36)   not null primary key,
    kind         varchar(32)   not null,
    state        varchar(16)   not null,
    progress     double precision not null,
    result_json  text,
    error        varchar(2000),
    node         varchar(255)  not null,
    started_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone,
    updated_at   timestamp(6) with time zone not null
);

create index analysis_job_finished_at on analysis_job (finished_at);
