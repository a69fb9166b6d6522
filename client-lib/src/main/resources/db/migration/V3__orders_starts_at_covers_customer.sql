-- Pages of orders in starts_at order filtered by customer (a name matching many customers) walk this
-- index testing customer_id; carrying it in the index lets that walk skip the table and fetch only
-- the page's rows (see docs/decisions/data-joined-text-filters.md).
drop index orders_starts_at;
create index orders_starts_at on orders (starts_at, id) include (customer_id);
