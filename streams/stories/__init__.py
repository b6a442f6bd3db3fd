"""Stories: meeting events from many articles merged into one living record per real-world meeting.

`agents.py` holds the Faust side; every other module is pure and shared with `newswire stories --from`.
"""
