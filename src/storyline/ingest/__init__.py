"""Reading news as it arrives (txt, HTML, JSONL, WARC, folders, stdin) and cleaning it."""
