"""The cast's first phase: reading the parse into entities and their mentions.

The sieve passes `build` runs in order, most precise first: the recogniser's spans repaired (`ner_repair`,
`person_objects`, `portfolio`), where a name begins and ends (`name_runs`), person, organisation or place
(`kinds`), roles and ages beside a name (`titles`, `affiliation`), people and their pronoun genders (`mentions`),
organisations (`org_mentions`, `orgs`, `lone_bodies`: one word with a body's voice), all merged into one entry per
person or body (`registry`); `columns` reads the parse once for all of them. Nothing here decides what a later
phrase refers to: that is `resolution`'s question, asked of what this phase built.
"""
