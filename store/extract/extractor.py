"""Article → Extraction: the extraction stage's orchestrator and its pass registry.

NER spans (store/extract/ner.py) go through the ordered registry of named passes
(`PASSES`, at the end of this file; the passes live in store/extract/passes/, grouped by
what they find), each timed; BORDERDOCS_DISABLE_PASSES switches passes off by name for the
ablation (`bench/evaluate.py --ablate`). The surviving spans become mentions named in the
nominative (store/extract/naming.py) with the role written before them
(store/extract/roles.py), merged to one canonical name per entity within the article
(store/extract/merging.py). Checkpoint facts and directives are read from the same text.
Only the clean title and body are read: furniture never reaches here.
"""

from __future__ import annotations

import dataclasses
import os
import time
from bisect import bisect_right, insort
from collections import defaultdict

from store.extract import checkpoints, linking
from store.extract import facts as facts_mod
from store.extract.body_outlets import outlet_for_passes
from store.extract.checkpoint_airports import find_airports
from store.extract.checkpoint_seaports import find_seaports
from store.extract.chunking import EXTRACT_LIMIT_DEFAULT, cut_at_boundary
from store.extract.directive_targets import attach_checkpoints
from store.extract.directives import find_directives
from store.extract.merging import merge_mentions
from store.extract.naming import feminine_subject, nominative_in
from store.extract.ner import NerModel, NerSpan
from store.extract.passes.abbreviations_as_printed import abbreviations_as_printed
from store.extract.passes.bodies import (
    find_lowercase_ministries,
    find_lowercase_units,
    find_national_bodies,
    pass_body_nouns,
    pass_org_tails,
    pass_rule_orgs,
)
from store.extract.passes.body_letters_not_places import body_letters_not_places
from store.extract.passes.body_units import states_after_brackets
from store.extract.passes.bookkeeping import pass_name_sets, pass_rejoin, pass_rule_spans_win, pass_sort, rule_pass
from store.extract.passes.centres_as_posts import centre_bodies_named_as_posts, centres_as_posts
from store.extract.passes.channel_names import channel_names
from store.extract.passes.chinese_persons import chinese_persons
from store.extract.passes.cited_outlets import cited_outlets
from store.extract.passes.committee_services import committee_services
from store.extract.passes.companies_after_nouns import companies_after_nouns
from store.extract.passes.coordinated_bodies import coordinated_ministries
from store.extract.passes.cut_words import cut_words
from store.extract.passes.english_bodies import english_bodies
from store.extract.passes.filters import (
    not_the_outlet,
    pass_checkpoints_win,
    pass_clean,
    pass_not_names,
    pass_titles_of_works,
    teaser_names,
)
from store.extract.passes.glossed_and_quoted import quoted_bodies_before_heads, terms_not_bodies
from store.extract.passes.headline_surnames import headline_surnames
from store.extract.passes.holders_by_surname import holders_by_surname
from store.extract.passes.honorific_names import honorific_names
from store.extract.passes.kazakh_bodies import kazakh_body_chains, kazakh_joined_fields, kazakh_stray_bodies
from store.extract.passes.kazakh_case_surnames import kazakh_case_surnames
from store.extract.passes.kazakh_event_nouns import kazakh_event_nouns
from store.extract.passes.kazakh_latin_places import kazakh_latin_places
from store.extract.passes.kazakh_persons import kazakh_persons
from store.extract.passes.kazakh_places import kazakh_place_nouns
from store.extract.passes.kazakh_post_towns import kazakh_post_towns
from store.extract.passes.kazakh_role_led_bodies import kazakh_role_led_bodies
from store.extract.passes.kinds_not_bodies import kinds_not_bodies
from store.extract.passes.known_not_bodies import known_not_bodies
from store.extract.passes.kyrgyz_places import kyrgyz_places
from store.extract.passes.latin_persons import latin_persons
from store.extract.passes.level_bodies import leveled_local_bodies
from store.extract.passes.listed_firms import listed_firms
from store.extract.passes.lone_word_persons import lone_word_persons, persons_named_as_places
from store.extract.passes.lowercase_bodies import find_lowercase_bodies
from store.extract.passes.names_after_posts import names_after_posts
from store.extract.passes.no_bodies import latin_terms_not_bodies, projects_not_bodies
from store.extract.passes.org_lists import quoted_posts_after_noun
from store.extract.passes.org_spans import org_spans
from store.extract.passes.organizations import (
    find_quoted_organizations,
    pass_bodies_named_after,
    pass_bodies_of_states,
    pass_bracketed_parents,
    pass_organization_by_head,
    pass_parent_bodies,
)
from store.extract.passes.outlet_names import cited_outlet_names
from store.extract.passes.outpost_names import outpost_names
from store.extract.passes.patronymic_address import patronymic_address
from store.extract.passes.patronymic_given_names import patronymic_given_names
from store.extract.passes.persons import (
    pass_coordinated_persons,
    pass_join_split_persons,
    pass_person_or_place,
    pass_person_words,
    pass_split_glued_persons,
)
from store.extract.passes.place_before_name import place_before_name
from store.extract.passes.place_words import places_by_their_words
from store.extract.passes.places import (
    find_coordinated_places,
    pass_abbreviated_settlements,
    pass_named_place_elsewhere,
    pass_place_tails,
    pass_split_glued_places,
    pass_surname_not_place,
)
from store.extract.passes.places_after_heads import places_after_heads
from store.extract.passes.places_in_kazakh_cases import places_in_kazakh_cases
from store.extract.passes.places_in_quoted_names import places_in_quoted_names
from store.extract.passes.platforms_not_bodies import platforms_not_bodies
from store.extract.passes.region_lists import region_lists
from store.extract.passes.route_places import route_places
from store.extract.passes.settlement_lists import settlement_lists
from store.extract.passes.shaped_not_bodies import shaped_not_bodies
from store.extract.passes.short_towns import short_towns_in_kazakh_cases
from store.extract.passes.signer_lines import signer_lines
from store.extract.passes.singular_places import singular_places
from store.extract.passes.slash_glosses import slash_glosses
from store.extract.passes.sole_traders import sole_traders
from store.extract.passes.states_in_body_names import states_in_body_names
from store.extract.passes.surnames_after_bodies import surnames_after_bodies
from store.extract.passes.surnames_after_patronymics import surnames_after_patronymics
from store.extract.passes.surnames_in_person_slots import surnames_in_person_slots
from store.extract.passes.titled_names import titled_names
from store.extract.passes.topical_units import topical_units
from store.extract.passes.trade_and_products import trade_and_products
from store.extract.passes.unit_tails import territorial_bodies, territorial_tails
from store.extract.passes.uzbek_case_names import uzbek_case_names
from store.extract.passes.uzbek_places import uzbek_places
from store.extract.person_rows import link_person_rows
from store.extract.roles import find_role, find_role_after
from store.extract.spans import ByStart, Named, paragraph_sentences, sentence_end, sentence_start
from store.lang import gazetteer
from store.lang.fts_terms import index_text
from store.lang.kazakh import read_title_as_kazakh
from store.lang.kyrgyz import kyrgyz_text
from store.model import Article, Extraction, Mention

