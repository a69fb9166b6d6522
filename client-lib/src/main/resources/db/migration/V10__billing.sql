-- Billing, version 10: VAT rates valid by date, gapless bill numbers per year, one regular bill per
-- customer and month, and bill-record guards that work per statement so month-end bulk writes stay fast.

create extension if not exists btree_gist;

-- VAT rates as fractions (0.081 = 8.1 %), valid from one day to another (both inclusive; open = until
-- further notice). A country without a rate on a date is billed without VAT (export of services).
create table vat_rate (
    id bigint generated always as identity primary key,
    country char(2) not null,
    rate numeric(6, 5) not null constraint vat_rate_range check (rate >= 0 and rate < 1),
    valid_from date not null,
    valid_until date,
    constraint vat_rate_valid_order check (valid_until is null or valid_until >= valid_from),
    constraint vat_rate_no_overlap exclude using gist (
        country with =, daterange(valid_from, valid_until, '[]') with &&)
);

-- Swiss VAT (standard rate); Liechtenstein shares the Swiss VAT area.
insert into vat_rate (country, rate, valid_from, valid_until) values
    ('CH', 0.07600, '2001-01-01', '2010-12-31'),
    ('CH', 0.08000, '2011-01-01', '2017-12-31'),
    ('CH', 0.07700, '2018-01-01', '2023-12-31'),
    ('CH', 0.08100, '2024-01-01', null),
    ('LI', 0.07600, '2001-01-01', '2010-12-31'),
    ('LI', 0.08000, '2011-01-01', '2017-12-31'),
    ('LI', 0.07700, '2018-01-01', '2023-12-31'),
    ('LI', 0.08100, '2024-01-01', null);

create trigger vat_rate_audit after insert or update or delete on vat_rate
    for each row execute function uncloud_audit();

-- Gapless numbering: finalising takes the year's row lock, so numbers are handed out one after the
-- other and a rolled-back finalisation gives its number back.
create table bill_number_counter (
    year integer primary key constraint bill_number_counter_year_range check (year between 2000 and 9999),
    last_number bigint not null constraint bill_number_counter_positive check (last_number > 0)
);

-- The library numbers bills year × 1,000,000 + sequence within the year (shown as 2026-000042).

-- At most one regular bill (draft or final) per customer and month; credit notes come on top.
create unique index bill_one_per_customer_month on bill (customer_id, period_starts_at)
    where credit_note_of is null;

-- Bill records: the row-level guard and notification of V1 run once per record, a million times at
-- month end. Inserts and deletes are checked and announced once per statement instead (updates keep
-- the row-level guard as well).
drop trigger bill_record_guard on bill_record;
drop trigger bill_record_notify on bill_record;

create trigger bill_record_guard_update before update on bill_record
    for each row execute function bill_record_guard();

create function bill_record_guard_deleted() returns trigger language plpgsql as $$
declare
    final_bill bigint;
begin
    select b.id into final_bill from bill b
        where b.id in (select distinct bill_id from old_records) and b.status = 'final' limit 1;
    if final_bill is not null then
        raise exception using errcode = 'UC013', table = 'bill_record',
            message = format('bill %s is final: its records cannot be changed', final_bill);
    end if;
    perform pg_notify('uncloud_changes', json_build_object('table', 'bill_record', 'id', null, 'op', 'delete')::text);
    return null;
end
$$;
create trigger bill_record_guard_delete after delete on bill_record
    referencing old table as old_records
    for each statement execute function bill_record_guard_deleted();

-- Bills: generation writes and replaces drafts by the thousand. Their inserts and deletes are audited
-- and announced once per statement (with the ids), not once per row; updates (finalising) and every
-- change to a final bill stay audited row by row.
drop trigger bill_audit on bill;
drop trigger bill_notify on bill;

create trigger bill_audit_update after update on bill
    for each row execute function uncloud_audit();
create trigger bill_notify_update after update on bill
    for each row execute function uncloud_notify_change();

create function bill_audit_inserted() returns trigger language plpgsql as $$
declare
    actor text := coalesce(nullif(current_setting('uncloud.actor', true), ''), 'db:' || session_user);
    ids jsonb;
