"""A lede's role that any post of its body fits: "..., a Tarn Mining official said." / "Ana Ruiz, head of
Tarn Mining's planning office, gave no details."

Wire copy sources its lede to a loose word ("official", "researcher") and names the source in the next
paragraph by the exact post, which is never the lede's word. The post answers the lede when every name in
the lede's role (its body, its nation) is in the post: a Tarn Mining official is no one's at another firm.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from streams.enrich.vocabulary.places import country_code, demonym_code

# words for anyone who works for a body, whatever the post: what the lede says before the name is known
_UMBRELLA_ROLES = frozenset({"official", "executive", "researcher", "scientist"})
# what the source does in the story, which no post is called: a lede's "the chief negotiator", "a planner",
# "an observer at the talks" is named next by the post ("Finance Secretary X"), never by these words
_STORY_FUNCTIONS = frozenset({"negotiator", "planner", "observer", "mediator", "organiser", "organizer"})


def answers_umbrella_role(role: Token, posts: Iterable[str]) -> bool:
    """Whether one of `posts` (a person's titles as written) is a post of the body or nation `role` names."""
    if role.lower_ not in _UMBRELLA_ROLES:
        return False
    names = [t for t in role.subtree if t.i != role.i and t.is_title and not t.is_punct]
    return bool(names) and any(all(_in_post(t, post) for t in names) for post in posts)


def _in_post(name: Token, post: str) -> bool:
    """ "Tarn" is in "head of Tarn Mining's board"; "Tarnish" is in a post at any body of Tarnland."""
    words = post.replace("'s", " ").replace("’s", " ").split()
    if name.text in words:
        return True
    nation = demonym_code(name.text)
    return nation is not None and any(country_code(w) == nation for w in words)


def is_story_function(role: Token) -> bool:
    """Whether a lede's role says what its source does in the story ("the chief negotiator said") rather than
    holding a post: the post the next paragraph gives the speaker can then never repeat it."""
    return role.tag_ == "NN" and role.lower_ in _STORY_FUNCTIONS
