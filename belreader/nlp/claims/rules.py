"""The rule-based extractor: without a model, extract_rules finds the commonest attributions of a
sentence with regular expressions."""

from __future__ import annotations

import re

from belreader.nlp.claims.context import ArticleContext
from belreader.nlp.claims.spans import Draft, finish
from belreader.nlp.claims.vocabulary import (
    _NOT_A_STATEMENT,
    _RULE_NEGATION,
    _TOPIC_PREPOSITIONS,
    EDGE,
    PERSON_PRONOUNS,
    _lemma,
    unresolved,
)

_VERB_WORDS = (
    r"said|says|told|tells|announced|declared|warned|noted|added|claimed|wrote|writes|believes|revealed|"
    r"confirmed|predicted|explained|stated|insisted|argued|stressed|emphasi[sz]ed|described|characteri[sz]ed"
)
_RULE_AFTER = re.compile(rf"(?P<verb>{_VERB_WORDS})(?:\s+\w+ly)?(?:\s+that)?\s*[,:]?\s*(?P<content>.+)$")
_RULE_INVERTED = re.compile(
    rf"^(?P<content>[“\"].+?[”\"]|.+?),?[”\"]?\s+(?P<speaker>[^,]{{1,60}}?)\s+(?P<verb>{_VERB_WORDS})\s*\.?$"
)
_RULE_ACCORDING = re.compile(r"^According to (?P<speaker>[^,]{1,60}),\s*(?P<content>.+)$")


_RULE_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|has|have|had|can|could|should|must|may|might|do|does|did|"
    r"\w+ed|\w+n't|he|she|it|they|we|i|you|that|there)\b",
    re.IGNORECASE,
)
# a setting alone: "on Tuesday", "in London", "on BBC Radio 4", "Speaking at a rally in Leeds"
_RULE_SETTING = re.compile(
    rf"^(?:(?:{'|'.join(sorted(_TOPIC_PREPOSITIONS))})\s+(?:the\s+)?(?:[A-Z0-9][\w’'.-]*\s*){{1,4}}"
    r"|[A-Z][a-z]+ing\s+(?:on|at|in|after|to)\s[^,;]*)$"
)


def _rule_setting(content: str) -> bool:
    """Without a parse: content that is only a setting ("in a statement", "on Tuesday", "in
    London", "Speaking at a rally in Leeds"), with no verb-like word after its first word."""
    if _NOT_A_STATEMENT.match(content) and not _RULE_VERBISH.search(content):
        return True
    first, _, rest = content.partition(" ")
    return _RULE_SETTING.match(content.strip()) is not None and not _RULE_VERBISH.search(rest)


def extract_rules(sentence: str, offset: int, paragraph: tuple[int, int, int], ctx: ArticleContext) -> list[Draft]:
    """Regular-expression claims for the rule-based fallback."""
    p_index, p_lo, p_hi = paragraph
    s0, s1 = offset, offset + len(sentence)

    def speaker_for(a: int, b: int):
        phrase = ctx.body[a:b].strip(EDGE)
        if phrase.lower() in PERSON_PRONOUNS:
            resolved = ctx.resolve_pronoun(s0, phrase.lower())
            return resolved if resolved else (unresolved(phrase), None)
        found = [m for m in ctx.mentions_in(a, b) if m.label in ("PERSON", "ORG", "PLACE")]
        if found:
            chosen = next((m for m in reversed(found) if m.label == "PERSON"), found[-1])
            return chosen.text, chosen.entity_id
        return None, None

    drafts = []
    match = _RULE_ACCORDING.match(sentence)
    if match:
        speaker, speaker_id = speaker_for(offset + match.start("speaker"), offset + match.end("speaker"))
        if speaker:
            drafts.append(
                Draft(p_index, offset + match.start("content"), s1, speaker, speaker_id, "according to", False, s0, s1)
            )
    if not drafts:
        match = _RULE_INVERTED.match(sentence)
        if match:
            speaker, speaker_id = speaker_for(offset + match.start("speaker"), offset + match.end("speaker"))
            if speaker:
                drafts.append(
                    Draft(
                        p_index,
                        offset,
                        offset + match.end("content"),
                        speaker,
                        speaker_id,
                        _lemma(match.group("verb")),
                        False,
                        s0,
                        s1,
                    )
                )
    if not drafts:
        for match in re.finditer(rf"\b(?:{_VERB_WORDS})\b", sentence):
            head = sentence[: match.start()].rstrip()
            head = re.sub(r"\s+\w+ly$", "", head)
            words = head.split()
            if not words:
                continue
            if words[-1] in ("He", "he", "She", "she"):
                a = offset + len(head) - len(words[-1])
            else:
                found = [m for m in ctx.mentions_in(s0, offset + len(head)) if m.end >= offset + len(head) - 1]
                if not found:
                    continue
                a = found[-1].start
            speaker, speaker_id = speaker_for(a, offset + len(head))
            rest = _RULE_AFTER.match(sentence, match.start())
            if speaker and rest:
                drafts.append(
                    Draft(
                        p_index,
                        offset + rest.start("content"),
                        s1,
                        speaker,
                        speaker_id,
                        _lemma(match.group(0)),
                        False,
                        s0,
                        s1,
                    )
                )
                break
    out = []
    for candidate in drafts:
        draft = finish(candidate, ctx.body, p_lo, p_hi)
        if draft is None:
            continue
        if not draft.direct_quote and _rule_setting(draft.content):
            ctx.spoke(draft)  # "X said at a news briefing.": no claim, but X spoke (a "he" next is X)
            continue
        draft.negated = bool(_RULE_NEGATION.search(draft.content))
        for mention in ctx.mentions_in(s0, s1):
            if not (draft.start <= mention.start < draft.end) and ctx.is_media(mention.entity_id):
                if mention.entity_id not in draft.outlets:
                    draft.outlets.append(mention.entity_id)
        ctx.spoke(draft)
        out.append(draft)
    return out
