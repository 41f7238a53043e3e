"""The demo content as files (Dutch Markdown and TOML, English in en.po) and `loader.py`,
which reads them; SCHEMA.md describes the files."""
