"""A firm's short form the recogniser reads as a person's name: "Gull Air said" after "Gull Air Inc", "Brisk
Northern said" after "Brisk Northern Corp" (labelled a person, or left unlabelled as a clause's subject).

News names a company in full once, with its legal form, and then by its opening words; the small model often
calls those words a person, and the cast would then give the firm's statements to someone of that name. The
words are the firm's when they open exactly one name the article closes with a legal form (or, of several,
exactly one is those words and its legal form alone: "X Y" of "X Y Inc" beside its unit "X Y Railroad Co"), and
no given name opens them ("Dana Okafor" of "Dana Okafor Group Ltd" may be its founder, and is kept a person).
Two firms opening with the same words and more ("X Energy Co", "X Exploration Ltd") leave them to neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from ..given_names import given_name_countries
from ..names import closed_by_legal_form
from .registry import only_legal_form


class FirmOpenings:
    """The opening words of the article's firms named in full, with the names they open."""

    def __init__(self, ents: Iterable[Span]) -> None:
        self._firms: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for ent in ents:
            if not closed_by_legal_form(ent):
                continue
            words = tuple(t.lower_ for t in ent if not t.is_punct)
            for k in range(1, len(words)):
                self._firms.setdefault(words[:k], set()).add(words)

    def opens_one_firm(self, tokens: Sequence[Token]) -> bool:
        """Whether a name read as a person's is the opening words of one firm named in full."""
        if not self._firms or not tokens or given_name_countries(tokens[0].text):
            return False
        words = tuple(t.lower_ for t in tokens if not t.is_punct)
        firms = self._firms.get(words, set())
        if len(firms) > 1:
            firms = {f for f in firms if only_legal_form(f[len(words) :])}
        return len(firms) == 1
