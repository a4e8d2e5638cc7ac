"""Schema and numbered migrations, with the version in ``PRAGMA user_version``.

Each migration runs in its own transaction together with the version bump, so a vault is
always at exactly one version. Never edit a released migration: add the next one.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import sqlcipher3

from caseconf_desktop.storage import tracking

log = logging.getLogger(__name__)

_V1 = r"""
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE agencies (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT ''
);

CREATE TABLE people (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    agency_id  TEXT REFERENCES agencies(id),
    role_title TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_agency ON people(agency_id);

CREATE TABLE cases (
    id                    TEXT PRIMARY KEY,
    reference             TEXT NOT NULL UNIQUE,
    subject_name          TEXT NOT NULL,
    pseudonym             TEXT NOT NULL DEFAULT '',
    date_of_birth         TEXT,
    legal_status          TEXT NOT NULL DEFAULT '',
    establishment         TEXT NOT NULL DEFAULT '',
    sentence_start        TEXT,
    release_date          TEXT,
    programme             TEXT NOT NULL DEFAULT '',
    lead_agency_id        TEXT REFERENCES agencies(id),
    status                TEXT NOT NULL,
    review_frequency_days INTEGER NOT NULL DEFAULT 90,
    retention_review_date TEXT,
    created_at            TEXT NOT NULL
);

CREATE TABLE responsibilities (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    domain    TEXT NOT NULL,
    agency_id TEXT NOT NULL REFERENCES agencies(id),
    person_id TEXT REFERENCES people(id),
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX responsibilities_case ON responsibilities(case_id);

CREATE TABLE goals (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    status      TEXT NOT NULL,
    agreed_on   TEXT,
    review_note TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX goals_case ON goals(case_id);

CREATE TABLE family_members (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    relationship       TEXT NOT NULL DEFAULT '',
    involvement        TEXT NOT NULL DEFAULT '',
    support_offered    TEXT NOT NULL DEFAULT '',
    is_minor           INTEGER NOT NULL DEFAULT 0,
    safeguarding_notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX family_case ON family_members(case_id);

CREATE TABLE consents (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL,
    recorded_on TEXT NOT NULL,
    scope       TEXT NOT NULL DEFAULT '',
    given_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consents_case ON consents(case_id);

CREATE TABLE conferences (
    id                   TEXT PRIMARY KEY,
    case_id              TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    scheduled_for        TEXT NOT NULL,
    place                TEXT NOT NULL DEFAULT '',
    template             TEXT NOT NULL DEFAULT 'default',
    status               TEXT NOT NULL,
    chair_id             TEXT REFERENCES people(id),
    facilitator_id       TEXT REFERENCES people(id),
    minute_taker_id      TEXT REFERENCES people(id),
    current_section      TEXT,
    started_at           TEXT,
    closed_at            TEXT,
    next_conference_date TEXT,
    summary              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conferences_case ON conferences(case_id, scheduled_for);

CREATE TABLE attendance (
    id               TEXT PRIMARY KEY,
    conference_id    TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    person_id        TEXT REFERENCES people(id),
    name             TEXT NOT NULL DEFAULT '',
    agency_id        TEXT REFERENCES agencies(id),
    role             TEXT NOT NULL,
    status           TEXT NOT NULL,
    sent_information INTEGER NOT NULL DEFAULT 0,
    sections         TEXT NOT NULL DEFAULT '[]',
    in_room          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attendance_conference ON attendance(conference_id);

CREATE TABLE entries (
    id                     TEXT PRIMARY KEY,
    conference_id          TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    section                TEXT NOT NULL,
    text                   TEXT NOT NULL,
    kind                   TEXT NOT NULL,
    tlp                    TEXT NOT NULL,
    source_agency_id       TEXT REFERENCES agencies(id),
    shareable_with_subject INTEGER NOT NULL DEFAULT 0,
    rationale              TEXT NOT NULL DEFAULT '',
    dissenting_agency_id   TEXT REFERENCES agencies(id),
    position               INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT NOT NULL
);
CREATE INDEX entries_conference ON entries(conference_id, section, position);

CREATE TABLE risk_assessments (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    level          TEXT NOT NULL,
    assessed_on    TEXT NOT NULL,
    conference_id  TEXT REFERENCES conferences(id) ON DELETE SET NULL,
    framework      TEXT NOT NULL DEFAULT '',
    domain_ratings TEXT NOT NULL DEFAULT '{}',
    rationale      TEXT NOT NULL DEFAULT '',
    known_unknowns TEXT NOT NULL DEFAULT '',
    change         TEXT NOT NULL,
    change_note    TEXT NOT NULL DEFAULT '',
    tlp            TEXT NOT NULL
);
CREATE INDEX risk_case ON risk_assessments(case_id, assessed_on);

CREATE TABLE needs (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    domain          TEXT NOT NULL,
    level           TEXT NOT NULL,
    owner_agency_id TEXT REFERENCES agencies(id),
    status          TEXT NOT NULL,
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX needs_case ON needs(case_id);

CREATE TABLE interventions (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL,
    provider_agency_id TEXT REFERENCES agencies(id),
    provider           TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL,
    engagement         TEXT NOT NULL,
    start_date         TEXT,
    end_date           TEXT,
    notes              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interventions_case ON interventions(case_id);

CREATE TABLE actions (
    id                        TEXT PRIMARY KEY,
    case_id                   TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    description               TEXT NOT NULL,
    conference_id             TEXT REFERENCES conferences(id) ON DELETE SET NULL,
    owner_person_id           TEXT REFERENCES people(id),
    owner_agency_id           TEXT REFERENCES agencies(id),
    due                       TEXT,
    status                    TEXT NOT NULL,
    not_done_reason           TEXT,
    review_note               TEXT NOT NULL DEFAULT '',
    reviewed_in_conference_id TEXT REFERENCES conferences(id) ON DELETE SET NULL,
    carried_forward_from_id   TEXT REFERENCES actions(id) ON DELETE SET NULL,
    for_subject               INTEGER NOT NULL DEFAULT 0,
    created_at                TEXT NOT NULL
);
CREATE INDEX actions_case ON actions(case_id, status);
CREATE INDEX actions_open_due ON actions(status, due);
CREATE INDEX actions_conference ON actions(conference_id);

CREATE TABLE glossary (
    id         TEXT PRIMARY KEY,
    term       TEXT NOT NULL,
    definition TEXT NOT NULL,
    language   TEXT NOT NULL DEFAULT 'en',
    UNIQUE (term, language)
);

-- Append-only, hash-chained audit log: ids and actions only, never case content.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    case_id     TEXT,
    detail      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_case ON audit_log(case_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Full-text search inside the encrypted vault. The FTS tables keep their own copy of the
-- indexed text; fts_rowids maps a record's UUID to its FTS row so that updates and deletes
-- touch one row (the records' own rowids are not stable across VACUUM).
CREATE TABLE fts_rowids (
    record_id TEXT PRIMARY KEY,
    fts_rowid INTEGER NOT NULL
);
CREATE VIRTUAL TABLE case_fts USING fts5(
    reference, subject_name, pseudonym, establishment, programme,
    case_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE entry_fts USING fts5(
    text, rationale, case_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_fts(reference, subject_name, pseudonym, establishment, programme, case_id)
    VALUES (new.reference, new.subject_name, new.pseudonym, new.establishment, new.programme,
            new.id);
    INSERT INTO fts_rowids(record_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;
CREATE TRIGGER cases_fts_update
AFTER UPDATE OF reference, subject_name, pseudonym, establishment, programme ON cases BEGIN
    UPDATE case_fts SET reference = new.reference, subject_name = new.subject_name,
        pseudonym = new.pseudonym, establishment = new.establishment,
        programme = new.programme
    WHERE rowid = (SELECT fts_rowid FROM fts_rowids WHERE record_id = new.id);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
    DELETE FROM case_fts WHERE rowid = (SELECT fts_rowid FROM fts_rowids WHERE record_id = old.id);
    DELETE FROM fts_rowids WHERE record_id = old.id;
END;

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entry_fts(text, rationale, case_id)
    VALUES (new.text, new.rationale,
            (SELECT case_id FROM conferences WHERE id = new.conference_id));
    INSERT INTO fts_rowids(record_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF text, rationale ON entries BEGIN
    UPDATE entry_fts SET text = new.text, rationale = new.rationale
    WHERE rowid = (SELECT fts_rowid FROM fts_rowids WHERE record_id = new.id);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entry_fts WHERE rowid = (SELECT fts_rowid FROM fts_rowids WHERE record_id = old.id);
    DELETE FROM fts_rowids WHERE record_id = old.id;
END;
"""

# Signed minutes (issue 4): the vault's signing identity, the signer certificates it trusts,
# and the disclosure log of issued minutes (who received which version, its SHA-256 and the
# audit-chain head it was issued against). The private key lives only here, inside the
# encrypted vault, never in a file.
_V2 = r"""
CREATE TABLE signing_identity (
    id          TEXT PRIMARY KEY,
    subject     TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    cert_pem    TEXT NOT NULL,
    chain_pem   TEXT NOT NULL DEFAULT '',
    key_pem     TEXT NOT NULL,
    source      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX signing_identity_one_active ON signing_identity(active) WHERE active = 1;

CREATE TABLE trusted_certificates (
    id          TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    subject     TEXT NOT NULL,
    pem         TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    source      TEXT NOT NULL
);

CREATE TABLE minutes_issued (
    id                 TEXT PRIMARY KEY,
    conference_id      TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    audience           TEXT NOT NULL,
    recipient          TEXT NOT NULL,
    tlp                TEXT NOT NULL,
    sha256             TEXT NOT NULL,
    audit_head_hash    TEXT NOT NULL,
    issued_at          TEXT NOT NULL,
    signed_by          TEXT NOT NULL DEFAULT '',
    signer_fingerprint TEXT NOT NULL DEFAULT ''
);
CREATE INDEX minutes_issued_conference ON minutes_issued(conference_id, issued_at);
CREATE INDEX minutes_issued_sha256 ON minutes_issued(sha256);
"""

# Offline hand-over (issue 5): this device's identity (age X25519 for receiving bundles,
# Ed25519 for signing them; the private keys live only here), the devices it trusts, and
# what merging needs: per-field versions only for fields changed after creation
# (sync_versions), pending local changes noted by triggers (storage/tracking.py), change
# stamps for --since-last bundles, imported bundle ids (replay), and open conflicts.
_SYNC = r"""
CREATE TABLE device_identity (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    age_identity  TEXT NOT NULL,
    age_recipient TEXT NOT NULL,
    sign_private  TEXT NOT NULL,
    sign_public   TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE devices (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    announced_name TEXT NOT NULL DEFAULT '',
    age_recipient  TEXT NOT NULL,
    sign_public    TEXT NOT NULL,
    fingerprint    TEXT NOT NULL,
    trusted_at     TEXT NOT NULL
);

CREATE TABLE sync_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    applying    INTEGER NOT NULL DEFAULT 0,
    log_inserts INTEGER NOT NULL DEFAULT 0,
    clock       INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state(id) VALUES (1);

CREATE TABLE sync_pending (
    seq           INTEGER PRIMARY KEY,
    tbl           TEXT NOT NULL,
    rid           TEXT NOT NULL,
    field         TEXT NOT NULL,
    at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')),
    case_id       TEXT,
    conference_id TEXT
);

CREATE TABLE sync_versions (
    tbl      TEXT NOT NULL,
    rid      TEXT NOT NULL,
    field    TEXT NOT NULL,
    case_id  TEXT,
    siblings TEXT NOT NULL,
    PRIMARY KEY (tbl, rid, field)
) WITHOUT ROWID;
CREATE INDEX sync_versions_case ON sync_versions(case_id, field);

CREATE TABLE sync_changes (
    case_id TEXT NOT NULL,
    tbl     TEXT NOT NULL,
    rid     TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    origin  TEXT,
    PRIMARY KEY (case_id, tbl, rid)
) WITHOUT ROWID;

CREATE TABLE sync_marks (
    device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    case_id   TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (device_id, case_id)
) WITHOUT ROWID;

CREATE TABLE sync_bundles (
    id         TEXT PRIMARY KEY,
    direction  TEXT NOT NULL,
    device_id  TEXT,
    at         TEXT NOT NULL,
    created_at TEXT NOT NULL,
    audit_seq  INTEGER,
    audit_hash TEXT,
    cases      INTEGER NOT NULL,
    records    INTEGER NOT NULL
);

CREATE TABLE conflicts (
    id          TEXT PRIMARY KEY,
    tbl         TEXT NOT NULL,
    rid         TEXT NOT NULL,
    field       TEXT NOT NULL,
    case_id     TEXT,
    detected_at TEXT NOT NULL,
    UNIQUE (tbl, rid, field)
);
CREATE INDEX conflicts_case ON conflicts(case_id);
""" + tracking.all_triggers_sql()

# Index = version reached after running it; MIGRATIONS[0] takes an empty file to version 1.
# Version 4: the search index stores text folded by caseconf_fold() (registered on every
# connection by storage/vault.py), so that accents in any script, not just Latin, are
# ignored when searching. The triggers are recreated and the existing index is folded.
_FOLD = r"""
DROP TRIGGER cases_fts_insert;
DROP TRIGGER cases_fts_update;
DROP TRIGGER entries_fts_insert;
DROP TRIGGER entries_fts_update;

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_fts(reference, subject_name, pseudonym, establishment, programme, case_id)
    VALUES (caseconf_fold(new.reference), caseconf_fold(new.subject_name),
            caseconf_fold(new.pseudonym), caseconf_fold(new.establishment),
            caseconf_fold(new.programme), new.id);
    INSERT INTO fts_rowids(record_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;
CREATE TRIGGER cases_fts_update
AFTER UPDATE OF reference, subject_name, pseudonym, establishment, programme ON cases BEGIN
    UPDATE case_fts SET reference = caseconf_fold(new.reference),
        subject_name = caseconf_fold(new.subject_name),
        pseudonym = caseconf_fold(new.pseudonym),
        establishment = caseconf_fold(new.establishment),
        programme = caseconf_fold(new.programme)
    WHERE rowid = (SELECT fts_rowid FROM fts_rowids WHERE record_id = new.id);
END;
CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entry_fts(text, rationale, case_id)
    VALUES (caseconf_fold(new.text), caseconf_fold(new.rationale),
            (SELECT case_id FROM conferences WHERE id = new.conference_id));
    INSERT INTO fts_rowids(record_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF text, rationale ON entries BEGIN
    UPDATE entry_fts SET text = caseconf_fold(new.text), rationale = caseconf_fold(new.rationale)
    WHERE rowid = (SELECT fts_rowid FROM fts_rowids WHERE record_id = new.id);
END;

UPDATE case_fts SET reference = caseconf_fold(reference),
    subject_name = caseconf_fold(subject_name), pseudonym = caseconf_fold(pseudonym),
    establishment = caseconf_fold(establishment), programme = caseconf_fold(programme);
UPDATE entry_fts SET text = caseconf_fold(text), rationale = caseconf_fold(rationale);
"""

# Audit chain that resists rewriting (issue 11). The UPDATE and DELETE triggers of version 1
# do not see REPLACE (its implicit delete fires no trigger) nor an insert that fills a gap or
# forks the chain: this trigger accepts a row only as the next link of the chain, with a
# hash not already used (a duplicate would let REPLACE delete the row that holds it).
# audit_anchors keeps heads recorded when the chain leaves the vault (a backup, a printed
# anchor), so that `audit verify` can tell a rewritten or cut-short log from the real one.
_AUDIT_ANCHORS = r"""
CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
WHEN new.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
  OR new.prev_hash IS NOT coalesce(
        (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
        '0000000000000000000000000000000000000000000000000000000000000000')
  OR EXISTS (SELECT 1 FROM audit_log WHERE hash = new.hash)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE audit_anchors (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref  TEXT NOT NULL DEFAULT '',
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL,
    at   TEXT NOT NULL
);
CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE ON audit_anchors
BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END;
CREATE TRIGGER audit_anchors_no_delete BEFORE DELETE ON audit_anchors
BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END;
"""

# Drafts: what is typed in the agenda runner before it is added as an entry. Local to this
# vault (no change tracking, no search index); they go with their conference.
_DRAFTS = r"""
CREATE TABLE drafts (
    id                     TEXT PRIMARY KEY,
    conference_id          TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    section                TEXT NOT NULL,
    text                   TEXT NOT NULL DEFAULT '',
    kind                   TEXT NOT NULL,
    tlp                    TEXT NOT NULL,
    source_agency_id       TEXT REFERENCES agencies(id) ON DELETE SET NULL,
    shareable_with_subject INTEGER NOT NULL DEFAULT 0,
    rationale              TEXT NOT NULL DEFAULT '',
    dissenting_agency_id   TEXT REFERENCES agencies(id) ON DELETE SET NULL,
    entry_id               TEXT REFERENCES entries(id) ON DELETE CASCADE,
    updated_at             TEXT NOT NULL
);
CREATE INDEX drafts_conference ON drafts(conference_id, section, updated_at);
"""

# Version 7: an entry may be shared with the family separately from the subject (the family
# version of the minutes); entries' tracking triggers are re-created with the new column.
_FAMILY_SHARING = r"""
ALTER TABLE entries ADD COLUMN shareable_with_family INTEGER NOT NULL DEFAULT 0;
ALTER TABLE drafts ADD COLUMN shareable_with_family INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER entries_sync_insert;
DROP TRIGGER entries_sync_update;
DROP TRIGGER entries_sync_delete;
""" + tracking.trigger_sql("entries", tracking.CURRENT_COLUMNS["entries"])

# Version 8: per-case summaries (issue 14), so the dashboard and the case list never need a
# pass over every case. Derived data, local to this vault (never tracked or synced): a
# write to a case, its conferences, actions or risk assessments only marks the case stale
# (one tiny insert, so bulk imports stay fast); storage/summaries.py recomputes the stale
# rows, from the view below, before anyone reads them.
_SUMMARY_SOURCES = {
    "cases": ("id", "review_frequency_days, status"),
    "conferences": ("case_id", "case_id, scheduled_for, status"),
    "actions": ("case_id", "case_id, status, due"),
    "risk_assessments": ("case_id", "case_id, level, assessed_on"),
}


def _summary_triggers() -> str:
    out = []
    for table, (key, columns) in _SUMMARY_SOURCES.items():
        # Not INSERT OR IGNORE: an outer UPSERT's conflict clause would override it.
        mark = (
            "INSERT INTO case_summaries_stale(case_id) SELECT {row}.{key} WHERE NOT EXISTS"
            " (SELECT 1 FROM case_summaries_stale WHERE case_id = {row}.{key});"
        )
        new, old = mark.format(row="NEW", key=key), mark.format(row="OLD", key=key)
        out.append(
            f"CREATE TRIGGER {table}_summary_insert AFTER INSERT ON {table}\n"
            f"BEGIN {new} END;\n"
            f"CREATE TRIGGER {table}_summary_update AFTER UPDATE OF {columns} ON {table}\n"
            f"BEGIN {old} {new} END;\n"
        )
        if table != "cases":  # a deleted case takes its summary with it (ON DELETE CASCADE)
            out.append(
                f"CREATE TRIGGER {table}_summary_delete AFTER DELETE ON {table}\nBEGIN {old} END;\n"
            )
    return "".join(out)


_CASE_SUMMARIES = r"""
CREATE TABLE case_summaries (
    case_id         TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    risk_level      TEXT,
    last_conference TEXT,
    next_planned    TEXT,
    next_due        TEXT,
    open_actions    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_summaries_next_due ON case_summaries(next_due);
CREATE INDEX case_summaries_last ON case_summaries(last_conference);
CREATE TABLE case_summaries_stale (case_id TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE VIEW case_summaries_live AS
SELECT s.case_id, s.risk_level, s.last_conference, s.next_planned,
       coalesce(s.next_planned,
                date(s.last_conference, '+' || s.review_frequency_days || ' days')) AS next_due,
       s.open_actions
FROM (
    SELECT c.id AS case_id, c.review_frequency_days,
           (SELECT r.level FROM risk_assessments r WHERE r.case_id = c.id
             ORDER BY r.assessed_on DESC LIMIT 1) AS risk_level,
           (SELECT max(substr(f.scheduled_for, 1, 10)) FROM conferences f
             WHERE f.case_id = c.id AND f.status = 'closed') AS last_conference,
           (SELECT min(substr(f.scheduled_for, 1, 10)) FROM conferences f
             WHERE f.case_id = c.id AND f.status != 'closed') AS next_planned,
           (SELECT count(*) FROM actions x INDEXED BY actions_case
             WHERE x.case_id = c.id AND x.status = 'open') AS open_actions
    FROM cases c
) s;

INSERT INTO case_summaries SELECT * FROM case_summaries_live;
""" + _summary_triggers()

# Version 9: a conference left running is found at every unlock without reading every
# conference (10,000 cases: 95 ms and 11 MiB of decrypted pages before, a few pages now).
_IN_PROGRESS = """
CREATE INDEX conferences_in_progress ON conferences(started_at) WHERE status = 'in_progress';
"""

# Version 10: which case a matching entry belongs to, in a narrow table keyed by the entry's
# full-text row. Read from entry_fts itself, the case id comes from its content row, which
# holds the entry's whole text: a common word (15,000 matching entries on 10,000 cases)
# read 19 ms of rows to find 7,700 case ids; from here it is a few milliseconds.
_ENTRY_CASES = """
CREATE TABLE entry_fts_case (
    fts_rowid INTEGER PRIMARY KEY,
    case_id   TEXT  -- NULL as in entry_fts when an entry arrives before its conference
);
INSERT INTO entry_fts_case(fts_rowid, case_id) SELECT rowid, case_id FROM entry_fts;

DROP TRIGGER entries_fts_insert;
DROP TRIGGER entries_fts_delete;
CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entry_fts(text, rationale, case_id)
    VALUES (caseconf_fold(new.text), caseconf_fold(new.rationale),
            (SELECT case_id FROM conferences WHERE id = new.conference_id));
    INSERT INTO entry_fts_case(fts_rowid, case_id)
    VALUES (last_insert_rowid(), (SELECT case_id FROM conferences WHERE id = new.conference_id));
    INSERT INTO fts_rowids(record_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entry_fts WHERE rowid = (SELECT fts_rowid FROM fts_rowids WHERE record_id = old.id);
    DELETE FROM entry_fts_case
    WHERE fts_rowid = (SELECT fts_rowid FROM fts_rowids WHERE record_id = old.id);
    DELETE FROM fts_rowids WHERE record_id = old.id;
END;
"""

# Version 11: an entry stored before its conference (a bundle may carry them in that order)
# was indexed without a case and never found by a search; the conference's arrival now
# gives its entries their case in both indexes, and entries left so before are mended.
_ENTRY_CASE_LATE = """
CREATE TRIGGER conferences_fts_entry_case AFTER INSERT ON conferences BEGIN
    UPDATE entry_fts SET case_id = new.case_id
    WHERE case_id IS NULL AND rowid IN (
        SELECT r.fts_rowid FROM entries e JOIN fts_rowids r ON r.record_id = e.id
        WHERE e.conference_id = new.id);
    UPDATE entry_fts_case SET case_id = new.case_id
    WHERE case_id IS NULL AND fts_rowid IN (
        SELECT r.fts_rowid FROM entries e JOIN fts_rowids r ON r.record_id = e.id
        WHERE e.conference_id = new.id);
END;

UPDATE entry_fts_case SET case_id = (
    SELECT c.case_id FROM fts_rowids r JOIN entries e ON e.id = r.record_id
    JOIN conferences c ON c.id = e.conference_id
    WHERE r.fts_rowid = entry_fts_case.fts_rowid)
WHERE case_id IS NULL;
UPDATE entry_fts SET case_id = (
    SELECT m.case_id FROM entry_fts_case m WHERE m.fts_rowid = entry_fts.rowid)
WHERE case_id IS NULL;
"""

MIGRATIONS: list[str] = [
    _V1,
    _V2,
    _SYNC,
    _FOLD,
    _AUDIT_ANCHORS,
    _DRAFTS,
    _FAMILY_SHARING,
    _CASE_SUMMARIES,
    _IN_PROGRESS,
    _ENTRY_CASES,
    _ENTRY_CASE_LATE,
]
CURRENT_VERSION = len(MIGRATIONS)


def migrate(conn: Any, path: str) -> int:
    """Run every migration the vault has not seen yet; returns the resulting version."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    while version < CURRENT_VERSION:
        script = MIGRATIONS[version]
        target = version + 1
        log.info("migrating vault schema to version %d", target)
        # executescript would COMMIT on its own; run statements one by one inside BEGIN.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target:d}")
            conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (disk full): keep the original error.
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        version = target
    return version


def _statements(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlcipher3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out
