"""Writing tables to CSV/XLSX files (pure file I/O: no Qt, no database)."""
