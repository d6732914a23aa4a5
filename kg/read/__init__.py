"""Read: turn an input (text, HTML, JSON Lines, stdin, directories) into `Article`s."""