# The checkpoint finder's cue passes: their switches are read by `checkpoints.find_checkpoints`
# through `Extractor`, not in the span chain (bench/pass_audit.py re-extracts every text for them).
CUE_POST_PASSES = frozenset(
    {"queue_posts", "traffic_posts", "work_posts", "quoted_posts", "bare_quoted_posts", "passage_quoted_posts"}
)


class Extractor:
    """Loads natasha's NER model once (per process) and extracts articles with it.

    `find_checkpoints`, `gazetteer_get` and `find_facts` default to store.extract.checkpoints,
    store.lang.gazetteer and store.extract.facts; tests pass fakes. `timings` accumulates seconds
    per stage (for the benchmark) and per pass (by the pass's name). The passes named in
    `disabled` (by default the comma-separated BORDERDOCS_DISABLE_PASSES, read here once
    so every ingest worker inherits it) are skipped: the ablation's switch.
    """

    def __init__(self, find_checkpoints=None, gazetteer_get=None, find_facts=None, disabled=None, ner=None) -> None:
        self.ner = ner if ner is not None else NerModel()  # `ner`: a stand-in (the ingest's warm-up)
        self.set_disabled(disabled_from_environment() if disabled is None else disabled)
        self.find_checkpoints = find_checkpoints or checkpoints.find_checkpoints
        self.gazetteer_get = gazetteer_get or gazetteer.get
        self.find_facts = find_facts or facts_mod.find_facts
        self.timings: dict[str, float] = defaultdict(float)

    def set_disabled(self, names) -> None:
        """Skip the passes named (a comma-separated string or an iterable) from now on;
        the ablation switches one model between variants this way."""
        self.disabled = _disabled_passes(names)
        self.passes = tuple(p for p in PASSES if p.name not in self.disabled)

    def extract(self, article: Article, limit: int | None = EXTRACT_LIMIT_DEFAULT) -> Extraction:
        """Everything extracted from `article`, reading at most `limit` characters of its
        body (cut at a paragraph, sentence or word boundary; None reads it all). Where the
        body was cut is recorded in the result's `truncated_at`."""
        article, truncated_at = _limited(article, limit)
        extraction = self._extract(article)
        extraction.truncated_at = truncated_at
        return extraction

    def _extract(self, article: Article) -> Extraction:
        mentions: list[Mention] = []
        facts = []
        t0 = time.perf_counter()
        body_cps = self._checkpoints(article.body or "")  # the title's posts are read as the body reads them
        self.timings["checkpoints"] += time.perf_counter() - t0
        kyrgyz = kyrgyz_text(f"{article.title or ''}\n{article.body or ''}")  # a title alone is too short to tell
        kazakh_article = article.language == "kk"
        read_title_as_kazakh(
            article.title if kazakh_article and article.title else None, article.body if kazakh_article else None
        )
        for field, text in (("title", article.title or ""), ("body", article.body or "")):
            t0 = time.perf_counter()
            spans = self.ner.spans(text)
            t1 = time.perf_counter()
            cps = body_cps if field == "body" else self._title_checkpoints(text, article.body or "", body_cps)
            t2 = time.perf_counter()
            mentions += self._mentions(
                text, field, spans, cps, article.source, kyrgyz, article.raw or "", article.language
            )
            t3 = time.perf_counter()
            if field == "body" and cps:
                facts = self.find_facts(text, cps, article.date)
            self.timings["ner"] += t1 - t0
            self.timings["checkpoints"] += t2 - t1
            self.timings["mentions"] += t3 - t2
            self.timings["facts"] += time.perf_counter() - t3
        if "lone_word_persons" not in self.disabled:
            mentions = persons_named_as_places(mentions)
        if "centres_as_posts" not in self.disabled:  # the title and the body seen together
            mentions = centre_bodies_named_as_posts(mentions)
        if article.signed_by:
            mentions.append(signature_mention(article.signed_by))
        for credit in article.credited:
            mentions += self._credit_mentions(credit, article.language)
        t0 = time.perf_counter()
        merge_mentions(mentions, article)
        if "link_people" not in self.disabled:  # the knowledge base's people, by surname and role too
            link_person_rows(mentions, {"title": article.title or "", "body": article.body or ""}, article.date)
        t1 = time.perf_counter()
        body_mentions = [m for m in mentions if m.field == "body"]
        body = article.body or ""
        directives = find_directives(body, body_mentions, paragraph_sentences(body), article.date)
        directives = attach_checkpoints(directives, body_mentions, article.body or "")
        t2 = time.perf_counter()
        kazakh = article.language == "kk"
        lem = index_text(article.title or "", kazakh) + "\n" + index_text(article.body or "", kazakh)
        self.timings["merge"] += t1 - t0
        self.timings["directives"] += t2 - t1
        self.timings["lemmas"] += time.perf_counter() - t2
        return Extraction(mentions=mentions, facts=facts, directives=directives, lemmas=lem)

    def _checkpoints(self, text: str, wanted_before: int | None = None) -> list:
        """The posts `text` names: the land crossings the matcher finds (reading a queue
        story's words as a cue unless the `queue_posts` pass is off), and (unless the
        `airport_posts` / `seaport_posts` pass is off) the airports and seaports it names as
        border posts. With `wanted_before` (a title's end, the body's cue after it) the
        matcher stops early when no post's name starts before it (find_checkpoints): the
        caller keeps only those, and the cue's own posts were found by the body's reading."""
        if not text:
            return []
        off = CUE_POST_PASSES & self.disabled
        if self.find_checkpoints is checkpoints.find_checkpoints:
            found = checkpoints.find_checkpoints(
                text,
                queue_cues="queue_posts" not in off,
                traffic_cues="traffic_posts" not in off,
                work_cues="work_posts" not in off,
                quoted_cues="quoted_posts" not in off,
                bare_quoted_cues="bare_quoted_posts" not in off,
                passage_cues="passage_quoted_posts" not in off,
                wanted_before=wanted_before,
            )
        else:
            found = self.find_checkpoints(text)
        ports = [] if "airport_posts" in self.disabled else find_airports(text)
        if "seaport_posts" not in self.disabled:
            ports += find_seaports(text)
        ports = [a for a in ports if not any(c.start < a.end and a.start < c.end for c in found)]
        return sorted([*found, *ports], key=lambda c: c.start) if ports else found

    def _title_checkpoints(self, title: str, body: str, body_cps: list) -> list:
        """The title's posts, read with the cue the body gives: a headline is too short to
        hold the word that makes a declined name a post («Затора на «Кордае» нет» over a body
        about КПП «Кордай»: the post, not a body «Кордая»), so the title is read followed by
        the body's sentence around its first post (a few hundred letters, not the body again).
        A body that names no post lends its lead: «Бахты работает в штатном режиме» over «Пограничники
        говорят, что машины на границе не задерживают» is the post (its sentence has
        no cue, so a name that is also a town or a person's stays unread)."""
        if not title:
            return []
        if body_cps:
            first = min(body_cps, key=lambda c: c.start)
            cue = body[max(0, first.start - 200) : first.end + 100]
        elif checkpoints.names_a_post(title):
            cue = body[:_LEAD]
        else:  # no name to read: the title alone, for its airports
            return checkpoints.align_title(self._checkpoints(title), body_cps)
        read = self._checkpoints(f"{title}\n\n{cue}", wanted_before=len(title))
        found = [c for c in read if getattr(c, "end", 0) <= len(title)]
        if not body_cps:
            found = checkpoints.unread_in(body, found)
        return checkpoints.align_title(found, body_cps)

    def _mentions(
        self,
        text: str,
        field: str,
        spans: list[NerSpan],
        cps: list,
        source: str | None = None,
        kyrgyz: bool = False,
        page: str = "",
        language: str | None = None,
    ) -> list[Mention]:
        ctx = PassContext(
            cps=cps,
            cp_index=ByStart(cps),
            disabled=self.disabled,
            source=outlet_for_passes(source),
            kyrgyz=kyrgyz,
            page=page,
        )
        ctx.language = language
        spans = self.run_passes(text, spans, ctx)
        out = _as_mentions(text, field, spans, ctx)
        for c in cps:
            cp = self.gazetteer_get(c.ref)
            name = getattr(c, "name", "") or getattr(cp, "name_ru", None) or c.surface
            kind = getattr(c, "kind", None)  # the kind this mention's text gives (schema 7)
            out.append(Mention("checkpoint", name, c.surface, c.start, c.end, field, ref=c.ref, kind=kind))
        out.sort(key=lambda m: (m.start, m.end))
        return out

    def run_passes(self, text: str, spans: list[NerSpan], ctx: PassContext) -> list:
        """The model's spans through every enabled pass in order, each one timed: one clock
        reading a pass, its end the next one's start. Two a pass were ~560 readings a text (123
        passes, title, body and credit lines): next to nothing with perf_counter, but the
        bench's profile reads a CPU clock there (a system call), and the readings showed as
        the "mentions" stage's own time (ingest94)."""
        timings, clock = self.timings, time.perf_counter
        t0 = clock()
        for p in self.passes:
            spans = p.function(text, spans, ctx)
            t1 = clock()
            timings[p.name] += t1 - t0
            t0 = t1
        return spans

    def _credit_mentions(self, credit: str, language: str | None) -> list[Mention]:
        """The bodies a credit line names («пресс-служба Правительства РК» → «Правительство РК»),
        read by the model and passes as a body sentence is, each as a mention like a signature
        (`credit_mention`). Persons and places on the line are no body of the article (the reader
        has already left out its outlets)."""
        found = self._mentions(credit, "author", self.ner.spans(credit), [], language=language)
        return [credit_mention(m) for m in found if m.type == "organization"]


