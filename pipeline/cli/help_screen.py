"""``anodekg --help``: the command group's screen (usage, what AnodeKG does, its options, its commands),
drawn with Rich's panels and grids.

Typer draws it with its own renderer, which loads a Markdown parser and a syntax highlighter first (a
quarter of the screen's instructions) for what this screen never shows: its text is Rich markup, as
Typer's "rich" mode reads it. A command's own screen (``anodekg ingest --help``) is still Typer's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click
    from rich.console import Console, RenderableType

# Typer's colours, so the group's screen looks like its commands' screens
OPTION = "bold cyan"
METAVAR = "bold yellow"
BORDER = "dim"
COMMANDS_PANEL = "Commands"
OPTIONS_PANEL = "Options"


def summary(command: click.Command) -> str:
    """A command's first paragraph (its help is reflowed: one line a paragraph)."""
    return (command.help or command.short_help or "").strip().split("\n\n")[0].strip()


def option_rows(ctx: click.Context, group: click.Command) -> list[tuple[str, str, str]]:
    """(spellings, value placeholder, help) of each option the group takes; a flag has no placeholder."""
    rows = []
    for param in group.get_params(ctx):
        # Typer's options are its own copy of click's classes: told apart by kind, not by class
        if getattr(param, "param_type_name", "") != "option" or getattr(param, "hidden", False):
            continue
        placeholder = "" if param.is_flag or param.count else (param.metavar or param.type.name.upper())
        rows.append((", ".join([*param.opts, *param.secondary_opts]), placeholder, param.help or ""))
    return rows


def command_panels(ctx: click.Context, group: click.Group) -> dict[str, list[tuple[str, str]]]:
    """(name, summary) of each visible command, by the panel it asks for (Typer's rich_help_panel)."""
    panels: dict[str, list[tuple[str, str]]] = {}
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        panel = getattr(command, "rich_help_panel", None) or COMMANDS_PANEL
        panels.setdefault(panel, []).append((name, summary(command)))
    return panels


def _panel(title: str, rows: list[tuple[str, ...]], styles: tuple[str, ...]) -> RenderableType:
    from rich import box
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text
    grid = Table.grid(padding=(0, 2), expand=True)
    for n, _ in enumerate(styles):
        grid.add_column(ratio=1 if n == len(styles) - 1 else None, no_wrap=n < len(styles) - 1)
    for row in rows:
        grid.add_row(*(Text(cell, style=style) if style else Text.from_markup(cell)
                       for cell, style in zip(row, styles, strict=True)))
    return Panel(grid, title=title, title_align="left", border_style=BORDER, box=box.ROUNDED)


def render(ctx: click.Context, group: click.Group, console: Console) -> None:
    from rich.padding import Padding
    from rich.text import Text
    console.print()
    console.print(Padding(Text.assemble(("Usage: ", "yellow"), (group.get_usage(ctx).removeprefix("Usage: "), "bold")),
                          (0, 1)))
    console.print()
    # the group's help is written for the terminal: each line as written, the markup read
    for paragraph in (group.help or "").strip().split("\n\n"):
        console.print(Padding(Text.from_markup(paragraph), (0, 1)))
        console.print()
    console.print(_panel(OPTIONS_PANEL, option_rows(ctx, group), (OPTION, METAVAR, "")))
    for title, rows in command_panels(ctx, group).items():
        console.print(_panel(title, rows, (OPTION, "")))
