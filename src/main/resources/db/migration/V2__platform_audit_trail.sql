-- The audit trail is append-only: the database itself refuses to change or remove a row.
create table platform_audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    username     varchar(50),
    branch_code  varchar(16),
    action       varchar(64)  not null,
    entity_type  varchar(64),
    entity_id    varchar(64),
    before_state jsonb,
    after_state  jsonb,
    ip_address   varchar(64),
    request_id   varchar(64),
    outcome      varchar(16)  not null,
    detail       varchar(500),
    constraint ck_platform_audit_event_outcome check (outcome in ('SUCCESS', 'FAILURE', 'DENIED'))
);
create index ix_platform_audit_event_time on platform_audit_event (occurred_at desc);
create index ix_platform_audit_event_user on platform_audit_event (username, occurred_at desc);
create index ix_platform_audit_event_entity on platform_audit_event (entity_type, entity_id);
create index ix_platform_audit_event_action on platform_audit_event (action, occurred_at desc);

create function platform_audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'platform_audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger tr_platform_audit_event_no_update_delete
    before update or delete on platform_audit_event
    for each row execute function platform_audit_event_is_append_only();

create trigger tr_platform_audit_event_no_truncate
    before truncate on platform_audit_event
    for each statement execute function platform_audit_event_is_append_only();