def credit_mention(m: Mention) -> Mention:
    """A body named on a credit line, as a mention of the article: field "author" and offsets
    into its own surface, as `signature_mention` does, since the body (whose checks are
    scored) does not hold the line."""
    return Mention("organization", m.name, m.surface, 0, len(m.surface), field="author", ref=m.ref)


def signature_mention(name: str) -> Mention:
    """The person who signs the story under its body, as a mention of the article: its
    offsets point into the signed name itself (field "author"), since the body, whose
    checks are scored, does not hold the signature line."""
    return Mention("person", name, name, 0, len(name), field="author", role="автор")


def _limited(article: Article, limit: int | None) -> tuple[Article, int | None]:
    """The article with its body cut to at most `limit` characters, and where it was cut
    (None when the whole body fits). The caller's article is left as it is."""
    body = article.body or ""
    if limit is None or len(body) <= limit:
        return article, None
    cut = cut_at_boundary(body, 0, max(0, limit))
    return dataclasses.replace(article, body=body[:cut]), cut


# The span passes: each a function (text, spans, context) -> spans with a name, walked in
# order by Extractor.run_passes. Every pass but the few `required` ones (the sorting and
# bookkeeping the later passes rely on) can be switched off by name, which is how
# bench/evaluate.py --ablate measures what each one earns.

