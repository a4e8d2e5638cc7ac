"""The case file's first tab: the case at a glance, as cards (Anki's deck overview, with counts).

Lays out a :class:`services.overview.CaseOverview` worked out on the vault thread: the next
conference, open and overdue actions (the most urgent with owner and due date), the risk
trend, the lead agency and the responsibility matrix, the consents and until when they hold,
and the subject's details. Each card takes the keyboard focus (Tab) and carries its whole
text as the accessible description, so a screen reader reads a card at a time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop.services.overview import CaseOverview, ConsentStanding
from caseconf_desktop.ui import style
from caseconf_desktop.ui.forms import enum_label

#: The subject's details, in the order shown (keys of :attr:`CaseOverviewPage.details`).
DETAIL_KEYS = (
    "subject",
    "pseudonym",
    "born",
    "legal",
    "establishment",
    "sentence",
    "programme",
    "status",
    "review",
    "retention",
)


def _label(text: str = "", name: str = "", kind: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Left is left: a name in Arabic script must not jump to the right edge of the card.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    if name:
        label.setAccessibleName(name)
    if kind:
        label.setObjectName(kind)
    return label


class Card(QFrame):
    """A titled box of the overview; Tab stops on it and a screen reader reads all of it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.title = _label(title, kind="cardTitle")
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, 10, style.MARGIN, style.MARGIN)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(self.body)
        layout.addStretch(1)

    def clear(self) -> None:
        _empty(self.body)

    def line(self, text: str, kind: str = "", indent: bool = False) -> QLabel:
        label = _label(text, name=text, kind=kind)
        if indent:  # a detail of the line above: every wrapped line stays indented
            label.setContentsMargins(style.MARGIN + 2, 0, 0, 0)
        self.body.addWidget(label)
        return label

    def describe(self) -> None:
        """The card's whole text, in order, for screen readers."""
        texts = [lab.text() for lab in self.findChildren(QLabel) if lab is not self.title]
        self.setAccessibleDescription(" ".join(t for t in texts if t))

    def text(self) -> str:
        """Everything the card says (tests read it the way a reader would)."""
        return " ".join(lab.text() for lab in self.findChildren(QLabel))


def _empty(layout: QLayout) -> None:
    """Remove (and delete) everything in ``layout``, nested layouts included."""
    while (item := layout.takeAt(0)) is not None:
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.deleteLater()
        elif inner is not None:
            _empty(inner)
            inner.deleteLater()


