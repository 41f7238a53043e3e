"""Demo texts. See SCHEMA.md for the shape of each list."""
