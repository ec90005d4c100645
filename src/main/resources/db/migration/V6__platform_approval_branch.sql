-- A request that concerns one branch (a client's account opening) may be decided only by a checker of that
-- branch or of head office; requests about the firm as a whole keep branch_id null.
alter table platform_approval_request add column branch_id bigint;
-- Where the checker reviews what they are asked to approve (a pending client's page, say).
alter table platform_approval_request add column link varchar(200);
alter table platform_approval_request
    add constraint fk_platform_approval_request_branch foreign key (branch_id) references platform_branch (id);
create index ix_platform_approval_request_branch on platform_approval_request (branch_id, status);
