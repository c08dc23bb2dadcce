"""The customer portfolio screen (一核): the team's customers, a customer's file, import, export, duplicates."""
