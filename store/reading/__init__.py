"""Reading: files to RawDoc (read), RawDoc to Article (parse), with page furniture, dates and languages."""
