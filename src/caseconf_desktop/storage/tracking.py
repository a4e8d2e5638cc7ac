"""Change tracking for offline hand-over: the SQL triggers that note what changed locally.

Merging bundles (services/sync.py) needs to know which fields of which records this vault
changed since it last looked, and which records it deleted. Every write path of the app
(case file editors, the agenda runner, JSON import, the demo generator, foreign-key
cascades, raw UPDATEs) ends in the tables, so triggers on the tables see them all:

- ``AFTER UPDATE``: one ``sync_pending`` row per column whose value really changed;
- ``AFTER DELETE``: one ``sync_pending`` row (``_deleted``) with the record's case;
- ``AFTER INSERT``: nothing for a brand-new record (its fields are implicitly "as created",
  which costs no row at all: the demo generator writes 600,000 records). Only once a peer
  device is trusted does an insert stamp ``sync_changes`` so that a later
  ``--since-last`` bundle finds it, and re-inserting a deleted record (undo) leaves a
  pending row so that the deletion is revoked everywhere.

While a bundle is being applied (``sync_state.applying = 1``) the triggers stay quiet: the
merge records its own bookkeeping. The column lists are frozen here as of the migration
that created the triggers; a later migration that adds a column to one of these tables
must drop and recreate that table's triggers with :func:`trigger_sql` (a test compares
these lists with the mapping so that this cannot be forgotten).
"""

from __future__ import annotations

# Synced tables and their columns, as of schema version 3. Do not edit: add a migration.
TRACKED_COLUMNS: dict[str, tuple[str, ...]] = {
    "agencies": ("name", "kind", "country", "id"),
    "people": ("name", "agency_id", "role_title", "email", "phone", "id"),
    "cases": (
        "reference",
        "subject_name",
        "pseudonym",
        "date_of_birth",
        "legal_status",
        "establishment",
        "sentence_start",
        "release_date",
        "programme",
        "lead_agency_id",
        "status",
        "review_frequency_days",
        "retention_review_date",
        "created_at",
        "id",
    ),
    "responsibilities": ("case_id", "domain", "agency_id", "person_id", "note", "id"),
    "goals": ("case_id", "text", "status", "agreed_on", "review_note", "position", "id"),
    "family_members": (
        "case_id",
        "name",
        "relationship",
        "involvement",
        "support_offered",
        "is_minor",
        "safeguarding_notes",
        "id",
    ),
    "consents": ("case_id", "kind", "state", "recorded_on", "scope", "given_by", "id"),
    "conferences": (
        "case_id",
        "scheduled_for",
        "place",
        "template",
        "status",
        "chair_id",
        "facilitator_id",
        "minute_taker_id",
        "current_section",
        "started_at",
        "closed_at",
        "next_conference_date",
        "summary",
        "id",
    ),
    "attendance": (
        "conference_id",
        "person_id",
        "name",
        "agency_id",
        "role",
        "status",
        "sent_information",
        "sections",
        "in_room",
        "id",
    ),
    "entries": (
        "conference_id",
        "section",
        "text",
        "kind",
        "tlp",
        "source_agency_id",
        "shareable_with_subject",
        "rationale",
        "dissenting_agency_id",
        "position",
        "created_at",
        "id",
    ),
    "risk_assessments": (
        "case_id",
        "level",
        "assessed_on",
        "conference_id",
        "framework",
        "domain_ratings",
        "rationale",
        "known_unknowns",
        "change",
        "change_note",
        "tlp",
        "id",
    ),
    "needs": ("case_id", "domain", "level", "owner_agency_id", "status", "notes", "id"),
    "interventions": (
        "case_id",
        "kind",
        "provider_agency_id",
        "provider",
        "status",
        "engagement",
        "start_date",
        "end_date",
        "notes",
        "id",
    ),
    "actions": (
        "case_id",
        "description",
        "conference_id",
        "owner_person_id",
        "owner_agency_id",
        "due",
        "status",
        "not_done_reason",
        "review_note",
        "reviewed_in_conference_id",
        "carried_forward_from_id",
        "for_subject",
        "created_at",
        "id",
    ),
}

# Columns added to synced tables by later migrations, each of which re-creates that table's
# triggers from :data:`CURRENT_COLUMNS` (version 7: the family's sharing flag on entries).
CURRENT_COLUMNS: dict[str, tuple[str, ...]] = {
    **TRACKED_COLUMNS,
    "entries": tuple(
        c
        for col in TRACKED_COLUMNS["entries"]
        for c in ((col, "shareable_with_family") if col == "shareable_with_subject" else (col,))
    ),
}

DELETED = "_deleted"  # the pseudo-field of a deletion in sync_pending and sync_versions
_QUIET = "(SELECT applying FROM sync_state WHERE id = 1) = 0"


def case_expression(table: str, row: str, columns: tuple[str, ...]) -> str:
    """SQL for the case a row (``new`` or ``old``) belongs to, or NULL for the directory."""
    if table == "cases":
        return f"{row}.id"
    if "case_id" in columns:
        return f"{row}.case_id"
    if "conference_id" in columns:
        return f"(SELECT case_id FROM conferences WHERE id = {row}.conference_id)"
    return "NULL"


def trigger_sql(table: str, columns: tuple[str, ...]) -> str:
    """The three tracking triggers of one table, as SQL statements."""
    fields = [c for c in columns if c != "id"]
    changed = "\n".join(
        f"    INSERT INTO sync_pending(tbl, rid, field) SELECT '{table}', new.id, '{c}' "
        f"WHERE old.{c} IS NOT new.{c};"
        for c in fields
    )
    conference = "old.conference_id" if "conference_id" in columns else "NULL"
    return f"""
CREATE TRIGGER {table}_sync_insert AFTER INSERT ON {table} WHEN {_QUIET} BEGIN
    INSERT INTO sync_pending(tbl, rid, field) SELECT '{table}', new.id, ''
    WHERE EXISTS (SELECT 1 FROM sync_versions
                  WHERE tbl = '{table}' AND rid = new.id AND field = '{DELETED}');
    INSERT INTO sync_changes(tbl, rid, case_id, seq, origin)
    SELECT '{table}', new.id, coalesce({case_expression(table, "new", columns)}, ''),
           (SELECT clock FROM sync_state WHERE id = 1) + 1, NULL
    WHERE (SELECT log_inserts FROM sync_state WHERE id = 1)
    ON CONFLICT(case_id, tbl, rid) DO UPDATE SET seq = excluded.seq, origin = NULL;
END;
CREATE TRIGGER {table}_sync_update AFTER UPDATE ON {table} WHEN {_QUIET} BEGIN
{changed}
END;
CREATE TRIGGER {table}_sync_delete AFTER DELETE ON {table} WHEN {_QUIET} BEGIN
    INSERT INTO sync_pending(tbl, rid, field, case_id, conference_id)
    VALUES ('{table}', old.id, '{DELETED}', {case_expression(table, "old", columns)},
            {conference});
END;
"""


def all_triggers_sql() -> str:
    return "".join(trigger_sql(t, cols) for t, cols in TRACKED_COLUMNS.items())
