"""Reading customer/warehouse files into checked import plans (pure file I/O: no Qt, no database)."""
