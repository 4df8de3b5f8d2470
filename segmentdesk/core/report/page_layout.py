"""A4 pages made of blocks stacked top to bottom: headings, wrapped paragraphs, table rows and charts.

Each block has a height in inches and paints itself into a matplotlib ``SubFigure`` of exactly that
height (one GridSpec row per block, margins as spacer rows and columns, the figure's constrained
layout with no padding, so rows keep their inches).  A block that does not fit on the page starts the
next one; a heading never ends a page.  Charts are the core's ``draw_x(fig, data, *, lang, theme)``
functions drawn into their block as into a figure of their own.

Text uses DejaVu Sans, matplotlib's own font (kept in the app's bundle), measured with its real
widths, so wrapping is right offline and in every language.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..charts.style import Theme

PAGE_WIDTH, PAGE_HEIGHT = 8.27, 11.69        # A4 portrait, inches
MARGIN_X, MARGIN_TOP, FOOTER = 0.8, 0.7, 0.6
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - FOOTER
FONT = "DejaVu Sans"
BODY, SMALL = 10.0, 8.5                      # points
HEADINGS = {0: 26.0, 1: 17.0, 2: 12.5}
LINE = 1.35                                  # line height as a multiple of the font size
CELL_LINES = 3                               # lines a table cell may wrap to
MUTED = "#555555"

Paint = Callable[[Any, float], None]        # paint(subfigure, its width in inches)


@dataclass
class Block:
    height: float                            # inches
    paint: Paint
    heading: bool = False                    # keeps with the block after it
    anchor: str | None = None                # a contents entry points at this block's page


@dataclass
class Page:
    blocks: list[Block] = field(default_factory=list)

    @property
    def used(self) -> float:
        return sum(b.height for b in self.blocks)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """``text``'s width in inches at ``size`` points in the report's font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(family=FONT, size=size, weight="bold" if bold else "normal")
    width, _h, _d = TextToPath().get_text_width_height_descent(text, prop, ismath=False)
    return width / 72.0


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` inches (a word longer than a line is cut)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if text_width(trial, size, bold=bold) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            while text_width(word, size, bold=bold) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and text_width(word[:cut] + "…", size, bold=bold) > width:
                    cut -= 1
                lines.append(word[:cut] + "…")
                word = ""
            line = word
        lines.append(line)
    return lines


def fit(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """``text`` cut with an ellipsis to fit ``width`` inches on one line."""
    if text_width(text, size, bold=bold) <= width:
        return text
    while len(text) > 1 and text_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _ChartPanel:
    """A SubFigure as the chart functions expect a Figure: they set a constrained layout, which the
    page figure already has and a SubFigure cannot take."""

    def __init__(self, sub: Any) -> None:
        self._sub = sub

    def set_layout_engine(self, *_args: Any, **_kwargs: Any) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sub, name)


class Document:
    """Blocks flowed onto A4 pages; :meth:`figures` draws them with a footer on each page."""

    def __init__(self, *, lang: str, theme: Theme, footer: Callable[[int, int], str]) -> None:
        self.lang, self.theme, self._footer = lang, theme, footer
        self.pages: list[Page] = [Page()]
        self._held: list[Block] = []        # headings waiting for the block they introduce

    # -- flowing --------------------------------------------------------------------------------------
    def add(self, block: Block) -> None:
        if block.heading:
            self._held.append(block)
            return
        group, self._held = [*self._held, block], []
        need = sum(b.height for b in group)
        page = self.pages[-1]
        if page.blocks and page.used + need > BODY_HEIGHT:
            page = self.new_page()
        page.blocks.extend(group)

    def new_page(self) -> Page:
        """Start a page (none when the current one is still empty)."""
        if self.pages[-1].blocks:
            self.pages.append(Page())
        return self.pages[-1]

    def space(self, height: float) -> None:
        page = self.pages[-1]
        if page.blocks and page.used + height <= BODY_HEIGHT:
            page.blocks.append(Block(height, lambda sub, width: None))

    # -- blocks ---------------------------------------------------------------------------------------
    def heading(self, text: str, *, level: int = 1, anchor: str | None = None) -> None:
        """A bold heading kept with what follows; ``anchor`` names it for :meth:`contents`."""
        size = HEADINGS[level]
        lines = wrap(text, CONTENT_WIDTH, size, bold=True)
        above = 0.12 if level == 2 else 0.05
        height = above + len(lines) * size * LINE / 72 + 0.1
        self.add(Block(height, _text_painter(lines, size, bold=True, top=above, height=height), heading=True,
                       anchor=anchor))

    def contents(self, entries: Sequence[tuple[str, str]], *, size: float = BODY) -> None:
        """A table of contents: each ``(title, anchor)`` with the number of the page its heading lands on
        (known once every block is placed, so the numbers are filled in when the pages are drawn)."""
        line_height = size * 1.6 / 72
        height = len(entries) * line_height + 0.05

        def paint(sub: Any, width: float) -> None:
            pages = self.anchor_pages()
            for i, (title, anchor) in enumerate(entries):
                y = i * line_height
                _put(sub, 0.0, y, fit(title, width - 0.6, size), size, height, width)
                number = pages.get(anchor)
                if number is not None:
                    _put(sub, width, y, str(number), size, height, width, ha="right")
        self.add(Block(height, paint))

    def anchor_pages(self) -> dict[str, int]:
        """Each anchor's page number (1-based, counting pages that hold something)."""
        pages = [p for p in self.pages if p.blocks]
        return {b.anchor: n for n, page in enumerate(pages, start=1) for b in page.blocks if b.anchor}

    def paragraph(self, text: str, *, size: float = BODY, color: str | None = None, bold: bool = False,
                  indent: float = 0.0, after: float = 0.08, keep_with_next: bool = False) -> None:
        """Wrapped text in blocks of six lines, so a long paragraph may go on over the page;
        ``keep_with_next`` keeps it on the page of the block after it (a chart's caption above it)."""
        lines = wrap(text, CONTENT_WIDTH - indent, size, bold=bold)
        line_height = size * LINE / 72
        for start in range(0, len(lines), 6):
            part = lines[start:start + 6]
            extra = after if start + 6 >= len(lines) else 0.0
            height = len(part) * line_height + extra
            self.add(Block(height, _text_painter(part, size, bold=bold, color=color, indent=indent, height=height),
                           heading=keep_with_next))

    def table(self, header: Sequence[str] | None, rows: Sequence[Sequence[str]], *, widths: Sequence[float],
              right: Sequence[bool], size: float = 9.0) -> None:
        """Rows of cells in columns ``widths`` (shares of the content width), each cell wrapped to at most
        :data:`CELL_LINES` lines (cut with an ellipsis beyond), the header bold above a rule; a long
        table goes on over pages with its header repeated."""
        cells = _Columns(widths, right, size)
        head = None
        if header is not None:
            head = cells.block(header, bold=True, rule=True)
            head.heading = True
            self.add(head)
        for i, row in enumerate(rows):
            block = cells.block(row, shade=i % 2 == 1)
            if i and self.pages[-1].used + block.height > BODY_HEIGHT:
                self.new_page()
                if head is not None:
                    self.add(head)
            self.add(block)
        self.space(0.12)

    def chart(self, draw: Callable[..., None], data: Any, *, height: float, least: float | None = None) -> None:
        """A core chart ``draw(fig, data, *, lang, theme)`` in a block ``height`` inches high, or as little
        as ``least`` inches when that keeps it on the page (rather than a page holding the chart alone)."""
        lang, theme = self.lang, self.theme
        room = BODY_HEIGHT - self.pages[-1].used - sum(b.height for b in self._held)
        if least is not None and least <= room < height:
            height = room

        def paint(sub: Any, _width: float) -> None:
            draw(_ChartPanel(sub), data, lang=lang, theme=theme)
        self.add(Block(height, paint))
        self.space(0.1)

    def card(self, title: str, lines: Sequence[str], *, size: float = BODY) -> None:
        """A framed box: a bold title and wrapped lines (the persona card)."""
        inner = CONTENT_WIDTH - 0.4
        wrapped = [w for line in lines for w in wrap(line, inner, size)]
        title_lines = wrap(title, inner, size + 2, bold=True)
        line_height = size * LINE / 72
        height = 0.2 + len(title_lines) * (size + 2) * LINE / 72 + 0.08 + len(wrapped) * line_height + 0.2
        theme = self.theme

        def paint(sub: Any, width: float) -> None:
            from matplotlib.patches import FancyBboxPatch

            sub.add_artist(FancyBboxPatch((0.005, 0.02), 0.99, 0.96, boxstyle="round,pad=0,rounding_size=0.02",
                                              transform=sub.transSubfigure, facecolor="#F4F7FB",
                                              edgecolor=theme.color(0), linewidth=1.2))
            y = 0.2
            for line in title_lines:
                _put(sub, 0.2, y, line, size + 2, height, width, bold=True)
                y += (size + 2) * LINE / 72
            y += 0.08
            for line in wrapped:
                _put(sub, 0.2, y, line, size, height, width)
                y += line_height
        self.add(Block(height, paint))
        self.space(0.12)

    # -- drawing --------------------------------------------------------------------------------------
    def figures(self) -> list[Any]:
        """One matplotlib Figure per page (A4), footers "Page n / N" included."""
        from matplotlib.figure import Figure
        from matplotlib.gridspec import GridSpec

        pages = [p for p in self.pages if p.blocks]
        out = []
        for number, page in enumerate(pages, start=1):
            fig = Figure(figsize=(PAGE_WIDTH, PAGE_HEIGHT), layout="constrained", facecolor="white")
            fig.get_layout_engine().set(w_pad=0, h_pad=0, wspace=0, hspace=0)
            heights = [MARGIN_TOP, *(b.height for b in page.blocks)]
            heights.append(max(0.01, PAGE_HEIGHT - FOOTER - sum(heights)))
            heights.append(FOOTER)
            grid = GridSpec(len(heights), 3, figure=fig, height_ratios=heights,
                            width_ratios=[MARGIN_X, CONTENT_WIDTH, MARGIN_X])
            for row, block in enumerate(page.blocks, start=1):
                sub = fig.add_subfigure(grid[row, 1])
                sub.set_facecolor("none")
                block.paint(sub, CONTENT_WIDTH)
            foot = fig.add_subfigure(grid[len(heights) - 1, 1])
            foot.text(1.0, 0.45, self._footer(number, len(pages)), ha="right", va="center", fontsize=SMALL,
                      color=MUTED, fontfamily=FONT, parse_math=False)
            out.append(fig)
        return out


def _put(sub: Any, x: float, y: float, text: str, size: float, height: float, width: float, *,
         bold: bool = False, color: str | None = None, ha: str = "left") -> None:
    """Text whose top-left (``ha`` right: top-right) is ``x``, ``y`` inches from the block's top-left."""
    sub.text(x / width, 1 - y / height, text, ha=ha, va="top", fontsize=size, fontfamily=FONT,
             fontweight="bold" if bold else "normal", color=color or "#1A1A1A", parse_math=False)


def _text_painter(lines: Sequence[str], size: float, *, bold: bool = False, color: str | None = None,
                  indent: float = 0.0, top: float = 0.0, height: float) -> Paint:
    def paint(sub: Any, width: float) -> None:
        y = top
        for line in lines:
            _put(sub, indent, y, line, size, height, width, bold=bold, color=color)
            y += size * LINE / 72
    return paint


class _Columns:
    def __init__(self, widths: Sequence[float], right: Sequence[bool], size: float) -> None:
        self.size, self.right = size, list(right)
        total = sum(widths)
        self.widths = [w / total * CONTENT_WIDTH for w in widths]
        self.starts = [sum(self.widths[:i]) for i in range(len(self.widths))]

    def block(self, cells: Sequence[str], *, bold: bool = False, rule: bool = False, shade: bool = False) -> Block:
        pad, size = 0.06, self.size
        wrapped = []
        for i, text in enumerate(cells):
            lines = wrap(str(text), self.widths[i] - 2 * pad, size, bold=bold) if str(text) else [""]
            if len(lines) > CELL_LINES:
                lines = lines[:CELL_LINES - 1] + [fit(" ".join(lines[CELL_LINES - 1:]), self.widths[i] - 2 * pad,
                                                      size, bold=bold)]
            wrapped.append(lines)
        line_height = size * 1.25 / 72
        height = max(len(lines) for lines in wrapped) * line_height + 0.1 + (0.03 if rule else 0.0)

        def paint(sub: Any, width: float) -> None:
            from matplotlib.patches import Rectangle

            if shade:
                sub.add_artist(Rectangle((0, 0), 1, 1, transform=sub.transSubfigure, facecolor="#F2F2F2",
                                         edgecolor="none"))
            if rule:
                sub.add_artist(_rule(sub))
            for i, lines in enumerate(wrapped):
                y = 0.05 if not rule or len(lines) == max(len(x) for x in wrapped) else \
                    0.05 + (max(len(x) for x in wrapped) - len(lines)) * line_height     # headers sit on the rule
                for line in lines:
                    if self.right[i]:
                        _put(sub, self.starts[i] + self.widths[i] - pad, y, line, size, height, width, bold=bold,
                             ha="right")
                    else:
                        _put(sub, self.starts[i] + pad, y, line, size, height, width, bold=bold)
                    y += line_height
        return Block(height, paint)


def _rule(sub: Any) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([0, 1], [0.02, 0.02], transform=sub.transSubfigure, color="#1A1A1A", linewidth=0.8)