DISABLE_ENV = "BORDERDOCS_DISABLE_PASSES"


_LEAD = 400  # letters of a body without posts read after its title as the title's cue


def _queues_are_read_with_the_posts(text, spans, ctx):
    """`queue_posts` works where the posts are found (checkpoints.find_checkpoints reads a
    queue story's words as a post's cue, store/extract/checkpoint_queues.py); as a span pass it
    changes nothing, and is in the table so that the switch has a name."""
    return spans


def _traffic_is_read_with_the_posts(text, spans, ctx):
    """`traffic_posts` works where the posts are found (checkpoints.find_checkpoints reads a
    traffic story's words as a post's cue, store/extract/checkpoint_traffic.py); as a span pass
    it changes nothing, and is in the table so that the switch has a name."""
    return spans


def _work_is_read_with_the_posts(text, spans, ctx):
    """`work_posts` works where the posts are found (checkpoints.find_checkpoints reads a name
    the sentence shows at a post's work as that post, store/extract/checkpoint_work.py); as a
    span pass it changes nothing, and is in the table so that the switch has a name."""
    return spans


def _quoted_are_read_with_the_posts(text, spans, ctx):
    """`quoted_posts` works where the posts are found (checkpoints.find_checkpoints reads a quoted
    name after «на», «в», «через» with a post's fact beside it as that post,
    store/extract/checkpoint_quoted.py); as a span pass it changes nothing, and is in the table so
    that the switch has a name."""
    return spans


