"""`python -m streams` is the `newswire` command."""

from streams.cli.main import main

if __name__ == "__main__":
    main()