class CaseOverviewPage(QScrollArea):
    """The overview cards, scrolling vertically on a small screen (never sideways)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Case overview"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("overviewBody")
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, style.SPACING, 0, style.SPACING)
        self.grid.setSpacing(style.SPACING + 4)
        self.conference_card = Card(self.tr("Next conference"))
        self.actions_card = Card(self.tr("Open actions"))
        self.risk_card = Card(self.tr("Risk"))
        self.consents_card = Card(self.tr("Consents"))
        self.lead_card = Card(self.tr("Lead agency and responsibilities"))
        self.subject_card = Card(self.tr("Subject"))
        for i, card in enumerate(
            (
                self.conference_card,
                self.actions_card,
                self.risk_card,
                self.consents_card,
                self.lead_card,
                self.subject_card,
            )
        ):
            self.grid.addWidget(card, i // 2, i % 2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(3, 1)

        # Figures of the actions card: counts first, as Anki's overview shows its numbers.
        self.open_figure = _label(kind="figure")
        self.overdue_figure = _label(kind="figure")
        self.latest_risk = _label(name=self.tr("Latest risk"))
        self.lead_agency = _label(name=self.tr("Lead agency"))
        self.details: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(style.SPACING * 2)
        form.setVerticalSpacing(3)
        for key, text in zip(DETAIL_KEYS, self._detail_titles(), strict=True):
            value = _label(name=text)
            self.details[key] = value
            form.addRow(_label(text + ":", kind="muted"), value)
        self.subject_card.body.addLayout(form)
        self.setWidget(body)

    def _detail_titles(self) -> list[str]:
        return [
            self.tr("Subject"),
            self.tr("Pseudonym"),
            self.tr("Date of birth"),
            self.tr("Legal status"),
            self.tr("Establishment"),
            self.tr("Sentence"),
            self.tr("Programme"),
            self.tr("Status"),
            self.tr("Review frequency"),
            self.tr("Retention review"),
        ]

    # -- filling ----------------------------------------------------------------------------

    def show_overview(self, o: CaseOverview) -> None:
        self._details(o)
        self._conference(o)
        self._actions(o)
        self._risk(o)
        self._consents(o)
        self._lead(o)
        for card in (
            self.conference_card,
            self.actions_card,
            self.risk_card,
            self.consents_card,
            self.lead_card,
        ):
            card.describe()
        self.subject_card.describe()

    def _details(self, o: CaseOverview) -> None:
        c = o.case
        d = self.details
        d["subject"].setText(c.subject_name)
        d["pseudonym"].setText(c.pseudonym)
        d["born"].setText(c.date_of_birth.isoformat() if c.date_of_birth else "")
        d["legal"].setText(c.legal_status)
        d["establishment"].setText(c.establishment)
        d["sentence"].setText(
            " – ".join(x.isoformat() for x in (c.sentence_start, c.release_date) if x is not None)
        )
        d["programme"].setText(c.programme)
        d["status"].setText(enum_label(c.status))
        d["review"].setText(self.tr("every {n} days").format(n=c.review_frequency_days))
        d["retention"].setText(
            c.retention_review_date.isoformat() if c.retention_review_date else ""
        )

    def _conference(self, o: CaseOverview) -> None:
        card, n = self.conference_card, o.next_conference
        card.clear()
        if n.when is not None:
            card.line(n.when.strftime("%Y-%m-%d %H:%M"), kind="figure")
            card.line(n.place or self.tr("Place not set yet"), kind="strong")
            status = enum_label(n.status) if n.status is not None else ""
            card.line(status, kind="muted")
            if n.overdue:
                card.line(self.tr("Its date has passed: hold it or set a new date."), "flagError")
            return
        card.line(self.tr("None planned"), kind="figure")
        assert n.due_by is not None
        if n.agreed:
            text = self.tr("Agreed at the last conference for {date}.")
        else:
            text = self.tr("Due by {date} (the case's review frequency).")
        card.line(text.format(date=n.due_by.isoformat()), "flagError" if n.overdue else "")
        if n.overdue:
            days = (o.today - n.due_by).days
            card.line(self.tr("Overdue by %n day(s).", "", days), "flagError")

    def _actions(self, o: CaseOverview) -> None:
        card = self.actions_card
        card.clear()
        self.open_figure = _label(self.tr("%n open", "", o.open_actions), kind="figure")
        self.overdue_figure = _label(self.tr("%n overdue", "", o.overdue_actions), kind="figure")
        self.overdue_figure.setProperty("alert", o.overdue_actions > 0)
        figures = QHBoxLayout()
        figures.setSpacing(style.SPACING * 3)
        figures.addWidget(self.open_figure)
        figures.addWidget(self.overdue_figure)
        figures.addStretch(1)
        card.body.addLayout(figures)
        if not o.urgent_actions:
            card.line(self.tr("No open actions."), kind="muted")
        for a in o.urgent_actions:
            who = ", ".join(x for x in (a.owner, a.agency) if x) or self.tr("no owner yet")
            if a.due is None:
                when = self.tr("no due date")
            elif a.overdue:
                when = self.tr("overdue since {date}").format(date=a.due.isoformat())
            else:
                when = self.tr("due {date}").format(date=a.due.isoformat())
            card.line(f"• {a.description}")
            card.line(f"{who} — {when}", "flagError" if a.overdue else "muted", indent=True)
        more = o.open_actions - len(o.urgent_actions)
        if more > 0:
            card.line(self.tr("and %n more on the Actions tab.", "", more), kind="muted")

    def _risk(self, o: CaseOverview) -> None:
        card, r = self.risk_card, o.risk
        card.clear()
        if not r.levels:
            self.latest_risk = card.line(self.tr("not assessed"), kind="figure")
            return
        trend = " → ".join(enum_label(level) for level in r.levels)
        self.latest_risk = card.line(trend, kind="strong")
        self.latest_risk.setAccessibleName(self.tr("Risk trend"))
        direction = {
            1: (self.tr("Rising since the previous assessment."), "flagError"),
            -1: (self.tr("Falling since the previous assessment."), ""),
            0: (self.tr("No change since the previous assessment."), ""),
        }[r.direction]
        if len(r.levels) > 1:
            card.line(*direction)
        assert r.latest_on is not None
        card.line(
            self.tr("Latest assessment {date} ({n} in all).").format(
                date=r.latest_on.isoformat(), n=r.assessments
            ),
            kind="muted",
        )

    def _consents(self, o: CaseOverview) -> None:
        card = self.consents_card
        card.clear()
        for c in o.consents:
            kind = enum_label(c.kind)
            if c.standing is ConsentStanding.MISSING:
                state, flag = self.tr("not recorded"), "flagWarning"
            elif c.standing is ConsentStanding.WITHDRAWN:
                assert c.recorded_on is not None
                state = self.tr("withdrawn {date}").format(date=c.recorded_on.isoformat())
                flag = "flagWarning"
            else:
                assert c.recorded_on is not None and c.expires_on is not None
                state = self.tr("given {given}, holds until {until}").format(
                    given=c.recorded_on.isoformat(), until=c.expires_on.isoformat()
                )
                flag = ""
                if c.standing is ConsentStanding.EXPIRED:
                    state += " — " + self.tr("expired")
                    flag = "flagError"
                elif c.standing is ConsentStanding.EXPIRING:
                    days = (c.expires_on - o.today).days
                    state += " — " + self.tr("expires in %n day(s)", "", days)
                    flag = "flagWarning"
            card.line(kind)
            card.line(state, flag or "muted", indent=True)
        attention = o.consents_needing_attention
        if attention:
            card.line(
                self.tr("%n consent(s) to confirm at the next conference.", "", attention),
                kind="flagWarning",
            )

    def _lead(self, o: CaseOverview) -> None:
        card = self.lead_card
        card.clear()
        self.lead_agency = card.line(o.lead_agency or self.tr("No lead agency yet"), "strong")
        self.lead_agency.setAccessibleName(self.tr("Lead agency"))
        if not o.responsibilities:
            card.line(self.tr("No responsibilities recorded yet."), kind="muted")
        for r in o.responsibilities:
            who = r.agency + (f" ({r.person})" if r.person else "")
            card.line(f"{enum_label(r.domain)}: {who}")

    def text(self) -> str:
        """Everything the overview says, card by card."""
        return "\n".join(
            card.text()
            for card in (
                self.conference_card,
                self.actions_card,
                self.risk_card,
                self.consents_card,
                self.lead_card,
                self.subject_card,
            )
        )