begin
    select jsonb_agg(id order by id) into ids from new_bills;
    if ids is not null then
        insert into audit_event (actor_uid, table_name, row_id, action, before, after)
        values (actor, 'bill', case when jsonb_array_length(ids) = 1 then (ids ->> 0)::bigint end, 'insert',
                null, jsonb_build_object('ids', ids));
        perform pg_notify('uncloud_changes', json_build_object('table', 'bill', 'id', null, 'op', 'insert')::text);
    end if;
    return null;
end
$$;
create trigger bill_audit_insert after insert on bill
    referencing new table as new_bills
    for each statement execute function bill_audit_inserted();

create function bill_audit_deleted() returns trigger language plpgsql as $$
declare
    actor text := coalesce(nullif(current_setting('uncloud.actor', true), ''), 'db:' || session_user);
    ids jsonb;
begin
    select jsonb_agg(id order by id) into ids from old_bills;
    if ids is not null then
        insert into audit_event (actor_uid, table_name, row_id, action, before, after)
        values (actor, 'bill', case when jsonb_array_length(ids) = 1 then (ids ->> 0)::bigint end, 'delete',
                jsonb_build_object('ids', ids), null);
        perform pg_notify('uncloud_changes', json_build_object('table', 'bill', 'id', null, 'op', 'delete')::text);
    end if;
    return null;
end
$$;
create trigger bill_audit_delete after delete on bill
    referencing old table as old_bills
    for each statement execute function bill_audit_deleted();

-- The foreign keys of a record check and key-share-lock its bill and its order once per record: two
-- million row locks, dirtying every order page at month end. Records are checked once per statement
-- instead: the statement locks the bills it writes to (FOR SHARE, so they cannot be deleted or finalised
-- meanwhile), and refuses missing bills, final bills and missing orders. Deleting a draft bill deletes
-- its records; an order that a bill refers to cannot be deleted (orders are ended, never deleted).
alter table bill_record drop constraint bill_record_order_id_fkey;
alter table bill_record drop constraint bill_record_bill_id_fkey;

create function bill_record_check_references() returns trigger language plpgsql as $$
declare
    bad bigint;
begin
    -- Lookups go through the primary keys row by row (LATERAL … LIMIT 1): the planner cannot know how
    -- many rows a transition table holds and would otherwise scan all orders for every chunk.
    select r.bill_id into bad
        from (select distinct bill_id from new_records) r
        left join lateral (select b.status from bill b where b.id = r.bill_id for share of b limit 1) b on true
        where b.status is distinct from 'draft'
        limit 1;
    if bad is not null then
        if exists (select 1 from bill where id = bad) then
            raise exception using errcode = 'UC013', table = 'bill_record',
                message = format('bill %s is final: its records cannot be changed', bad);
        end if;
        raise exception using errcode = 'UC015', table = 'bill_record', column = 'bill_id',
            message = format('bill %s does not exist: a bill record must belong to a bill', bad);
    end if;
    select r.order_id into bad
        from new_records r
        left join lateral (select o.id from orders o where o.id = r.order_id limit 1) o on true
        where o.id is null
        limit 1;
    if bad is not null then
        raise exception using errcode = 'UC014', table = 'bill_record', column = 'order_id',
            message = format('order %s does not exist: a bill record must refer to an order', bad);
    end if;
    perform pg_notify('uncloud_changes',
        json_build_object('table', 'bill_record', 'id', null, 'op', lower(tg_op))::text);
    return null;
end
$$;
create trigger bill_record_references_insert after insert on bill_record
    referencing new table as new_records
    for each statement execute function bill_record_check_references();
create trigger bill_record_references_update after update on bill_record
    referencing new table as new_records
    for each statement execute function bill_record_check_references();

create function bill_delete_records() returns trigger language plpgsql as $$
begin
    delete from bill_record where bill_id in (select id from old_bills);
    return null;
end
$$;
create trigger bill_delete_records after delete on bill
    referencing old table as old_bills
    for each statement execute function bill_delete_records();

create function orders_refuse_billed_delete() returns trigger language plpgsql as $$
begin
    if exists (select 1 from bill_record where order_id = old.id) then
        raise exception using errcode = 'UC005', table = 'orders',
            message = format('order %s is on a bill and cannot be deleted: end it instead', old.id);
    end if;
    return old;
end
$$;
create trigger orders_keep_billed before delete on orders
    for each row execute function orders_refuse_billed_delete();
