"""Whose voice a quotation with no attribution of its own is: the last speaker's going on, or the person the
narrative put in focus before it, or nobody's when the narrative leaves both possible.

News quotes a speaker across several paragraphs without repeating the attribution, and features introduce a
person in a paragraph of narrative before their first quote. The two readings meet when a narrative paragraph
about someone else follows a quoted one: the quote after it may be either voice, and the cast says None rather
than guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..entity import Entity

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


class QuoteTurns:
    """`Resolver`'s rules for unattributed quotations; they read its focus and speakers."""

    def continuation(self, char: int, entity: Entity) -> tuple[Entity, str | None] | None:
        """`entity` speaking on at `char` (a quotation with no attribution of its own), unless the narrative
        since it last spoke put someone else in focus: in the quote's own paragraph that person speaks ("'...,'
        said A. / B disagreed. '...'"); further back, it may be either, and None is said."""
        found = self._salient_event(char, "person", lambda e: True)  # a narrative subject only if after its turn
        if found is not None and found[2] is not None and found[1] is not entity and self._after_turn(found[0], char):
            if _PARAGRAPH_BREAK.search(self.cast.doc.text, found[0], char) is not None:
                return None
            entity = found[1]
        self._speakers.insert(bisect_left(self._speakers, char, key=lambda e: e[0]), (char, entity))
        return entity, None

    def _after_turn(self, pos: int, char: int) -> bool:
        """Whether `pos` is in a sentence after the one of the last speaker's turn before `char`: in its own
        sentence a subject is what the quotes are about ("According to the readout, X 'stressed ...' and 'he
        noted ...'"), not a new voice."""
        k = bisect_left(self._speakers, char, key=lambda e: e[0]) - 1
        sentence = self.cast.salience.sentence_start
        return k >= 0 and sentence(pos) > sentence(self._speakers[k][0])

    def nearby(self, char: int, floor: int) -> tuple[Entity, str | None] | None:
        """For a quotation with no attribution of its own and no speaker to continue: the person last in
        focus since `floor` (the sieve's fallback to the nearest mention before the quote), else None."""
        found = self._salient_event(char, "person", lambda e: True)
        if found is None or found[0] < floor:
            return None
        if found[2] is not None and self._other_voice_before(found[0], found[1], char):
            return None
        self._speakers.insert(bisect_left(self._speakers, char, key=lambda e: e[0]), (char, found[1]))
        return found[1], None

    def _other_voice_before(self, pos: int, person: Entity, char: int) -> bool:
        """ "'...,' said A. / B, who runs the clinic, opened a ward. / '...'": a quote after a paragraph of
        narrative that put `person` in focus (at `pos`) right after someone else was quoted may be that voice
        going on or the narrative's person introduced; neither is a guess worth making. The narrative's person
        is the speaker when nobody was quoted just before ("B, who runs the clinic, opened a ward. / '...'", a
        feature's way of introducing B) or when in focus in the quote's own paragraph ("B disagreed. '...'")."""
        text = self.cast.doc.text
        if _PARAGRAPH_BREAK.search(text, pos, char) is None:
            return False
        k = bisect_left(self._speakers, pos, key=lambda e: e[0]) - 1
        if k < 0 or self._speakers[k][1] is person:
            return False
        first = _PARAGRAPH_BREAK.search(text, self._speakers[k][0], pos)  # at most one break: the next paragraph
        return first is None or _PARAGRAPH_BREAK.search(text, first.end(), pos) is None
