"""The layout canvas (issue 5): direct manipulation of mixed-video layouts.

``LayoutEditor`` is the widget the Layout section shows; the maths lives in the Qt-free
``recstudio.layout`` package.
"""

from recstudio.ui.canvas.editor import LayoutEditor

__all__ = ["LayoutEditor"]