def _bare_quoted_are_read_with_the_posts(text, spans, ctx):
    """`bare_quoted_posts` works where the posts are found (checkpoints.find_checkpoints reads a
    name bare in quotes, in a text about crossings and a sentence of a post's life, as that post,
    store/extract/checkpoint_bare_quoted.py); as a span pass it changes nothing, and is in the
    table so that the switch has a name."""
    return spans


def _passage_quoted_are_read_with_the_posts(text, spans, ctx):
    """`passage_quoted_posts` works where the posts are found (checkpoints.find_checkpoints reads a
    name bare in quotes in a sentence of passage or of its state, with no cue in the text, as that
    post, store/extract/checkpoint_quoted_passage.py); as a span pass it changes nothing, and is in
    the table so that the switch has a name."""
    return spans


def _airports_are_read_with_the_posts(text, spans, ctx):
    """`airport_posts` works where the posts are found (Extractor._checkpoints adds the
    airports a text names as border posts, store/extract/checkpoint_airports.py); as a
    span pass it changes nothing, and is in the table so that the switch has a name."""
    return spans


def _seaports_are_read_with_the_posts(text, spans, ctx):
    """`seaport_posts` works where the posts are found (Extractor._checkpoints adds the
    seaports a text names as border posts, store/extract/checkpoint_seaports.py); as a
    span pass it changes nothing, and is in the table so that the switch has a name."""
    return spans


