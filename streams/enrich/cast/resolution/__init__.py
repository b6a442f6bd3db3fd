"""The cast's second phase: resolving what a phrase refers to, among the entities `reading` built.

`resolve`'s `Resolver` answers for a name, a pronoun (`pronouns`), a description (`descriptions`,
`implied_roles`), a nationality (`nationality`), several people at once (`groups`) or an organisation's voice
(`voices`), or says None when the text names no one: never a guess.
"""
