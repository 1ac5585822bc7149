"""One pending save of the meeting editor: a service call and what to do with its answer.

Ctrl+S gathers a `SaveJob` from each tab with something to save (the particulars always, so a
refusal such as "finalised minutes cannot be changed" is heard; a discussion per edited agenda
item; the resolution being written). The editor runs them through the task runner's single
writer, in order, and reloads the meeting once all have answered. `on_error` receives the
problems that belong to the tab's own fields; problems with no field go to the editor's banner.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class SaveJob:
    fn: Callable[..., Any]
    args: tuple = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    on_ok: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