@dataclasses.dataclass(frozen=True)
class Pass:
    """One named step of span extraction."""

    name: str
    function: object  # (text: str, spans: list[NerSpan], context: PassContext) -> list[NerSpan]
    required: bool = False  # bookkeeping other passes rely on: never switched off


@dataclasses.dataclass
class PassContext:
    """What the passes of one text share besides its spans: the checkpoints, the names
    rules gave (by offsets), spans set aside to come back later, and the name sets the
    per-span fixes look at (computed once, before any fix changes a span)."""

    cps: list
    cp_index: ByStart
    disabled: frozenset = frozenset()
    source: str = ""  # the article's outlet (its name or domain), never one of its bodies
    kyrgyz: bool = False  # the article (title and body) is Kyrgyz: store.lang.kyrgyz
    page: str = ""  # the page as read, furniture and all (an outlet's credit line the body lost)
    language: str | None = None  # the reader's language of the article (Article.language)
    names: dict = dataclasses.field(default_factory=dict)  # (start, end) -> name given by a rule
    rule_spans: list = dataclasses.field(default_factory=list)  # (span, name) found by grammar-like rules
    held: list = dataclasses.field(default_factory=list)  # places that also named a body
    surnames: set = dataclasses.field(default_factory=set)
    family_names: set = dataclasses.field(default_factory=set)
    place_names: set = dataclasses.field(default_factory=set)
    nominatives: dict = dataclasses.field(default_factory=dict)  # (span, case hint) -> its name (naming.nominative_in)


def _disabled_passes(spec) -> frozenset:
    """The pass names in `spec` (a comma-separated string or an iterable); an unknown or
    required name is a clear error rather than a switch that silently does nothing."""
    names = [n.strip() for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip()]
    known = {p.name: p for p in PASSES}
    for n in names:
        if n not in known:
            raise ValueError(f"{DISABLE_ENV}: no pass named {n!r} (passes: {', '.join(pass_names())})")
        if known[n].required:
            raise ValueError(f"{DISABLE_ENV}: pass {n!r} is required and cannot be disabled")
    return frozenset(names)


def disabled_from_environment() -> frozenset:
    """The passes BORDERDOCS_DISABLE_PASSES switches off; ValueError naming the bad name.
    For a caller to check once before starting workers (each worker reads it again)."""
    return _disabled_passes(os.environ.get(DISABLE_ENV, ""))


def pass_names() -> list[str]:
    """The names of the passes that can be switched off, in order."""
    return [p.name for p in PASSES if not p.required]


def _as_mentions(text: str, field: str, spans: list, ctx: PassContext) -> list[Mention]:
    """The passes' spans as mentions: a person gets the role written before (or after)
    them, every span its nominative name unless a rule gave it one."""
    sents = paragraph_sentences(text)
    out = []
    person_ends: list[int] = []  # ends of the persons found so far, sorted
    seen: set[tuple[str, int, int]] = set()
    for s in spans:
        if (s.type, s.start, s.end) in seen:
            continue  # two passes gave the same span (a body's state, once per pass): one mention
        seen.add((s.type, s.start, s.end))
        if isinstance(s, Named):
            out.append(Mention(s.type, _one_line(s.name), s.text, s.start, s.end, field))
            continue
        role = None
        if s.type == "person":
            sent_start = sentence_start(sents, s.start)
            before = bisect_right(person_ends, s.start)  # a role never reaches back past another person
            sent_start = max(sent_start, person_ends[before - 1]) if before else sent_start
            role = find_role(text, s.start, sent_start)
            if role is None:
                role = find_role_after(text, s.end, sentence_end(sents, s.start, len(text)))
        kazakh_article = ctx.language == "kk"
        name = ctx.names.get((s.start, s.end)) or nominative_in(
            ctx.nominatives, s, role.case if role else None, text, kazakh_article
        )
        if s.type == "person":
            name = feminine_subject(text, s, name)
        out.append(Mention(s.type, _one_line(name), s.text, s.start, s.end, field, role.text if role else None))
        if s.type == "person":
            insort(person_ends, s.end)
    return out


