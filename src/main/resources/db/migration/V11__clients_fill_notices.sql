-- Fill notices (成交回报) go through the clients' message outbox, sent by the system.
alter table clients_message drop constraint ck_clients_message_kind;
alter table clients_message add constraint ck_clients_message_kind check (kind in ('NOTICE', 'RESEARCH', 'FILL'));
