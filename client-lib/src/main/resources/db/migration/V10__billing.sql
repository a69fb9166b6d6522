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

-- number = year × 1,000,000 + sequence within the year (shown as 2026-000042).
alter table bill add constraint bill_number_shape check (
    number is null or (number / 1000000 between 2000 and 9999 and number % 1000000 > 0));

-- At most one regular bill (draft or final) per customer and month; credit notes come on top.
create unique index bill_one_per_customer_month on bill (customer_id, period_starts_at)
    where credit_note_of is null;

-- Bill records: the row-level guard and notification of V1 run once per record, a million times at
-- month end. Inserts and deletes are checked and announced once per statement instead (updates keep
-- the row-level guard).
drop trigger bill_record_guard on bill_record;
drop trigger bill_record_notify on bill_record;

create trigger bill_record_guard_update before update on bill_record
    for each row execute function bill_record_guard();

create function bill_record_guard_inserted() returns trigger language plpgsql as $$
declare
    final_bill bigint;
begin
    -- FOR SHARE on every bill written to: a concurrent finalisation waits until these records commit
    perform 1 from bill b where b.id in (select distinct bill_id from new_records) for share of b;
    select b.id into final_bill from bill b
        where b.id in (select distinct bill_id from new_records) and b.status = 'final' limit 1;
    if final_bill is not null then
        raise exception using errcode = 'UC013', table = 'bill_record',
            message = format('bill %s is final: its records cannot be changed', final_bill);
    end if;
    perform pg_notify('uncloud_changes', json_build_object('table', 'bill_record', 'id', null, 'op', 'insert')::text);
    return null;
end
$$;
create trigger bill_record_guard_insert after insert on bill_record
    referencing new table as new_records
    for each statement execute function bill_record_guard_inserted();

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

create trigger bill_record_notify_update after update on bill_record
    for each row execute function uncloud_notify_change();