def _one_line(name: str) -> str:
    """A name on one line: a span the passes ran across a line break (a decree printed a word
    per paragraph, a caption before a body's name) keeps its text as written, but its name,
    which the store, the export and the TUI show, never holds a newline."""
    return name if "\n" not in name and "\t" not in name else " ".join(name.split())


PASSES: tuple[Pass, ...] = (
    Pass("clean", pass_clean),
    Pass("slash_glosses", slash_glosses),
    Pass("rule_orgs", pass_rule_orgs),
    Pass("sort_model_spans", pass_sort, required=True),
    Pass("join_split_persons", pass_join_split_persons),
    Pass("split_glued_persons", pass_split_glued_persons),
    Pass("split_glued_places", pass_split_glued_places),
    Pass("abbreviated_settlements", pass_abbreviated_settlements),
    Pass("sort_found_places", pass_sort, required=True),
    Pass("body_nouns", pass_body_nouns),
    Pass("org_tails", pass_org_tails),
    Pass("rejoin_held_places", pass_rejoin, required=True),
    Pass("coordinated_places", rule_pass(find_coordinated_places)),
    Pass("national_bodies", rule_pass(lambda text, spans: find_national_bodies(text))),
    Pass("quoted_organizations", rule_pass(find_quoted_organizations)),
    Pass("lowercase_ministries", rule_pass(find_lowercase_ministries)),
    Pass("lowercase_units", rule_pass(find_lowercase_units)),
    Pass("lowercase_bodies", rule_pass(find_lowercase_bodies)),
    Pass("rule_spans_win", pass_rule_spans_win, required=True),
    Pass("kazakh_event_nouns", kazakh_event_nouns),
    Pass("titled_names", titled_names),
    Pass("surnames_after_bodies", surnames_after_bodies),
    Pass("coordinated_persons", pass_coordinated_persons),
    Pass("name_sets", pass_name_sets, required=True),
    Pass("surname_not_place", pass_surname_not_place),
    Pass("organization_by_head", pass_organization_by_head),
    Pass("person_words", pass_person_words),
    Pass("patronymic_given_names", patronymic_given_names),
    Pass("surnames_after_patronymics", surnames_after_patronymics),
    Pass("place_before_name", place_before_name),
    Pass("places_after_heads", places_after_heads),
    Pass("places_in_kazakh_cases", places_in_kazakh_cases),
    Pass("short_towns_in_kazakh_cases", short_towns_in_kazakh_cases),
    Pass("names_after_posts", names_after_posts),
    Pass("person_or_place", pass_person_or_place),
    Pass("named_place_elsewhere", pass_named_place_elsewhere),
    Pass("checkpoints_win", pass_checkpoints_win),
    Pass("not_names", pass_not_names),
    Pass("titles_of_works", pass_titles_of_works),
    Pass("bodies_of_states", pass_bodies_of_states),
    Pass("place_tails", pass_place_tails),
    Pass("bodies_named_after", pass_bodies_named_after),
    Pass("parent_bodies", pass_parent_bodies),
    Pass("link_knowledge_base", linking.link_knowledge_base),
    Pass("acronyms_and_platforms", linking.acronyms_and_platforms),
    Pass("listed_firms", listed_firms),  # after the links: a listed body the base knows counts
    Pass("sole_traders", sole_traders),
    Pass("body_letters_not_places", body_letters_not_places),
    Pass("abbreviations_as_printed", abbreviations_as_printed),
    Pass("bracketed_parents", pass_bracketed_parents),
    Pass("kazakh_place_nouns", kazakh_place_nouns),
    Pass("kyrgyz_places", kyrgyz_places),
    Pass("uzbek_places", uzbek_places),
    Pass("kazakh_persons", kazakh_persons),
    Pass("region_lists", region_lists),
    Pass("settlement_lists", settlement_lists),
    Pass("route_places", route_places),
    Pass("kazakh_latin_places", kazakh_latin_places),
    Pass("singular_places", singular_places),
    Pass("places_by_their_words", places_by_their_words),
    Pass("latin_persons", latin_persons),
    Pass("link_people", linking.link_people),
    Pass("holders_by_surname", holders_by_surname),
    Pass("kazakh_case_surnames", kazakh_case_surnames),
    Pass("uzbek_case_names", uzbek_case_names),
    Pass("patronymic_address", patronymic_address),
    Pass("lone_word_persons", lone_word_persons),
    Pass("airport_posts", _airports_are_read_with_the_posts),
    Pass("seaport_posts", _seaports_are_read_with_the_posts),
    Pass("queue_posts", _queues_are_read_with_the_posts),
    Pass("traffic_posts", _traffic_is_read_with_the_posts),
    Pass("work_posts", _work_is_read_with_the_posts),
    Pass("quoted_posts", _quoted_are_read_with_the_posts),
    Pass("bare_quoted_posts", _bare_quoted_are_read_with_the_posts),
    Pass("passage_quoted_posts", _passage_quoted_are_read_with_the_posts),
    Pass("signer_lines", signer_lines),
    Pass("headline_surnames", headline_surnames),
    Pass("kazakh_body_chains", kazakh_body_chains),
    Pass("kazakh_stray_bodies", kazakh_stray_bodies),
    Pass("kazakh_post_towns", kazakh_post_towns),  # after the clauses read as bodies are gone
    Pass("kazakh_role_led_bodies", kazakh_role_led_bodies),
    Pass("chinese_persons", chinese_persons),
    Pass("honorific_names", honorific_names),
    Pass("surnames_in_person_slots", surnames_in_person_slots),
    Pass("english_bodies", english_bodies),
    Pass("quoted_bodies_before_heads", quoted_bodies_before_heads),
    Pass("org_spans", org_spans),
    Pass("cited_outlets", cited_outlets),
    Pass("not_the_outlet", not_the_outlet),
    Pass("cited_outlet_names", cited_outlet_names),
    Pass("teaser_names", teaser_names),
    Pass("cut_words", cut_words),
    Pass("quoted_posts_after_noun", quoted_posts_after_noun),
    Pass("states_after_brackets", states_after_brackets),
    Pass("territorial_tails", territorial_tails),
    Pass("topical_units", topical_units),
    Pass("territorial_bodies", territorial_bodies),
    Pass("leveled_local_bodies", leveled_local_bodies),
    Pass("committee_services", committee_services),
    Pass("channel_names", channel_names),
    Pass("projects_not_bodies", projects_not_bodies),
    Pass("latin_terms_not_bodies", latin_terms_not_bodies),
    Pass("shaped_not_bodies", shaped_not_bodies),
    Pass("kinds_not_bodies", kinds_not_bodies),
    Pass("trade_and_products", trade_and_products),
    Pass("terms_not_bodies", terms_not_bodies),
    Pass("known_not_bodies", known_not_bodies),
    Pass("platforms_not_bodies", platforms_not_bodies),
    Pass("outpost_names", outpost_names),
    Pass("coordinated_ministries", coordinated_ministries),
    Pass("kazakh_joined_fields", kazakh_joined_fields),  # a switch read by kazakh_body_chains
    Pass("states_in_body_names", states_in_body_names),
    Pass("companies_after_nouns", companies_after_nouns),
    Pass("places_in_quoted_names", places_in_quoted_names),
    Pass("centres_as_posts", centres_as_posts),  # a switch read by Extractor._extract
)
