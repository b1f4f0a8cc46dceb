"""`python -m tracker`: the same command line as `tracker`."""

from tracker.quick import main

if __name__ == "__main__":
    main()
