"""Qt-free compositor: the mixed output exactly as Agora draws it, session timelines
("rehearsals") and the cost meter (design.md, issue 14).

Importing this package is free: numpy, Pillow and PyAV load only inside the modules that
draw or encode (``compositor``, ``sources``, ``frames``, ``video``), which the CLI handlers
and the app's workers import on first use. ``plan``, ``timeline``, ``session`` and ``cost``
are plain Python.
"""
