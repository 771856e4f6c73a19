"""Maintainer scripts run by the Makefile, not part of the package readers install.

- ``toc.py``: the chapters' notebooks in reading order (``make nbval``, ``make execute``),
  and every page of the site (``site_check.py``, the tests);
- ``execute.py``: run notebooks top to bottom and store their outputs (``make execute``);
- ``sweep_translation.py``: train Chapter 9's model with one setting (its sizes table).
"""
