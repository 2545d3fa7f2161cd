"""The corpus store: DuckDB tables, the ingest that fills them and the queries over them."""
