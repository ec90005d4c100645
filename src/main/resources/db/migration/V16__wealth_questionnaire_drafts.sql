-- Compliance drafts the next questionnaire version from an existing one, edits it, and asks a second compliance
-- officer to activate it (maker-checker). One draft at a time; the activation request is kept on the draft.
create unique index ux_wealth_questionnaire_draft on wealth_questionnaire ((true)) where status = 'DRAFT';
alter table wealth_questionnaire add column activation_requested_by varchar(50);
alter table wealth_questionnaire add column activation_approval_id bigint;
